#include "AuditCsvExport.h"

#include "AuditColumns.h"
#include "RecordEncoder.h"
#include "audit/AuditLog.h"

#include <QSaveFile>

bool AuditCsvExport::write(const AuditLog& log, QIODevice* device, const AuditFilter& filter, QString* error)
{
    RecordEncoder encoder(RecordEncoder::Format::Csv, AuditColumns::names());
    bool written = device->write(encoder.begin()) >= 0;
    const bool read = written && log.forEach(filter, [&](const AuditEntry& entry) {
        written = device->write(encoder.record(AuditColumns::cells(entry))) >= 0;
        return written;
    });
    if (!written)
        *error = device->errorString();
    else if (!read)
        *error = log.errorString();
    return written && read;
}

bool AuditCsvExport::write(const AuditLog& log, const QString& filePath, const AuditFilter& filter,
                           QString* error)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(filePath, file.errorString());
        return false;
    }
    if (!write(log, &file, filter, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(filePath, file.errorString());
        return false;
    }
    return true;
}
