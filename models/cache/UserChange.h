#pragma once
// One entry of a user's history: what a sync (or a refresh of that user) found different
// from the copy before it. Roles are recorded one per entry so that "when did this account
// lose the admin scope" is a plain lookup.

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

struct UserChange
{
    enum class Kind {
        Added,    // first seen by a sync after the initial one
        Changed,  // a field differs: see field / oldValue / newValue
        Deleted,  // no longer on the server
        Restored, // back on the server after having been deleted
    };

    qint64 id = 0;
    qint64 syncId = 0;
    QString userId;
    QString username; // as it was when the change was recorded
    QDateTime at;
    Kind kind = Kind::Changed;
    // "username", "email", "firstName", "lastName", "enabled", "role" (one role added or
    // removed: oldValue or newValue empty), or "attribute:<name>".
    QString field;
    QString oldValue;
    QString newValue;

    // One readable sentence: "lost role admin", "email changed from a@x to b@x".
    QString description() const;
    static QString kindName(Kind kind); // stored form: "added", "changed", ...
    static Kind kindFromName(const QString& name);
    friend bool operator==(const UserChange&, const UserChange&) = default;

    Q_DECLARE_TR_FUNCTIONS(UserChange) // last: it ends in "private:"
};

Q_DECLARE_METATYPE(UserChange)
