// SPDX-License-Identifier: MIT
#pragma once

#include "accreditationstore.h"
#include "domain.h"
#include "edithistory.h"
#include "rowarchive.h"

#include <memory>

/// The edits the window records in its EditHistory, one maker per kind of change. Each keeps
/// the record before and after, as stored, and refuses to undo or redo when the record no
/// longer stands as the edit left it.
namespace Plenary::Edits {

/// The form's changes to a participant (read back from the store before and after the save).
[[nodiscard]] std::unique_ptr<Edit> participantChanged(Participant before, Participant after);
[[nodiscard]] std::unique_ptr<Edit> delegationChanged(Delegation before, Delegation after);

enum class RecordKind { Participant, Delegation };
/// A record added (undo deletes it) or deleted (undo brings it back with its id, history and
/// photo); `archive` holds it as stored, taken with RowArchive::participantTables() or
/// delegationTables().
[[nodiscard]] std::unique_ptr<Edit> recordAdded(RecordKind kind, RowArchive archive, const QString &name);
[[nodiscard]] std::unique_ptr<Edit> recordDeleted(RecordKind kind, RowArchive archive, const QString &name);

/// Participants moved in the accreditation workflow (one, a bulk action, a check-in); a redo
/// records `reason` again (a rejection's).
[[nodiscard]] std::unique_ptr<Edit> accreditationMoved(QList<AccreditationStanding> before,
                                                       QList<AccreditationStanding> after,
                                                       const QString &description, const QString &reason);
/// "approval of 20 participants", "check-in of Anna MÜLLER": what moving `count` participants
/// (one of them called `name`) to `state` is called in the Undo and Redo buttons.
[[nodiscard]] QString accreditationDescription(const QString &state, qsizetype count, const QString &name);

/// A photo set, replaced or removed (empty: none).
[[nodiscard]] std::unique_ptr<Edit> photoChanged(qint64 participantId, QByteArray before, QByteArray after,
                                                 const QString &name);

} // namespace Plenary::Edits
