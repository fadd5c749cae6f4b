#pragma once
// The local audit log: every change the console made, newest first, filterable and exportable
// to CSV. It never holds secrets.

#include <QWidget>

class AuditLog;
class AuditLogModel;
class QLineEdit;
class QTableView;

class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(AuditLog* log, QWidget* parent = nullptr);

private:
    void exportCsv();

    AuditLog* m_log;
    AuditLogModel* m_model;
    QLineEdit* m_filter;
    QTableView* m_table;
};
