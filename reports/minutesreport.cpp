// SPDX-License-Identifier: MIT
#include "minutesreport.h"

#include "agendastore.h"
#include "agendatext.h"
#include "eventstore.h"
#include "notestore.h"
#include "reportfonts.h"
#include "reportstyle.h"
#include "vocabulary.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>

namespace Plenary {

using namespace ReportStyle;

namespace {

/// One session's minutes as read.
struct SessionMinutes
{
    AgendaSession session;
    QList<Note> notes;
    QList<Decision> decisions;
    QList<ActionItem> actions;
    QList<MinutesChange> history;
    QList<SpeakingSlot> slots;
};

QString stamp(const QDateTime &utc, const QTimeZone &zone)
{
    return QLocale(QLocale::English).toString(utc.toTimeZone(zone), QStringLiteral("d MMMM yyyy, HH:mm"));
}

/// A Markdown note laid out in `width` at the PDF's resolution and cut into its lines, so that
/// a long note flows across pages like any text: each line a piece painting its slice.
void addMarkdown(ReportFlow &flow, const PdfReport &pdf, const QString &markdown, double indent)
{
    auto document = std::make_shared<QTextDocument>();
    document->documentLayout()->setPaintDevice(const_cast<QPaintDevice *>(pdf.device()));
    document->setDefaultFont(ReportFonts::forText(ReportFonts::font(9), markdown));
    document->setDocumentMargin(0);
    document->setMarkdown(markdown);
    const double width = pdf.body().width() - indent;
    document->setTextWidth(width);
    std::vector<double> tops;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QRectF box = document->documentLayout()->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i)
            tops.push_back(box.top() + layout->lineAt(i).rect().top());
    }
    const double end = document->documentLayout()->documentSize().height();
    for (std::size_t i = 0; i < tops.size(); ++i) {
        const double top = tops[i];
        const double height = (i + 1 < tops.size() ? tops[i + 1] : end) - top;
        flow.add(height, [document, top, height, indent, width](QPainter &p, const QRectF &rect) {
            p.translate(rect.left() + indent, rect.top() - top);
            document->drawContents(&p, QRectF(0, top, width, height));
        });
    }
}

/// A line of text wrapped in the body's width less `indent`, added as one piece.
void addText(ReportFlow &flow, const PdfReport &pdf, const QString &text, const QFont &font,
             const QColor &colour, double indent, double lineHeight, double after = 0)
{
    const QStringList lines = ReportText::wrap(text, font, pdf.body().width() - indent, pdf.device());
    flow.add(lines.size() * lineHeight + after, [=](QPainter &p, const QRectF &rect) {
        p.setFont(font);
        p.setPen(colour);
        ReportText::drawLines(p, QPointF(rect.left() + indent, rect.top()), rect.width() - indent, lineHeight,
                              lines);
    });
}

} // namespace

MinutesReport::MinutesReport(const Database &database, const ReportRequest &request)
    : m_database(database)
    , m_request(request)
{ }

