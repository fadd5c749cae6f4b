#pragma once
// Local search and quick filters (enabled/disabled, role) over a UserTableModel, fast enough to
// run on every keystroke over a million rows: rows are matched on the stored UTF-8 bytes, in
// store order, split over the cores for large tables, before the proxy maps a single row; and
// when the new text only narrows the previous one, rows that failed before are not looked at
// again. Sorting is forwarded to the source model, which sorts its compact rows (or asks the
// server to), so this proxy never sorts itself.

#include "items/UserRowStore.h"

#include <QSortFilterProxyModel>
#include <vector>

class UserTableModel;

class UserFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class State { All, Enabled, Disabled };

    explicit UserFilterModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    UserTableModel* users() const { return m_users; }

    void setText(const QString& text);
    QString text() const { return m_text; }
    void setState(State state);
    State state() const { return m_state; }
    void setRole(const QString& role); // empty: any role
    QString role() const { return m_role; }
    bool isFiltering() const { return !m_needle.isEmpty() || m_state != State::All || !m_role.isEmpty(); }

    // The source row behind a row of this model.
    int sourceRow(int row) const { return mapToSource(index(row, 0)).row(); }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    // narrowing: every row accepted now was accepted by the previous filter.
    void refilter(bool narrowing);
    // The verdict of every store slot into m_accepted, before the proxy asks row by row.
    void judgeEverySlot(bool narrowing);
    bool accepts(UserRowStore::Index slot) const; // reads only, safe on any thread
    void judgeRoleSets() const;
    void forgetResults();

    UserTableModel* m_users = nullptr;
    QString m_text;
    UserRowStore::Needle m_needle;
    State m_state = State::All;
    QString m_role;
    bool m_judged = false; // while refiltering: m_accepted holds every slot's verdict
    // The last verdict per store slot: 1 accepted (or unknown), 0 rejected.
    mutable std::vector<quint8> m_accepted;
    mutable std::vector<quint8> m_roleSetMatch; // per role set id, while a role is chosen
};
