#include "UserExportProgress.h"

#include "export/UserExporter.h"
#include "items/UserFilterModel.h"
#include "operations/ProgressRate.h"

#include <QDir>
#include <QProgressDialog>

#include <memory>

void UserExportProgress::start(UserTableModel* users, UserFilterModel* rows, QWidget* parent,
                               const QString& path, const QString& selectedFilter,
                               std::function<void(const QString& outcome)> done)
{
    auto* exporter = new UserExporter(users, rows, parent);
    auto* progress = new QProgressDialog(tr("Exporting users…"), tr("Cancel"), 0, 0, parent);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export users"));
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(300);
    QObject::connect(progress, &QProgressDialog::canceled, exporter, &UserExporter::cancel);
    // Each phase has its own pace: the rate starts again when writing begins.
    struct PhasePace
    {
        UserExporter::Phase phase = UserExporter::Phase::Fetching;
        ProgressRate rate;
    };
    auto pace = std::make_shared<PhasePace>();
    pace->rate.start();
    QObject::connect(
        exporter, &UserExporter::progress, progress,
        [progress, pace](UserExporter::Phase phase, qint64 written, qint64 total) {
            if (phase != pace->phase) {
                pace->phase = phase;
                pace->rate.start();
            }
            pace->rate.update(written, total);
            const QString rate = pace->rate.text();
            const QString done =
                phase == UserExporter::Phase::Fetching
                    ? (total >= 0
                           ? tr("Fetching every page: %L1 of %Ln user(s)", nullptr, int(total)).arg(written)
                           : tr("Fetching every page: %Ln user(s)", nullptr, int(written)))
                    : tr("Writing %L1 of %Ln user(s)", nullptr, int(total)).arg(written);
            progress->setLabelText(rate.isEmpty() ? done : done + QLatin1Char('\n') + rate);
            progress->setMaximum(total > 0 ? int(qMin<qint64>(total, INT_MAX)) : 0);
            progress->setValue(int(qMin<qint64>(written, INT_MAX)));
        });
    QObject::connect(exporter, &UserExporter::finished, parent,
                     [exporter, progress, path, done](bool ok, const QString& message, qint64 count) {
                         progress->deleteLater();
                         exporter->deleteLater();
                         const QString file = QDir::toNativeSeparators(path);
                         done(ok ? tr("Exported %Ln user(s) to %1", nullptr, int(count)).arg(file)
                                 : tr("Export not written: %1").arg(message));
                     });
    exporter->start(path, selectedFilter.contains(QLatin1String("json")) ? UserExporter::Format::Json
                                                                         : UserExporter::formatFor(path));
}