Result<ReportOutcome> MinutesReport::write()
{
    const bool withConfidential = m_request.includeConfidential;
    const bool withRestricted = m_request.includeRestricted || withConfidential;
    const auto shown = [&](const QString &confidentiality) {
        return confidentiality == u"public" || (confidentiality == u"restricted" && withRestricted)
            || (confidentiality == u"confidential" && withConfidential);
    };
    const AgendaStore agenda(m_database);
    const NoteStore store(m_database);
    Result<QList<AgendaSession>> read = agenda.sessions();
    if (!read.ok())
        return read.error();
    QList<AgendaSession> sessions;
    if (m_request.sessionId != 0) {
        for (const AgendaSession &s : read.value()) {
            if (s.id == m_request.sessionId)
                sessions.append(s);
        }
        if (sessions.isEmpty())
            return Error {QStringLiteral("minutes: there is no session with id %1").arg(m_request.sessionId),
                          QStringLiteral("session"), 0};
        if (sessions.first().visibility != u"public" && !withRestricted)
            return Error {
                QStringLiteral("minutes: \"%1\" is a restricted session: add --include-restricted to "
                               "print its minutes (the pages are marked RESTRICTED)")
                    .arg(sessions.first().title),
                QStringLiteral("session"), 0};
    } else {
        for (const AgendaSession &s : read.value()) {
            if (s.visibility == u"public" || withRestricted)
                sessions.append(s);
        }
    }

    // Read each session's minutes; keep what this request may show.
    std::vector<SessionMinutes> minutes;
    QList<qint64> people;
    qint64 items = 0;
    for (const AgendaSession &s : std::as_const(sessions)) {
        SessionMinutes m {s, {}, {}, {}, {}, {}};
        Result<QList<Note>> notes = store.notes(s.id);
        Result<QList<Decision>> decisions = store.decisions(s.id);
        Result<QList<ActionItem>> actions = store.actionItems(s.id);
        if (!notes.ok())
            return notes.error();
        if (!decisions.ok())
            return decisions.error();
        if (!actions.ok())
            return actions.error();
        for (const Note &n : notes.value())
            if (shown(n.confidentiality) && !n.body.trimmed().isEmpty())
                m.notes.append(n);
        for (const Decision &d : decisions.value())
            if (shown(d.confidentiality))
                m.decisions.append(d);
        for (const ActionItem &a : actions.value())
            if (shown(a.confidentiality))
                m.actions.append(a);
        const bool any = !m.notes.isEmpty() || !m.decisions.isEmpty() || !m.actions.isEmpty();
        if (!any && m_request.sessionId == 0)
            continue;
        Result<QList<MinutesChange>> history = store.minutesHistory(s.id);
        if (!history.ok())
            return history.error();
        m.history = history.value();
        if (std::any_of(m.notes.cbegin(), m.notes.cend(),
                        [](const Note &n) { return n.slotId.has_value(); })) {
            Result<QList<SpeakingSlot>> slots = agenda.speakingSlots(s.id);
            if (!slots.ok())
                return slots.error();
            m.slots = slots.value();
            for (const SpeakingSlot &slot : m.slots)
                if (slot.speakerId)
                    people.append(*slot.speakerId);
        }
        for (const ActionItem &a : m.actions)
            if (a.ownerParticipantId)
                people.append(*a.ownerParticipantId);
        items += m.notes.size() + m.decisions.size() + m.actions.size();
        minutes.push_back(std::move(m));
        if (!m_request.progress || minutes.size() % 100)
            continue;
        if (!m_request.progress(0.0))
            return Error {QStringLiteral("cancelled: no file was written"), {}, 0};
    }
    ReportPeople names;
    if (Status loaded = names.load(m_database, people); !loaded)
        return loaded.error();
    Result<QHash<qint64, Room>> readRooms = AgendaText::readRooms(m_database);
    if (!readRooms.ok())
        return readRooms.error();
    const QHash<qint64, Room> rooms = readRooms.value();

    const QTimeZone zone = EventStore(m_database).zone();
    const QLocale english(QLocale::English);
    QString subtitle = m_request.sessionId != 0
        ? QStringLiteral("One session")
        : QStringLiteral("%1 sessions with minutes").arg(english.toString(qlonglong(minutes.size())));
    subtitle += QStringLiteral(" · ")
        + AgendaText::zoneLabel(zone, minutes.empty() ? QDateTime() : minutes.front().session.startsAt);
    PdfReport pdf(m_request,
                  PdfReport::frameText(m_database, QStringLiteral("Minutes"), subtitle, m_request));
    if (Status opened = pdf.open(); !opened)
        return opened.error();

    const QFont titleFont = ReportFonts::font(12.5, QFont::Bold);
    const QFont infoFont = ReportFonts::font(8.5);
    const QFont sectionFont = ReportFonts::font(8, QFont::Bold);
    const QFont labelFont = ReportFonts::font(8, QFont::DemiBold);
    const QFont textFont = ReportFonts::font(9);
    const QFont smallFont = ReportFonts::font(7.5);
    const double line = pdf.pt(12);
    const double small = pdf.pt(10);
    const double indent = pdf.mm(6);
    ReportFlow flow = flowFor(pdf);
    const auto subheading = [&](const QString &text) {
        flow.group();
        flow.add(pdf.pt(18), [=, &pdf](QPainter &p, const QRectF &rect) {
            p.setFont(sectionFont);
            p.setPen(kMuted);
            const QRectF textRect(rect.left(), rect.top() + pdf.pt(6), rect.width(), pdf.pt(10));
            p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text.toUpper());
            paintRule(p, pdf, QRectF(rect.left(), rect.top(), rect.width(), rect.height() - pdf.pt(2)));
        });
    };

    for (const SessionMinutes &m : minutes) {
        const AgendaSession &s = m.session;
        QString when = s.isScheduled()
            ? english.toString(s.startsAt.toTimeZone(zone).date(), QStringLiteral("ddd d MMM"))
                + QStringLiteral(" · ") + AgendaText::timeRange(s, zone)
            : AgendaText::timeRange(s, zone);
        when += QStringLiteral(" · ") + AgendaText::roomName(rooms, s);
        const PdfReport *report = &pdf;
        const QString section = s.title;
        const QString kind = Vocabulary::label(Vocabulary::sessionKinds(), s.kind);
        flow.heading(headingHeight(pdf), section, [report, when, kind](QPainter &p, const QRectF &rect) {
            paintHeading(p, *report, rect, when, kind);
        });
        // Status: final (who, when) or draft; the title in full when the band elides it.
        flow.group();
        QString status = QStringLiteral("Draft minutes");
        if (!m.history.isEmpty()) {
            const MinutesChange &last = m.history.last();
            status = last.status == u"final"
                ? QStringLiteral("Final minutes · finalised by %1 on %2")
                      .arg(last.changedBy, stamp(last.changedAt, zone))
                : QStringLiteral("Draft minutes · reopened by %1 on %2: %3")
                      .arg(last.changedBy, stamp(last.changedAt, zone), last.reason);
        }
        if (s.visibility != u"public")
            status += QStringLiteral(" · restricted session");
        addText(flow, pdf, s.title, titleFont, Qt::black, 0, pdf.pt(15));
        addText(flow, pdf, status, infoFont, kMuted, 0, line, pdf.pt(2));

        if (!m.notes.isEmpty())
            subheading(QStringLiteral("Notes"));
        for (const Note &n : m.notes) {
            flow.group();
            QString label = QStringLiteral("On the session");
            if (n.slotId) {
                for (qsizetype i = 0; i < m.slots.size(); ++i) {
                    if (m.slots.at(i).id == *n.slotId)
                        label = QStringLiteral("Speaker %1: %2").arg(i + 1).arg(names.speaker(m.slots.at(i)));
                }
            }
            QString by = n.updatedBy.isEmpty() ? n.createdBy : n.updatedBy;
            const QDateTime at = n.updatedAt.isValid() ? n.updatedAt : n.createdAt;
            QString meta = by;
            if (at.isValid())
                meta += QStringLiteral(", ") + stamp(at, zone);
            const QString marking = n.confidentiality == u"public"
                ? QString()
                : Vocabulary::label(Vocabulary::confidentialities(), n.confidentiality).toUpper();
            const QStringList labelLines =
                ReportText::wrap(label, labelFont, pdf.body().width() * 0.62, pdf.device());
            flow.add(labelLines.size() * line + pdf.pt(3), [=, &pdf](QPainter &p, const QRectF &rect) {
                p.setFont(labelFont);
                p.setPen(Qt::black);
                ReportText::drawLines(p, QPointF(rect.left(), rect.top() + pdf.pt(3)), rect.width() * 0.62,
                                      line, labelLines);
                p.setFont(smallFont);
                p.setPen(kMuted);
                const QRectF right(rect.left() + rect.width() * 0.62, rect.top() + pdf.pt(3),
                                   rect.width() * 0.38, line);
                ReportText::drawElided(p, right, meta, Qt::AlignRight | Qt::AlignVCenter);
                if (!marking.isEmpty()) {
                    p.setPen(kMarking);
                    p.setFont(sectionFont);
                    ReportText::drawElided(p, right.translated(0, line), marking,
                                           Qt::AlignRight | Qt::AlignVCenter);
                }
            });
            addMarkdown(flow, pdf, n.body, indent);
            flow.space(pdf.pt(4));
        }

        if (!m.decisions.isEmpty())
            subheading(QStringLiteral("Decisions"));
        int number = 0;
        for (const Decision &d : m.decisions) {
            flow.group();
            ++number;
            QString outcome = Vocabulary::label(Vocabulary::decisionOutcomes(), d.outcome) + u' '
                + Vocabulary::label(Vocabulary::decisionMethods(), d.method).toLower();
            if (d.method == u"vote")
                outcome += QStringLiteral(": %1 for, %2 against, %3 abstaining")
                               .arg(d.votesFor.value_or(0))
                               .arg(d.votesAgainst.value_or(0))
                               .arg(d.votesAbstaining.value_or(0));
            if (d.confidentiality != u"public")
                outcome += QStringLiteral(" · ")
                    + Vocabulary::label(Vocabulary::confidentialities(), d.confidentiality).toUpper();
            const QStringList text =
                ReportText::wrap(d.text, textFont, pdf.body().width() - indent, pdf.device());
            flow.add(text.size() * line + small + pdf.pt(6), [=, &pdf](QPainter &p, const QRectF &rect) {
                const double top = rect.top() + pdf.pt(3);
                p.setFont(labelFont);
                p.setPen(Qt::black);
                p.drawText(QRectF(rect.left(), top, indent, line), Qt::AlignLeft | Qt::AlignVCenter,
                           QStringLiteral("%1.").arg(number));
                p.setFont(textFont);
                ReportText::drawLines(p, QPointF(rect.left() + indent, top), rect.width() - indent, line,
                                      text);
                p.setFont(labelFont);
                p.setPen(d.outcome == u"adopted"        ? QColor(0x1d, 0x6b, 0x3a)
                             : d.outcome == u"rejected" ? kMarking
                                                        : kMuted);
                ReportText::drawElided(
                    p, QRectF(rect.left() + indent, top + text.size() * line, rect.width() - indent, small),
                    outcome);
            });
        }

        if (!m.actions.isEmpty())
            subheading(QStringLiteral("Action items"));
        for (const ActionItem &a : m.actions) {
            flow.group();
            QStringList details;
            if (a.ownerParticipantId)
                details << names.name(*a.ownerParticipantId);
            else if (a.ownerDelegationId)
                details << names.delegation(*a.ownerDelegationId);
            if (a.dueDate.isValid())
                details << QStringLiteral("due ")
                        + english.toString(a.dueDate, QStringLiteral("d MMMM yyyy"));
            if (a.confidentiality != u"public")
                details << Vocabulary::label(Vocabulary::confidentialities(), a.confidentiality).toUpper();
            const QString detail = details.join(QStringLiteral(" · "));
            const QStringList text =
                ReportText::wrap(a.text, textFont, pdf.body().width() - pdf.mm(20), pdf.device());
            const bool done = a.done;
            flow.add(text.size() * line + small + pdf.pt(6), [=, &pdf](QPainter &p, const QRectF &rect) {
                const double top = rect.top() + pdf.pt(3);
                p.setFont(labelFont);
                p.setPen(done ? QColor(0x1d, 0x6b, 0x3a) : kMarking);
                p.drawText(QRectF(rect.left(), top, pdf.mm(18), line), Qt::AlignLeft | Qt::AlignVCenter,
                           done ? QStringLiteral("DONE") : QStringLiteral("OPEN"));
                p.setFont(textFont);
                p.setPen(Qt::black);
                ReportText::drawLines(p, QPointF(rect.left() + pdf.mm(20), top), rect.width() - pdf.mm(20),
                                      line, text);
                p.setFont(smallFont);
                p.setPen(kMuted);
                ReportText::drawElided(p,
                                       QRectF(rect.left() + pdf.mm(20), top + text.size() * line,
                                              rect.width() - pdf.mm(20), small),
                                       detail);
            });
        }
        if (m.notes.isEmpty() && m.decisions.isEmpty() && m.actions.isEmpty())
            addNote(flow, pdf, QStringLiteral("No minutes have been taken for this session."));
        flow.space(pdf.pt(10));
    }
    if (minutes.empty())
        addNote(flow, pdf, QStringLiteral("No session has minutes yet."));
    pdf.setPageCount(flow.paginate());
    if (!flow.paint(pdf))
        return Error {QStringLiteral("cancelled: no file was written"), {}, 0};
    return pdf.finish(items, QStringLiteral("notes, decisions and action items"));
}

} // namespace Plenary
