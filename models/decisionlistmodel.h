// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"
#include "minuteslistmodel.h"
#include "result.h"

#include <QQmlEngine>

namespace Plenary {

class Database;

/// The decisions of one session's minutes, in order, written at once by `save()` and `remove()`.
class DecisionListModel : public Plenary::MinutesListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QVariantList outcomes READ outcomes CONSTANT)
    Q_PROPERTY(QVariantList methods READ methods CONSTANT)

public:
    enum Role {
        DecisionIdRole = Qt::UserRole + 1,
        TextRole,
        OutcomeRole,
        OutcomeLabelRole,
        MethodRole,
        MethodLabelRole,
        VotesForRole, ///< -1 when not a vote
        VotesAgainstRole,
        VotesAbstainingRole,
        SummaryRole, ///< "Adopted by vote: 12 for, 3 against, 1 abstaining"
        ConfidentialityRole,
    };
    Q_ENUM(Role)

    explicit DecisionListModel(QObject *parent = nullptr);
    explicit DecisionListModel(const Database &database, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_decisions.size()); }
    [[nodiscard]] QVariantList outcomes() const;
    [[nodiscard]] QVariantList methods() const;

    /// Checks the form as typed: `text`, `outcome`, `method`, `votesFor`, `votesAgainst`,
    /// `votesAbstaining` (texts; counts only for a vote), `confidentiality`. `{ok, message, field}`.
    Q_INVOKABLE QVariantMap validate(const QVariantMap &fields) const;
    /// Writes the form as a new decision (`decisionId` 0) or over one; `{ok, message, field, row}`.
    Q_INVOKABLE QVariantMap save(int decisionId, const QVariantMap &fields);
    Q_INVOKABLE QVariantMap remove(int row);
    /// The row's roles as a map (for the edit form).
    Q_INVOKABLE QVariant get(int row) const;
    void reload() override;

    /// The decision a form describes, or what is wrong with a count typed.
    [[nodiscard]] static Result<Decision> fromFields(const QVariantMap &fields);
    [[nodiscard]] static QString summary(const Decision &decision);

Q_SIGNALS:
    void countChanged();

private:
    QList<Decision> m_decisions;
};

} // namespace Plenary
