// SPDX-License-Identifier: MIT
#include "rowarchive.h"

#include <QSqlField>

namespace Plenary {

namespace {

Statement selectRows(const QSqlDatabase &db, const RowArchive::Table &table)
{
    return Statement(
        db,
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = :id").arg(table.columns, table.name, table.keyColumn));
}

} // namespace

QList<RowArchive::Table> RowArchive::participantTables()
{
    return {
        {QStringLiteral("participant"), QStringLiteral("id")},
        {QStringLiteral("participant_search"), QStringLiteral("rowid"), QStringLiteral("rowid, terms")},
        {QStringLiteral("accreditation_change"), QStringLiteral("participant_id")},
        {QStringLiteral("participant_photo"), QStringLiteral("participant_id")},
    };
}

QList<RowArchive::Table> RowArchive::delegationTables()
{
    return {
        {QStringLiteral("delegation"), QStringLiteral("id")},
        {QStringLiteral("delegation_quota"), QStringLiteral("delegation_id")},
    };
}

Result<RowArchive> RowArchive::take(const QSqlDatabase &db, const QList<Table> &tables, qint64 id)
{
    RowArchive archive;
    archive.m_id = id;
    for (const Table &table : tables) {
        Statement select = selectRows(db, table);
        select.bind(QStringLiteral(":id"), id);
        if (Status run = select.exec(); !run)
            return run.error();
        Rows rows {table, {}};
        while (select.next())
            rows.records.append(select.record());
        if (archive.m_rows.isEmpty() && rows.records.isEmpty())
            return Error {QStringLiteral("This record no longer exists (deleted at another desk?)."), {}, 0};
        archive.m_rows.append(std::move(rows));
    }
    return archive;
}

Status RowArchive::restore(const QSqlDatabase &db) const
{
    for (const Rows &rows : m_rows) {
        if (rows.records.isEmpty())
            continue;
        const QSqlRecord &shape = rows.records.first();
        QStringList columns;
        QStringList placeholders;
        for (int i = 0; i < shape.count(); ++i) {
            columns.append(shape.fieldName(i));
            placeholders.append(QStringLiteral(":c%1").arg(i));
        }
        Statement insert(db,
                         QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(rows.table.name, columns.join(u','), placeholders.join(u',')));
        for (const QSqlRecord &record : rows.records) {
            // A NULL read back is a null QString variant, which binds as ''; say NULL plainly.
            for (int i = 0; i < record.count(); ++i)
                insert.bind(placeholders.at(i), record.isNull(i) ? QVariant() : record.value(i));
            if (Status run = insert.exec(); !run)
                return run;
        }
    }
    return {};
}

Result<bool> RowArchive::isCurrent(const QSqlDatabase &db) const
{
    if (m_rows.isEmpty() || m_rows.first().records.isEmpty())
        return false;
    const Rows &main = m_rows.first();
    Statement select = selectRows(db, main.table);
    select.bind(QStringLiteral(":id"), m_id);
    if (Status run = select.exec(); !run)
        return run.error();
    if (!select.next())
        return false;
    const QSqlRecord stored = select.record();
    const QSqlRecord &archived = main.records.first();
    for (int i = 0; i < archived.count(); ++i) {
        if (stored.value(archived.fieldName(i)) != archived.value(i))
            return false;
    }
    return true;
}

QVariant RowArchive::mainValue(const QString &column) const
{
    if (m_rows.isEmpty() || m_rows.first().records.isEmpty())
        return {};
    return m_rows.first().records.first().value(column);
}

} // namespace Plenary
