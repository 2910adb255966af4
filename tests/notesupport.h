// SPDX-License-Identifier: MIT
// What the minutes' tests share: a session to write on, a note on it.
#pragma once

#include "agendastore.h"
#include "notestore.h"

namespace Plenary::TestSupport {

/// A two-hour session on the forum's first morning; 0 when the insert failed.
inline qint64 addSession(const Database &db, const QString &title = QStringLiteral("Plenary 1"),
                         const QString &kind = QStringLiteral("plenary"))
{
    AgendaSession session;
    session.title = title;
    session.kind = kind;
    session.startsAt = QDateTime::fromString(QStringLiteral("2027-05-18T06:00:00Z"), Qt::ISODate);
    session.endsAt = session.startsAt.addSecs(7200);
    Result<qint64> id = AgendaStore(db).insertSession(session);
    return id.ok() ? id.value() : 0;
}

inline Note noteOn(qint64 sessionId, const QString &body,
                   const QString &confidentiality = QStringLiteral("public"))
{
    Note n;
    n.sessionId = sessionId;
    n.body = body;
    n.confidentiality = confidentiality;
    return n;
}

} // namespace Plenary::TestSupport
