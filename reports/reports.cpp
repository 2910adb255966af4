// SPDX-License-Identifier: MIT
#include "reports.h"

#include "attendeesreport.h"
#include "badgesreport.h"
#include "delegationsreport.h"
#include "logging.h"
#include "minutesreport.h"
#include "programmereport.h"
#include "speakersreport.h"
#include "tentcardsreport.h"

#include <QElapsedTimer>

namespace Plenary {

namespace {

constexpr ReportKind kKinds[] = {
    {"programme", "Programme", "--order day|room, --day YYYY-MM-DD, --room ID, --include-restricted"},
    {"attendees", "List of participants",
     "--order delegation|name|role, --columns a,b,c, --delegation ID, --include-documents"},
    {"delegations", "Delegation summary", ""},
    {"badges", "Badges", "--card-size card|a6, --delegation ID, --participants ID,ID,..."},
    {"tent-cards", "Name cards", "--delegation ID (one card); seating order from the stored draw"},
    {"speakers", "Speakers' list", "--session ID, --include-restricted"},
    {"minutes", "Minutes", "--session ID, --include-restricted, --include-confidential"},
};

} // namespace

std::span<const ReportKind> reportKinds()
{
    return kKinds;
}

const ReportKind *findReportKind(const QString &code)
{
    for (const ReportKind &kind : kKinds) {
        if (code == QLatin1StringView(kind.code))
            return &kind;
    }
    return nullptr;
}

Result<ReportOutcome> writeReport(const Database &database, const ReportRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    Result<ReportOutcome> outcome =
        Error {QStringLiteral("report: unknown kind \"%1\"").arg(request.kind), QStringLiteral("kind"), 0};
    if (request.kind == u"attendees")
        outcome = AttendeesReport(database, request).write();
    else if (request.kind == u"programme")
        outcome = ProgrammeReport(database, request).write();
    else if (request.kind == u"speakers")
        outcome = SpeakersReport(database, request).write();
    else if (request.kind == u"minutes")
        outcome = MinutesReport(database, request).write();
    else if (request.kind == u"delegations")
        outcome = DelegationsReport(database, request).write();
    else if (request.kind == u"badges")
        outcome = BadgesReport(database, request).write();
    else if (request.kind == u"tent-cards")
        outcome = TentCardsReport(database, request).write();
    else if (findReportKind(request.kind))
        outcome = Error {QStringLiteral("report: \"%1\" is not written yet").arg(request.kind),
                         QStringLiteral("kind"), 0};
    if (outcome.ok())
        qCInfo(lcReports) << request.kind << "report:" << outcome.value().pages << "pages in"
                          << timer.elapsed() << "ms";
    return outcome;
}

} // namespace Plenary
