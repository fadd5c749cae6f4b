#include "AuditPage.h"

#include "export/AuditCsvExport.h"

#include "common/Prompt.h"
#include "common/ThemePalette.h"

#include "audit/AuditLog.h"
#include "items/AuditLogModel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

AuditPage::AuditPage(AuditLog* log, QWidget* parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new AuditLogModel(log, this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_filter->setObjectName(QStringLiteral("auditFilter"));
    m_filter->setPlaceholderText(tr("Filter by identity, action, target or message"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("auditExport"));
    auto* delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    connect(delay, &QTimer::timeout, this, [this] {
        AuditFilter filter;
        filter.text = m_filter->text().trimmed();
        m_model->setFilter(filter);
    });
    connect(exportButton, &QPushButton::clicked, this, &AuditPage::exportCsv);
    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Audit log")), this));
    layout->addWidget(
        new QLabel(tr("Every change this console made, kept locally. It never holds secrets."), this));
    if (m_log && !m_log->isOpen()) {
        // A damaged, locked or unwritable file: the console works on, and says what is missing.
        auto* unavailable = new QLabel(
            tr("The audit log is not available, so changes made now are not recorded. %1").arg(m_log->errorString()),
            this);
        unavailable->setObjectName(QStringLiteral("auditUnavailable"));
        unavailable->setWordWrap(true);
        unavailable->setTextInteractionFlags(Qt::TextSelectableByMouse);
        unavailable->setStyleSheet(ThemePalette::errorTextStyle(palette()));
        layout->addWidget(unavailable);
    }
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
}

void AuditPage::exportCsv()
{
    Prompt::saveFile(this, tr("Export the audit log"), QStringLiteral("authdesk-audit.csv"),
                     tr("CSV files (*.csv)"), [this](const QString& file, const QString&) {
                         AuditFilter filter;
                         filter.text = m_filter->text().trimmed();
                         QString error;
                         if (!AuditCsvExport::write(*m_log, file, filter, &error))
                             Prompt::inform(this, tr("Export failed"),
                                            tr("The audit log could not be written to %1.").arg(file),
                                            QMessageBox::Warning);
                     });
}
