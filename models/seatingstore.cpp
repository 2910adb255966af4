// SPDX-License-Identifier: MIT
#include "seatingstore.h"

#include "countries.h"
#include "sqlvalues.h"

#include <QRandomGenerator>

namespace Plenary {

namespace {

const QString kColumns = QStringLiteral("id, country_code, method, drawn_by, drawn_at");

SeatingDraw readDraw(const Statement &query)
{
    SeatingDraw draw;
    draw.id = query.value(0).toLongLong();
    draw.countryCode = query.value(1).toString();
    draw.byLot = query.value(2).toString() == u"lot";
    draw.drawnBy = query.value(3).toString();
    draw.drawnAt = SqlValues::toDateTime(query.value(4));
    return draw;
}

Result<std::optional<SeatingDraw>> latest(const QSqlDatabase &db)
{
    Statement query(db, QStringLiteral("SELECT %1 FROM seating_draw ORDER BY id DESC LIMIT 1").arg(kColumns));
    if (Status run = query.exec(); !run)
        return run.error();
    if (!query.next())
        return std::optional<SeatingDraw>();
    return std::optional<SeatingDraw>(readDraw(query));
}

} // namespace

Result<std::optional<SeatingDraw>> SeatingStore::current() const
{
    return latest(m_database.connection());
}

Result<SeatingDraw> SeatingStore::currentOrDraw(const QString &by) const
{
    // Read first without the write lock: every report after the first only reads.
    Result<std::optional<SeatingDraw>> existing = current();
    if (!existing.ok())
        return existing.error();
    if (existing.value())
        return *existing.value();
    return draw(by, true);
}

Result<SeatingDraw> SeatingStore::redraw(const QString &by) const
{
    return draw(by, false);
}

Result<SeatingDraw> SeatingStore::choose(const QString &countryCode, const QString &by) const
{
    const QString code = countryCode.trimmed().toUpper();
    if (!Countries::isValid(code))
        return Error {QStringLiteral("\"%1\" is not an ISO 3166-1 country code.").arg(countryCode),
                      QStringLiteral("country"), 0};
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Result<SeatingDraw> recorded = record(transaction.connection(), code, false, by);
    if (!recorded.ok())
        return recorded;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return recorded;
}

Result<SeatingDraw> SeatingStore::draw(const QString &by, bool onlyIfNone) const
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    if (onlyIfNone) {
        // Another desk may have drawn since we looked: under the write lock, look again.
        Result<std::optional<SeatingDraw>> existing = latest(transaction.connection());
        if (!existing.ok())
            return existing.error();
        if (existing.value())
            return *existing.value();
    }
    Statement countries(transaction.connection(),
                        QStringLiteral("SELECT DISTINCT country_code FROM delegation WHERE country_code IS "
                                       "NOT NULL AND status <> 'withdrawn' ORDER BY country_code"));
    if (Status run = countries.exec(); !run)
        return run.error();
    QStringList codes;
    while (countries.next())
        codes << countries.value(0).toString();
    if (codes.isEmpty())
        return Error {
            QStringLiteral("No delegation of a country yet: there is nothing to draw from."), {}, 0};
    const QString drawn = codes.at(qsizetype(QRandomGenerator::system()->bounded(quint32(codes.size()))));
    Result<SeatingDraw> recorded = record(transaction.connection(), drawn, true, by);
    if (!recorded.ok())
        return recorded;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return recorded;
}

Result<SeatingDraw> SeatingStore::record(const QSqlDatabase &db, const QString &countryCode, bool byLot,
                                         const QString &by) const
{
    SeatingDraw draw;
    draw.countryCode = countryCode;
    draw.byLot = byLot;
    draw.drawnBy = by.trimmed().isEmpty() ? QStringLiteral("unknown") : by.trimmed();
    const QString now = SqlValues::now();
    draw.drawnAt = SqlValues::toDateTime(now);
    Statement insert(db,
                     QStringLiteral("INSERT INTO seating_draw (country_code, method, drawn_by, drawn_at) "
                                    "VALUES (:code, :method, :by, :at)"));
    insert.bind(QStringLiteral(":code"), countryCode)
        .bind(QStringLiteral(":method"), byLot ? QStringLiteral("lot") : QStringLiteral("chosen"))
        .bind(QStringLiteral(":by"), draw.drawnBy)
        .bind(QStringLiteral(":at"), now);
    if (Status run = insert.exec(); !run)
        return run.error();
    Statement id(db, QStringLiteral("SELECT max(id) FROM seating_draw"));
    Result<QVariant> newId = id.scalar();
    if (!newId.ok())
        return newId.error();
    draw.id = newId.value().toLongLong();
    return draw;
}

Result<QList<SeatingDraw>> SeatingStore::history() const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT %1 FROM seating_draw ORDER BY id").arg(kColumns));
    if (Status run = query.exec(); !run)
        return run.error();
    QList<SeatingDraw> draws;
    while (query.next())
        draws << readDraw(query);
    return draws;
}

} // namespace Plenary
