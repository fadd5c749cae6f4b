#pragma once
// The local audit log: every change the console made on any server, kept in its own SQLite
// file beside the caches (<AppDataLocation>/audit.sqlite, owner-only, WAL), so clearing a
// profile's cache never clears its audit trail. Entries are only ever added; the log holds
// no secrets (messages are redacted, details filtered, see SecretFilter).
//
// Record from wherever a change completes:
//     AuditEntry e = AuditEntry::forResult("session.revoke", user.username, error, 204);
//     e.profileId = profile.id; e.profileName = profile.name; e.identity = auth.identity;
//     e.server = profile.baseUrl.toString(); e.targetId = session.id;
//     auditLog->record(e);
// It lives on the GUI thread; AuditLogModel shows it, exportCsv() writes it out.

#include "AuditEntry.h"
#include "AuditFilter.h"

#include <QObject>
#include <QSqlDatabase>

class QIODevice;

class AuditLog : public QObject
{
    Q_OBJECT
public:
    explicit AuditLog(QObject* parent = nullptr);
    ~AuditLog() override;

    static QString defaultPath();
    bool open(const QString& path = defaultPath());
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    // Stamps the time if unset, strips secrets, stores; emits recorded() with the stored entry.
    bool record(AuditEntry entry);

    // Newest first.
    QList<AuditEntry> entries(const AuditFilter& filter = {}, qint64 offset = 0, int limit = 500) const;
    qint64 count(const AuditFilter& filter = {}) const;
    // Distinct actions present, for a filter menu.
    QStringList actions() const;

    // CSV, oldest first: AuditColumns' columns (as authdesk-cli's `audit` prints them), written
    // by RecordEncoder (RFC 4180, UTF-8, formulas neutralised).
    bool exportCsv(QIODevice* device, const AuditFilter& filter = {}) const;
    bool exportCsv(const QString& filePath, const AuditFilter& filter = {}) const;

signals:
    void recorded(const AuditEntry& entry);

private:
    QString whereClause(const AuditFilter& filter, QVariantList* binds) const;
    bool fail(const QString& message) const;

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    mutable QString m_error;
};
