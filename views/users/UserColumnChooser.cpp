#include "UserColumnChooser.h"

#include "items/UserTableModel.h"
#include "listing/UserListController.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>

UserColumnChooser::UserColumnChooser(QTableView* table, UserTableModel* model, UserListController* users,
                                     QObject* parent)
    : QObject(parent)
    , m_table(table)
    , m_model(model)
    , m_users(users)
{
    QHeaderView* header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Right-click to choose the columns"));
    connect(header, &QHeaderView::customContextMenuRequested, this, &UserColumnChooser::showMenu);
    // Attribute columns arrive (and go) with a reset of the rows: hidden unless chosen.
    connect(table->model(), &QAbstractItemModel::modelReset, this, &UserColumnChooser::showChosenAttributeColumns);
    connect(table->model(), &QAbstractItemModel::columnsInserted, this, &UserColumnChooser::showChosenAttributeColumns);
}

void UserColumnChooser::showMenu(const QPoint& where)
{
    QHeaderView* header = m_table->horizontalHeader();
    QAbstractItemModel* rows = m_table->model();
    auto* menu = new QMenu(m_table);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("columnMenu"));
    menu->addSection(tr("Columns"));
    int visible = 0;
    for (int column = 0; column < rows->columnCount(); ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < rows->columnCount(); ++column) {
        QAction* action = menu->addAction(rows->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(header->isSectionHidden(column) || visible > 1); // one column always stays
        if (column < UserTableModel::ColumnCount) {
            connect(action, &QAction::toggled, this, [this, column](bool on) { m_table->setColumnHidden(column, !on); });
            continue;
        }
        // By path, not position: the columns may change while the menu is open.
        const QString path = m_model->attributeColumns().value(column - UserTableModel::ColumnCount).value;
        connect(action, &QAction::toggled, this, [this, path](bool on) {
            m_chosenAttributes.removeAll(path);
            if (on)
                m_chosenAttributes << path;
            showChosenAttributeColumns();
        });
    }
    menu->popup(header->mapToGlobal(where));
}

void UserColumnChooser::showChosenAttributeColumns()
{
    const QList<FieldChoice>& columns = m_model->attributeColumns();
    bool anyShown = false;
    for (int i = 0; i < columns.size(); ++i) {
        const bool shown = m_chosenAttributes.contains(columns.at(i).value);
        m_table->setColumnHidden(UserTableModel::ColumnCount + i, !shown);
        anyShown = anyShown || shown;
    }
    m_users->setAttributeValuesWanted(anyShown);
}
