#pragma once
// The audit log as CSV, oldest first: AuditColumns' columns (as authdesk-cli's `audit` prints
// them), written by RecordEncoder (RFC 4180, UTF-8, formulas neutralised). A file is written
// through QSaveFile, so a failed export never leaves half a file behind.

#include "audit/AuditFilter.h"

#include <QCoreApplication>
#include <QString>

class AuditLog;
class QIODevice;

class AuditCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(AuditCsvExport)
public:
    static bool write(const AuditLog& log, QIODevice* device, const AuditFilter& filter, QString* error);
    static bool write(const AuditLog& log, const QString& filePath, const AuditFilter& filter,
                      QString* error);
};
