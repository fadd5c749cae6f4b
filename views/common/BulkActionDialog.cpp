#include "BulkActionDialog.h"
#include "ThemePalette.h"

#include "operations/BulkOperation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { UserColumn, ChangeColumn, ResultColumn, ColumnCount };
}

BulkActionDialog::BulkActionDialog(BulkOperation* operation, QWidget* parent)
    : QDialog(parent)
    , m_operation(operation)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_apply(m_buttons->addButton(operation->title(), QDialogButtonBox::AcceptRole))
{
    operation->setParent(this);
    setObjectName(QStringLiteral("bulkActionDialog"));
    setWindowTitle(operation->title());
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("bulkTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("User"), tr("Change"), tr("Result")});
    m_table->setRowCount(int(operation->items().size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    for (int row = 0; row < operation->items().size(); ++row)
        updateRow(row);
    m_table->resizeColumnsToContents();
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setRange(0, qMax(1, operation->workCount()));
    m_progress->setValue(0);
    m_progress->hide();
    m_apply->setObjectName(QStringLiteral("bulkApply"));
    m_apply->setEnabled(operation->workCount() > 0);
    if (operation->deletes())
        m_apply->setToolTip(tr("Deleting cannot be undone."));
    if (const int conflicts = operation->conflictCount(); conflicts > 0) {
        // Changes decided on an older copy of a user are left out unless asked for.
        m_confirmConflicts = new QCheckBox(
            tr("Also change the %n user(s) that changed since the decision", nullptr, conflicts), this);
        m_confirmConflicts->setObjectName(QStringLiteral("bulkConfirmConflicts"));
        connect(m_confirmConflicts, &QCheckBox::toggled, this, [this](bool confirmed) {
            m_operation->setConflictsConfirmed(confirmed);
            m_progress->setRange(0, qMax(1, m_operation->workCount()));
            m_apply->setEnabled(m_operation->workCount() > 0);
            updateSummary();
        });
    }
    // Enter never applies a change to many users by accident: Cancel is the default.
    m_apply->setAutoDefault(false);
    m_apply->setDefault(false);
    if (QPushButton* cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setDefault(true);

    connect(m_apply, &QPushButton::clicked, this, &BulkActionDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BulkActionDialog::reject);
    connect(operation, &BulkOperation::itemChanged, this, &BulkActionDialog::updateRow);
    connect(operation, &BulkOperation::progressChanged, this, [this](int done, int total) {
        m_rate.update(done, total);
        m_progress->setValue(done);
        updateSummary();
    });
    connect(operation, &BulkOperation::finished, this, [this] {
        m_progress->setValue(m_progress->maximum());
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        m_apply->hide(); // the button box shows its buttons again as it lays out Close
        updateSummary();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    if (m_confirmConflicts)
        layout->addWidget(m_confirmConflicts);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    updateSummary();
    resize(640, 420);
}

void BulkActionDialog::apply()
{
    m_apply->setEnabled(false);
    m_apply->hide();
    if (m_confirmConflicts)
        m_confirmConflicts->setEnabled(false);
    m_progress->show();
    m_rate.start();
    m_operation->start();
    updateSummary();
}

void BulkActionDialog::reject()
{
    // While it runs, Cancel stops what has not been sent; the dialog stays for the report.
    if (m_operation->isRunning()) {
        m_operation->cancel();
        return;
    }
    QDialog::reject();
}

void BulkActionDialog::updateRow(int index)
{
    const BulkOperation::Item& item = m_operation->items().at(index);
    const QString who = item.user.username.isEmpty() || item.user.username == item.user.email
                            ? item.user.email
                            : QStringLiteral("%1 <%2>").arg(item.user.username, item.user.email);
    QString result = BulkOperation::statusText(item.status);
    if (!item.message.isEmpty())
        result += QStringLiteral(": ") + item.message;
    const QStringList cells{who, item.change, result};
    for (int column = 0; column < ColumnCount; ++column) {
        auto* cell = m_table->item(index, column);
        if (!cell) {
            cell = new QTableWidgetItem;
            m_table->setItem(index, column, cell);
        }
        cell->setText(cells.at(column));
        cell->setToolTip(cells.at(column));
    }
    const bool bad = item.status == BulkOperation::Status::Failed;
    m_table->item(index, ResultColumn)
        ->setForeground(bad ? ThemePalette::errorText(palette()) : palette().color(QPalette::Text));
}

void BulkActionDialog::updateSummary()
{
    using S = BulkOperation::Status;
    const BulkOperation& op = *m_operation;
    QStringList parts;
    if (!op.isRunning() && !op.isFinished()) {
        parts << tr("%n user(s) will change.", nullptr, op.count(S::Pending));
    } else {
        parts << tr("%1 of %2 done.").arg(op.finishedCount()).arg(op.workCount());
        if (op.count(S::Failed) > 0)
            parts << tr("%n failed.", nullptr, op.count(S::Failed));
        if (op.count(S::Cancelled) > 0)
            parts << tr("%n cancelled before being sent.", nullptr, op.count(S::Cancelled));
    }
    if (op.count(S::Unchanged) > 0)
        parts << tr("%n unchanged.", nullptr, op.count(S::Unchanged));
    if (op.count(S::Skipped) > 0)
        parts << tr("%n cannot be changed (see why below).", nullptr, op.count(S::Skipped));
    if (op.deletes() && !op.isRunning() && !op.isFinished())
        parts << tr("Deleting cannot be undone.");
    if (const QString notice = op.signedInNotice(); !notice.isEmpty() && !op.isFinished())
        parts << notice;
    const QString pace = op.isRunning() ? m_rate.text() : QString();
    if (!pace.isEmpty())
        parts << pace + QLatin1Char('.');
    m_summary->setText(parts.join(QLatin1Char(' ')));
}
