#pragma once
// Local search, quick filters (enabled/disabled, role) and sorting over the loaded users.

#include <QSortFilterProxyModel>

class UserFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class State { All, Enabled, Disabled };

    explicit UserFilterModel(QObject* parent = nullptr);
    void setText(const QString& text);
    void setState(State state);
    void setRole(const QString& role); // empty: any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    State m_state = State::All;
    QString m_role;
};
