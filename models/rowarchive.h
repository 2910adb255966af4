// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"

#include <QList>
#include <QSqlRecord>

namespace Plenary {

/// The stored rows of one record across the tables that hold it (a participant with its
/// search terms, history and photo; a delegation with its quotas), taken as they are so that
/// undoing a deletion brings the record back exactly: same id, same badge, same history.
class RowArchive
{
public:
    /// Where a record keeps rows: `keyColumn` holds the record's id; `columns` are the ones
    /// to keep ("*", or a list when a table hides some, as FTS5 hides its rowid).
    struct Table
    {
        QString name;
        QString keyColumn;
        QString columns = QStringLiteral("*");
    };

    /// The participant tables, the main row first (restored first, removed by its cascade).
    [[nodiscard]] static QList<Table> participantTables();
    [[nodiscard]] static QList<Table> delegationTables();

    /// Reads every row of record `id` in `tables`; an error when the first table has none.
    [[nodiscard]] static Result<RowArchive> take(const QSqlDatabase &db, const QList<Table> &tables,
                                                 qint64 id);

    /// Writes the rows back (the record must not exist), inside the caller's transaction.
    [[nodiscard]] Status restore(const QSqlDatabase &db) const;
    /// Whether the main row is stored exactly as archived (nobody changed it since).
    [[nodiscard]] Result<bool> isCurrent(const QSqlDatabase &db) const;

    [[nodiscard]] qint64 id() const { return m_id; }
    /// A column of the main row, e.g. "family_name".
    [[nodiscard]] QVariant mainValue(const QString &column) const;

private:
    struct Rows
    {
        Table table;
        QList<QSqlRecord> records;
    };
    qint64 m_id = 0;
    QList<Rows> m_rows;
};

} // namespace Plenary
