#pragma once
// Local search and quick filters (enabled/disabled, role) over a UserTableModel, fast enough to
// run on every keystroke over a million rows. Rows are matched on the stored UTF-8 bytes, in
// store order, split over the cores for large tables; when the new text only narrows the
// previous one, only the rows shown before are looked at again.
//
// A proxy of its own rather than QSortFilterProxyModel: that one maps every source row on each
// change (5-18 ms a keystroke at a million rows) and keeps two lists as long as the table even
// while nothing is filtered. This one keeps the source rows it shows, in source order, and
// nothing at all while nothing is filtered. Sorting is forwarded to the source model, which
// sorts its compact rows (or asks the server to), so the rows shown keep the source's order.

#include "items/UserRowStore.h"

#include <QAbstractProxyModel>
#include <QPersistentModelIndex>
#include <QPointer>
#include <vector>

class UserTableModel;

class UserFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    enum class State { All, Enabled, Disabled };

    explicit UserFilterModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    UserTableModel* users() const;

    void setText(const QString& text);
    QString text() const { return m_text; }
    void setState(State state);
    State state() const { return m_state; }
    void setRole(const QString& role); // empty: any role
    QString role() const { return m_role; }
    bool isFiltering() const { return !m_needle.isEmpty() || m_state != State::All || !m_role.isEmpty(); }

    // The source row behind a row of this model.
    int sourceRow(int row) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The text, state or role changed and the rows shown follow it.
    void filterChanged();

private:
    // Clearing a filter that held this much hands the freed memory back to the system (a
    // million users' verdicts alone are a megabyte).
    static constexpr size_t freedWorthGivingBack = size_t(256) << 10;
    // narrowing: every row accepted now was accepted by the previous filter.
    void refilter(bool narrowing);
    // The verdict of every store slot into m_accepted.
    void judgeEverySlot(bool narrowing);
    bool accepts(UserRowStore::Index slot) const; // reads only, safe on any thread
    bool judgeRow(int sourceRow); // one row added or changed since: judged on its own
    void judgeRoleSets();
    // The source rows shown, from the verdicts: from the rows shown before when narrowing.
    void collectRows(bool narrowing);
    // Position in m_rows of the first source row >= sourceRow.
    int lowerBound(int sourceRow) const;

    // The source's changes, followed without judging the rows that did not change.
    void sourceAboutToBeReset();
    void sourceReset();
    void sourceLayoutAboutToBeChanged(const QList<QPersistentModelIndex>& parents,
                                      QAbstractItemModel::LayoutChangeHint hint);
    void sourceLayoutChanged(const QList<QPersistentModelIndex>& parents, QAbstractItemModel::LayoutChangeHint hint);
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void sourceRowsAboutToBeInserted(const QModelIndex& parent, int first, int last);
    void sourceRowsInserted(const QModelIndex& parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex& parent, int first, int last);
    // Between a layoutAboutToBeChanged and its layoutChanged: the persistent indexes to move.
    void saveLayout();
    void restoreLayout();

    QPointer<UserTableModel> m_users;
    QList<QMetaObject::Connection> m_connections; // to the source; the base class keeps its own
    QString m_text;
    UserRowStore::Needle m_needle;
    State m_state = State::All;
    QString m_role;
    // The last verdict per store slot: 1 accepted (or unknown), 0 rejected; none kept (empty)
    // while nothing is filtered.
    std::vector<quint8> m_accepted;
    std::vector<quint8> m_roleSetMatch; // per role set id, while a role is chosen
    std::vector<int> m_rows;            // while filtering: the source rows shown, ascending
    bool m_filtered = false;            // m_rows is what is shown (the filter in force when built)
    // Kept from a source's "about to" signal to its "done" one, so that each begin has its end
    // even if the filter changed in between.
    QModelIndexList m_layoutProxy;
    QList<QPersistentModelIndex> m_layoutSource;
    bool m_insertForwarded = false, m_removeForwarded = false; // rows passed on one to one
    int m_removedFrom = -1, m_removedTo = -1; // proxy rows of a source removal while filtering
};
