// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"
#include "result.h"

#include <QAbstractListModel>
#include <QHash>
#include <QQmlEngine>
#include <QSet>

#include <deque>
#include <functional>
#include <span>
#include <vector>

namespace Plenary {

class Database;
class EditHistory;
class PhotoStore;

/// The participants page's list: every participant the filters let through, in list order.
/// Holds only ids (a hundred thousand of them cost under a megabyte) and fetches the rows a
/// view shows a page at a time, keeping a few pages; searches go through the FTS5 index.
class ParticipantModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.participants")
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    // An int, not a qint64: QML tooling of Qt 6.4 does not know qint64, and ids stay far below 2^31.
    Q_PROPERTY(int delegationFilter READ delegationFilter WRITE setDelegationFilter NOTIFY filterChanged)
    Q_PROPERTY(QString roleFilter READ roleFilter WRITE setRoleFilter NOTIFY filterChanged)
    Q_PROPERTY(QString stateFilter READ stateFilter WRITE setStateFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    /// `[{state, label, count}]` for every accreditation state, under the delegation and role
    /// filters (not the search or the state filter, so that the counts say what a click shows).
    Q_PROPERTY(QVariantList stateCounts READ stateCounts NOTIFY stateCountsChanged)
    /// How many participants are selected for a bulk action (kept across filter changes).
    Q_PROPERTY(int selectionCount READ selectionCount NOTIFY selectionChanged)
    /// Goes up on every photo change: `image://photo/<id>?v=<photoRevision>` reloads.
    Q_PROPERTY(int photoRevision READ photoRevision NOTIFY photosChanged)

public:
    enum Role {
        ParticipantIdRole = Qt::UserRole + 1,
        DisplayNameRole,
        HonorificRole,
        GivenNamesRole,
        FamilyNameRole,
        NativeNameRole,
        FunctionTitleRole,
        OrganisationRole,
        RoleRole,
        RoleLabelRole,
        DelegationNameRole,
        DelegationCountryRole,
        FlagRole,
        AccreditationStateRole,
        StateLabelRole,
        BadgeNumberRole,
        EmailRole,
        NationalityRole,
        HasPhotoRole,
        MaskedDocumentNumberRole,
        SelectedRole,
    };
    Q_ENUM(Role)

    /// Filter value of `delegationFilter` that lets every participant through.
    static constexpr int AnyDelegation = -1;
    /// Filter value of `delegationFilter` for participants in no delegation.
    static constexpr int NoDelegation = 0;
    /// Rows fetched per query, and pages kept.
    static constexpr int PageSize = 100;
    static constexpr int PagesKept = 16;

    /// NameOrder: everyone, alphabetical by family name (the participants page).
    /// ProtocolOrder: the members of the delegation filter only, head of delegation first,
    /// then by role, then by name (the delegation page); the search text is not used.
    enum class Ordering { NameOrder, ProtocolOrder };

    explicit ParticipantModel(const Database &database, Ordering ordering = Ordering::NameOrder,
                              QObject *parent = nullptr);

    /// Where edits made through this model are recorded for undo; none by default.
    void setHistory(EditHistory *history) { m_history = history; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString searchText() const { return m_filter.text; }
    void setSearchText(const QString &text);
    [[nodiscard]] int delegationFilter() const;
    void setDelegationFilter(int delegationId);
    [[nodiscard]] QString roleFilter() const { return m_filter.role; }
    void setRoleFilter(const QString &role);
    [[nodiscard]] QString stateFilter() const { return m_filter.accreditationState; }
    void setStateFilter(const QString &state);
    [[nodiscard]] int count() const { return int(m_ids.size()); }
    [[nodiscard]] int total() const
    {
        return int(m_ordering == Ordering::NameOrder ? m_order.size() : m_ids.size());
    }
    [[nodiscard]] QVariantList stateCounts() const { return m_stateCounts; }
    [[nodiscard]] int selectionCount() const { return int(m_selected.size()); }

    /// Selection for bulk actions: a row in or out, a range of rows added, every listed row
    /// (which may be 100,000: the ids stay in C++), or none.
    Q_INVOKABLE void toggleSelected(int row);
    Q_INVOKABLE void selectRange(int fromRow, int toRow);
    Q_INVOKABLE void selectAllListed();
    Q_INVOKABLE void clearSelection();
    /// Moves every selected participant to `state` in one transaction (all or none), then
    /// clears the selection; `{ok, message, field}`.
    Q_INVOKABLE QVariantMap changeStateOfSelection(const QString &state, const QString &reason,
                                                   const QString &actor);
    [[nodiscard]] int photoRevision() const { return m_photoRevision; }

    /// The full record of one participant for the form (dates in ISO, delegation id or 0).
    Q_INVOKABLE QVariantMap get(qint64 id) const;
    /// Inserts (id 0) or updates; `{ok, message, field, id}`.
    Q_INVOKABLE QVariantMap save(const QVariantMap &fields);
    /// Checks a form as the user types, without writing.
    Q_INVOKABLE QVariantMap validate(const QVariantMap &fields) const;
    Q_INVOKABLE QVariantMap remove(qint64 id);
    /// The row of a participant under the current filters, -1 when filtered out.
    Q_INVOKABLE int rowOf(qint64 id) const;
    /// `[{value, label}]` of the states the workflow allows after `state`.
    Q_INVOKABLE QVariantList nextStates(const QString &state) const;
    /// Moves the participants `ids` to `state` in one transaction, recorded as `actor` with
    /// `reason` (required for a rejection); `{ok, message, field}`.
    Q_INVOKABLE QVariantMap changeState(const QVariantList &ids, const QString &state, const QString &reason,
                                        const QString &actor);
    /// `[{from, to, changedBy, changedAt, reason}]` of one participant, oldest first; times in
    /// the event's zone, labelled with it.
    Q_INVOKABLE QVariantList history(qint64 id) const;

    /// What does not stop a save but deserves a look, as the user types:
    /// `[{kind, field, message, otherId, otherName}]` for an identity document expiring before
    /// the event ends (kind "expiry") and possible duplicates (kind "duplicate", with the other
    /// record's id and name to open it).
    Q_INVOKABLE QVariantList warnings(const QVariantMap &fields) const;
    /// "••••••567": the identity document number as lists show it.
    Q_INVOKABLE QString maskedDocumentNumber(const QString &number) const;
    /// The first participant with a possible duplicate (a photo first), 0 when none.
    Q_INVOKABLE int firstPossibleDuplicate() const;
    /// The first participant whose identity document expires before the event ends, 0 when none.
    Q_INVOKABLE int firstExpiringDocument() const;
    /// Whether participant `id` has a photo.
    Q_INVOKABLE bool hasPhoto(qint64 id) const;
    /// Sets the photo of `id` from a JPEG or PNG file (a local file URL or path), cropped to
    /// 35 × 45 around the centre; `{ok, message, field}`.
    Q_INVOKABLE QVariantMap setPhoto(qint64 id, const QUrl &file);
    Q_INVOKABLE QVariantMap removePhoto(qint64 id);

public Q_SLOTS:
    /// Re-reads the list order and the filtered ids (after a write, here or elsewhere).
    void refresh();
    /// The list's thumbnails and the form's photo follow a photo change.
    void photoWritten();

Q_SIGNALS:
    void filterChanged();
    void countChanged();
    void stateCountsChanged();
    void selectionChanged();
    /// A participant was added, changed or deleted here.
    void participantsWritten();
    void photosChanged();
    void failed(const QString &message);

private:
    void applyFilter();
    void countStates();
    /// `ids` sorted into list order.
    [[nodiscard]] std::vector<qint64> inListOrder(std::vector<qint64> ids) const;
    [[nodiscard]] const ParticipantRow *rowAt(int row) const;
    [[nodiscard]] static Participant fromFields(const QVariantMap &fields);
    /// A workflow move of `ids`, recorded for undo.
    [[nodiscard]] Status moveInWorkflow(std::span<const qint64> ids, const QString &state,
                                        const QString &reason, const QString &actor);
    /// A photo write through `write`, recorded for undo.
    QVariantMap writePhoto(qint64 id, const std::function<Status(const PhotoStore &)> &write);

    const Database &m_database;
    const Ordering m_ordering;
    ParticipantFilter m_filter;
    QVariantList m_stateCounts;
    QSet<qint64> m_selected;
    std::vector<qint64> m_order; ///< every id in list order
    /// The position of each id in m_order.
    class RankIndex
    {
    public:
        static constexpr qint32 Unranked = INT32_MAX;
        void assign(const std::vector<qint64> &order);
        [[nodiscard]] qint32 rankOf(qint64 id) const;

    private:
        std::vector<qint32> m_dense; ///< indexed by id, when ids are dense
        QHash<qint64, qint32> m_sparse; ///< otherwise
    };
    RankIndex m_rank;
    std::vector<qint64> m_ids; ///< what the filters let through, in list order

    // Pages of rows fetched on demand; data() is const, the cache is not part of the state.
    mutable QHash<int, QHash<qint64, ParticipantRow>> m_pages;
    mutable std::deque<int> m_pageAge;
    int m_photoRevision = 0;
    EditHistory *m_history = nullptr;
};

} // namespace Plenary
