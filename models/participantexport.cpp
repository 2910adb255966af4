// SPDX-License-Identifier: MIT
// The exporters of participantcsv.h: CSV in the importer's columns, and an XLSX workbook
// (libxlsxwriter) grouped by delegation with a summary sheet.
#include "countries.h"
#include "delegationstore.h"
#include "participantcsv.h"
#include "participantstore.h"
#include "sqlvalues.h"
#include "vocabulary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSaveFile>

#include <future>
#include <xlsxwriter.h>

namespace Plenary::ParticipantCsv {

namespace {

QString englishLabel(std::span<const Vocabulary::Term> terms, const QString &code)
{
    for (const Vocabulary::Term &term : terms) {
        if (code == QLatin1StringView(term.code))
            return QString::fromLatin1(term.label);
    }
    return code;
}

/// Every participant in the order of the published list (delegations by name, heads first),
/// streamed from the store and handed to `visit`; progress every thousand rows.
Status forEachRow(const Database &database, const ExportOptions &options,
                  const std::function<Status(const ParticipantRow &)> &visit)
{
    const ParticipantStore store(database);
    Result<qint64> total = store.count();
    if (!total.ok())
        return total.error();
    qsizetype done = 0;
    Status failed;
    bool cancelled = false;
    const Status streamed = store.forEachInDelegationOrder([&](const ParticipantRow &row) {
        if (options.progress && done % 1000 == 0 && !options.progress(done, total.value())) {
            cancelled = true;
            return false;
        }
        ++done;
        failed = visit(row);
        return failed.ok();
    });
    if (cancelled)
        return Error {QStringLiteral("cancelled: no file was written"), {}, 0};
    if (!failed)
        return failed;
    if (!streamed)
        return streamed;
    if (options.progress)
        options.progress(total.value(), total.value());
    return {};
}

QString documentNumber(const Participant &p, const ExportOptions &options)
{
    return options.includeDocuments ? p.documentNumber
                                    : ParticipantStore::maskedDocumentNumber(p.documentNumber);
}

Result<qsizetype> writeCsv(const Database &database, const QString &path, const ExportOptions &options)
{
    constexpr qsizetype BufferSize = 1 << 20; // characters
    Result<QList<DelegationSummary>> delegations = DelegationStore(database).list();
    if (!delegations.ok())
        return delegations.error();
    QHash<qint64, QString> kindOf;
    for (const DelegationSummary &summary : delegations.value())
        kindOf.insert(summary.delegation.id, summary.delegation.kind);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QStringLiteral("cannot write %1: %2").arg(path, file.errorString()), {}, 0};
    // A byte order mark, so that spreadsheet programs read UTF-8, and CRLF as RFC 4180 says.
    if (file.write("\xEF\xBB\xBF") != 3)
        return Error {QStringLiteral("cannot write %1: %2").arg(path, file.errorString()), {}, 0};
    // Two buffers: one is encoded and written on another thread while the rows fill the other.
    QString buffers[2];
    for (QString &buffer : buffers)
        buffer.reserve(BufferSize);
    QString *buffer = &buffers[0];
    std::future<bool> writing;
    const auto writeDone = [&] { return !writing.valid() || writing.get(); };
    const auto appendLine = [&](std::initializer_list<QString> cells) {
        bool firstCell = true;
        for (const QString &cell : cells) {
            if (!firstCell)
                buffer->append(u',');
            firstCell = false;
            buffer->append(Csv::quoted(neutralised(cell)));
        }
        buffer->append(QStringLiteral("\r\n"));
    };
    const auto flush = [&] {
        if (!writeDone())
            return false;
        writing = std::async(std::launch::async, [&file, full = buffer] {
            const QByteArray bytes = full->toUtf8();
            return file.write(bytes) == bytes.size();
        });
        buffer = buffer == &buffers[0] ? &buffers[1] : &buffers[0];
        buffer->resize(0); // keeps the capacity, unlike clear()
        return true;
    };
    {
        const QStringList headers = exportHeaders();
        buffer->append(headers.join(u','));
        buffer->append(QStringLiteral("\r\n"));
    }
    qsizetype written = 0;
    const Status done = forEachRow(database, options, [&](const ParticipantRow &row) -> Status {
        const Participant &p = row.participant;
        const QString kind = p.delegationId ? kindOf.value(*p.delegationId) : QString();
        appendLine({
            p.honorific,
            p.givenNames,
            p.familyName,
            p.nativeName,
            p.functionTitle,
            p.organisation,
            englishLabel(Vocabulary::roles(), p.role),
            row.delegationName,
            kind.isEmpty() ? QString() : englishLabel(Vocabulary::delegationKinds(), kind),
            Countries::name(row.delegationCountry),
            p.email,
            p.phone,
            Countries::name(p.nationality),
            p.documentType,
            documentNumber(p, options),
            SqlValues::isoDate(p.documentExpiry),
            p.dietaryNeeds,
            p.accessNeeds,
            p.interpretationLanguage,
            englishLabel(Vocabulary::accreditationStates(), p.accreditationState),
            p.badgeNumber,
            p.checkedInAt.isValid() ? p.checkedInAt.toUTC().toString(Qt::ISODate) : QString(),
        });
        ++written;
        if (buffer->size() > BufferSize && !flush())
            return Error {QStringLiteral("cannot write %1: %2").arg(path, file.errorString()), {}, 0};
        return {};
    });
    if (!done) {
        (void)writeDone();
        file.cancelWriting();
        return done.error();
    }
    if (!flush() || !writeDone() || !file.commit())
        return Error {QStringLiteral("cannot write %1: %2").arg(path, file.errorString()), {}, 0};
    return written;
}

/// A libxlsxwriter workbook that is closed (and freed) whatever happens.
struct Workbook
{
    lxw_workbook *book = nullptr;
    ~Workbook()
    {
        if (book)
            workbook_close(book);
    }
};

lxw_datetime toLxw(const QDate &date, const QTime &time = QTime(0, 0))
{
    return lxw_datetime {date.year(), date.month(),  date.day(),
                         time.hour(), time.minute(), double(time.second())};
}

Result<qsizetype> writeXlsx(const Database &database, const QString &path, const ExportOptions &options)
{
    Result<QList<DelegationSummary>> delegations = DelegationStore(database).list();
    if (!delegations.ok())
        return delegations.error();
    QHash<qint64, Delegation> delegationOf;
    for (const DelegationSummary &summary : delegations.value())
        delegationOf.insert(summary.delegation.id, summary.delegation);
    // Written beside the target and renamed at the end: a failed export leaves no half file.
    const QString partial = path + QStringLiteral(".part");
    const QByteArray partialName = QFile::encodeName(partial);
    const QByteArray tempDir = QFile::encodeName(QFileInfo(path).absolutePath());
    lxw_workbook_options bookOptions {};
    // Rows go to disk as they are written: memory stays flat at a hundred thousand rows.
    bookOptions.constant_memory = LXW_TRUE;
    bookOptions.tmpdir = const_cast<char *>(tempDir.constData());
    Workbook workbook {workbook_new_opt(partialName.constData(), &bookOptions)};
    if (!workbook.book)
        return Error {QStringLiteral("cannot write %1").arg(path), {}, 0};
    lxw_workbook *book = workbook.book;

    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0x1D4E89);
    format_set_font_color(header, LXW_COLOR_WHITE);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format *group = workbook_add_format(book);
    format_set_bold(group);
    format_set_bg_color(group, 0xE3ECF7);
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *dateTime = workbook_add_format(book);
    format_set_num_format(dateTime, "yyyy-mm-dd hh:mm");
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);

    // Sheet 1: the list of participants, grouped by delegation, heads first.
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Participants");
    const QStringList titles = {
        QStringLiteral("Delegation"),
        QStringLiteral("Name"),
        QStringLiteral("Native name"),
        QStringLiteral("Role"),
        QStringLiteral("Function"),
        QStringLiteral("Organisation"),
        QStringLiteral("Nationality"),
        QStringLiteral("E-mail"),
        QStringLiteral("Phone"),
        QStringLiteral("Document type"),
        QStringLiteral("Document number"),
        QStringLiteral("Document expiry"),
        QStringLiteral("Accreditation state"),
        QStringLiteral("Badge number"),
        QStringLiteral("Checked in at (UTC)"),
    };
    const double widths[] = {28, 30, 22, 20, 26, 28, 18, 30, 18, 14, 18, 14, 20, 12, 18};
    for (lxw_col_t c = 0; c < lxw_col_t(titles.size()); ++c) {
        worksheet_set_column(sheet, c, c, widths[c], nullptr);
        worksheet_write_string(sheet, 0, c, titles.at(c).toUtf8().constData(), header);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    const lxw_col_t lastColumn = lxw_col_t(titles.size() - 1);

    lxw_row_t row = 1;
    qsizetype written = 0;
    std::optional<qint64> currentGroup;
    bool first = true;
    const auto text = [&](lxw_col_t column, const QString &value, lxw_format *format = nullptr) {
        if (!value.isEmpty())
            worksheet_write_string(sheet, row, column, value.toUtf8().constData(), format);
    };
    const Status done = forEachRow(database, options, [&](const ParticipantRow &r) -> Status {
        const Participant &p = r.participant;
        const qint64 groupId = p.delegationId.value_or(0);
        if (first || groupId != currentGroup) {
            // A bold row naming the delegation starts each group.
            first = false;
            currentGroup = groupId;
            QString title = QStringLiteral("No delegation");
            if (const auto it = delegationOf.constFind(groupId); it != delegationOf.cend()) {
                title =
                    it->name + QStringLiteral(" — ") + englishLabel(Vocabulary::delegationKinds(), it->kind);
                if (!it->countryCode.isEmpty() && Countries::name(it->countryCode) != it->name)
                    title += QStringLiteral(", ") + Countries::name(it->countryCode);
            }
            for (lxw_col_t c = 0; c <= lastColumn; ++c)
                worksheet_write_blank(sheet, row, c, group);
            text(0, title, group);
            ++row;
        }
        text(0, neutralised(r.delegationName));
        text(1, neutralised(p.displayName()));
        text(2, neutralised(p.nativeName));
        text(3, englishLabel(Vocabulary::roles(), p.role));
        text(4, neutralised(p.functionTitle));
        text(5, neutralised(p.organisation));
        text(6, Countries::name(p.nationality));
        text(7, neutralised(p.email));
        text(8, neutralised(p.phone));
        text(9, neutralised(p.documentType));
        text(10, neutralised(documentNumber(p, options)));
        if (p.documentExpiry.isValid()) {
            lxw_datetime value = toLxw(p.documentExpiry);
            worksheet_write_datetime(sheet, row, 11, &value, date);
        }
        text(12, englishLabel(Vocabulary::accreditationStates(), p.accreditationState));
        text(13, p.badgeNumber);
        if (p.checkedInAt.isValid()) {
            const QDateTime utc = p.checkedInAt.toUTC();
            lxw_datetime value = toLxw(utc.date(), utc.time());
            worksheet_write_datetime(sheet, row, 14, &value, dateTime);
        }
        ++row;
        ++written;
        return {};
    });
    if (!done) {
        workbook_close(workbook.book);
        workbook.book = nullptr;
        QFile::remove(partial);
        return done.error();
    }
    worksheet_autofilter(sheet, 0, 0, row > 1 ? row - 1 : 1, lastColumn);

    // Sheet 2: per delegation, how many are in each accreditation state.
    lxw_worksheet *summary = workbook_add_worksheet(book, "Summary");
    Statement counts(
        database.connection(),
        QStringLiteral("SELECT coalesce(d.name, ''), p.accreditation_state, count(*) FROM participant p "
                       "LEFT JOIN delegation d ON d.id = p.delegation_id GROUP BY 1, 2"));
    if (Status run = counts.exec(); !run)
        return run.error();
    const auto states = Vocabulary::accreditationStates();
    QMap<QString, std::vector<qint64>> perDelegation;
    std::vector<qint64> noDelegation(states.size(), 0);
    bool anyWithout = false;
    while (counts.next()) {
        const QString name = counts.value(0).toString();
        const int state = Vocabulary::rank(states, counts.value(1).toString());
        if (state >= int(states.size()))
            continue;
        std::vector<qint64> &line = name.isEmpty() ? noDelegation : perDelegation[name];
        line.resize(states.size(), 0);
        line[std::size_t(state)] += counts.value(2).toLongLong();
        anyWithout = anyWithout || name.isEmpty();
    }
    worksheet_set_column(summary, 0, 0, 36, nullptr);
    worksheet_set_column(summary, 1, lxw_col_t(states.size() + 1), 14, nullptr);
    worksheet_write_string(summary, 0, 0, "Delegation", header);
    for (std::size_t s = 0; s < states.size(); ++s)
        worksheet_write_string(summary, 0, lxw_col_t(s + 1), states[s].label, header);
    worksheet_write_string(summary, 0, lxw_col_t(states.size() + 1), "Total", header);
    worksheet_freeze_panes(summary, 1, 1);
    std::vector<qint64> totals(states.size(), 0);
    lxw_row_t summaryRow = 1;
    const auto writeCounts = [&](const QString &name, const std::vector<qint64> &line, lxw_format *format) {
        worksheet_write_string(summary, summaryRow, 0, name.toUtf8().constData(), format);
        qint64 sum = 0;
        for (std::size_t s = 0; s < states.size(); ++s) {
            worksheet_write_number(summary, summaryRow, lxw_col_t(s + 1), double(line[s]), format);
            sum += line[s];
        }
        worksheet_write_number(summary, summaryRow, lxw_col_t(states.size() + 1), double(sum), format);
        ++summaryRow;
    };
    for (auto it = perDelegation.cbegin(); it != perDelegation.cend(); ++it) {
        writeCounts(neutralised(it.key()), it.value(), nullptr);
        for (std::size_t s = 0; s < states.size(); ++s)
            totals[s] += it.value()[s];
    }
    if (anyWithout) {
        writeCounts(QStringLiteral("No delegation"), noDelegation, nullptr);
        for (std::size_t s = 0; s < states.size(); ++s)
            totals[s] += noDelegation[s];
    }
    writeCounts(QStringLiteral("Total"), totals, bold);

    const lxw_error closed = workbook_close(workbook.book);
    workbook.book = nullptr;
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        return Error {
            QStringLiteral("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(closed))), {}, 0};
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error {QStringLiteral("cannot write %1").arg(path), {}, 0};
    }
    return written;
}

} // namespace

Result<qsizetype> exportParticipants(const Database &database, const QString &path,
                                     const ExportOptions &options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return writeCsv(database, path, options);
    if (suffix == u"xlsx")
        return writeXlsx(database, path, options);
    return Error {QStringLiteral("%1: the file name must end in .csv or .xlsx").arg(path), {}, 0};
}

} // namespace Plenary::ParticipantCsv
