// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Plenary {

/// One draw of the country that opens the protocol order (seats, name cards).
struct SeatingDraw
{
    qint64 id = 0;
    QString countryCode; ///< ISO 3166-1 alpha-2
    bool byLot = true; ///< false: chosen by hand (a lot drawn in the room and typed in)
    QString drawnBy;
    QDateTime drawnAt; ///< UTC
};

/// The seating draw (table seating_draw): alphabetical order of English country names starting
/// from a country drawn by lot, which then holds for the whole event. The first name cards
/// draw it; every later report reuses it. Redrawing is deliberate (redraw() or choose()), and
/// earlier draws stay on record (history()).
class SeatingStore
{
public:
    explicit SeatingStore(const Database &database)
        : m_database(database)
    { }

    /// The draw in force, none before the first.
    [[nodiscard]] Result<std::optional<SeatingDraw>> current() const;
    /// The draw in force, or a first one drawn by lot among the countries of the delegations
    /// that have not withdrawn (in one transaction, so two desks never draw twice).
    [[nodiscard]] Result<SeatingDraw> currentOrDraw(const QString &by) const;
    /// A new draw by lot that replaces the one in force.
    [[nodiscard]] Result<SeatingDraw> redraw(const QString &by) const;
    /// The opening country set by hand (`countryCode` must be an ISO 3166-1 country).
    [[nodiscard]] Result<SeatingDraw> choose(const QString &countryCode, const QString &by) const;
    /// Every draw, the first first.
    [[nodiscard]] Result<QList<SeatingDraw>> history() const;

private:
    [[nodiscard]] Result<SeatingDraw> draw(const QString &by, bool onlyIfNone) const;
    [[nodiscard]] Result<SeatingDraw> record(const QSqlDatabase &db, const QString &countryCode, bool byLot,
                                             const QString &by) const;

    const Database &m_database;
};

} // namespace Plenary
