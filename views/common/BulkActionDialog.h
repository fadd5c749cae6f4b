#pragma once
// A change to many users, shown before it happens: one row per user with what will change (or
// why nothing will), then Apply runs it with a progress bar and Cancel, and the same rows
// become the report — done, failed and why — that stays on screen until closed. Users whose
// change was decided on an older copy (conflicts) are applied only once a box is ticked.

#include "operations/ProgressRate.h"

#include <QDialog>

class BulkOperation;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

class BulkActionDialog : public QDialog
{
    Q_OBJECT
public:
    // Takes ownership of `operation`.
    BulkActionDialog(BulkOperation* operation, QWidget* parent = nullptr);
    BulkOperation* operation() const { return m_operation; }

private:
    void apply();
    void updateRow(int index);
    void updateSummary();
    void reject() override;

    BulkOperation* m_operation;
    QLabel* m_summary;
    QTableWidget* m_table;
    QProgressBar* m_progress;
    ProgressRate m_rate;
    QDialogButtonBox* m_buttons;
    QPushButton* m_apply;
    QCheckBox* m_confirmConflicts = nullptr;
};
