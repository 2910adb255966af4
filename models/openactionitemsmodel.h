// SPDX-License-Identifier: MIT
#pragma once

#include "notestore.h"

#include <QAbstractListModel>
#include <QDate>
#include <QQmlEngine>

namespace Plenary {

class Database;

/// The open action items of the whole event by owner, then due date. An item ticked done here
/// stays in the list (ticked) until the next reload, so that a slip can be taken back.
class OpenActionItemsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.openActionItems")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Items not done whose due date is before `today`.
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countChanged)
    /// The day overdue is measured against; the computer's date unless set (tests).
    Q_PROPERTY(QDate today READ today WRITE setToday NOTIFY countChanged)

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        TextRole,
        OwnerRole, ///< the participant's or delegation's name; "" when nobody
        DueDateRole, ///< ISO date; "" when none
        DueTextRole, ///< the due date as the locale writes it
        OverdueRole,
        DoneRole,
        SessionIdRole,
        SessionTitleRole,
        ConfidentialityRole,
        FirstOfOwnerRole, ///< the first row of its owner: the list shows the owner's name above it
    };
    Q_ENUM(Role)

    explicit OpenActionItemsModel(const Database &database, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_items.size()); }
    [[nodiscard]] int overdueCount() const;
    [[nodiscard]] QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &today);

    /// The session of the item in `row`; 0 when there is none.
    Q_INVOKABLE qint64 sessionIdAt(int row) const;
    /// Ticks the item in `row` done, or not done again when it is.
    Q_INVOKABLE bool toggleDone(int row);
    /// Ticks an item done (or not) in the minutes; false and `failed` when refused.
    Q_INVOKABLE bool setDone(int row, bool done);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void countChanged();
    void failed(const QString &message);

private:
    [[nodiscard]] bool overdue(const OpenActionItem &item) const;

    const Database &m_database;
    QList<OpenActionItem> m_items;
    QDate m_today;
};

} // namespace Plenary
