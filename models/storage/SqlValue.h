#pragma once
// How values are kept in AuthDesk's SQLite columns: times as UTC milliseconds (NULL when
// unknown), lists and maps as compact JSON ("[]" and "{}" when empty, so NOT NULL columns and
// comparisons stay simple), and text never NULL.

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

class SqlValue
{
public:
    // The text as stored: NOT NULL columns need "" where a QString is null.
    static QString text(const QString& value) { return value.isNull() ? QStringLiteral("") : value; }
    static QVariant toMsecs(const QDateTime& time);
    static QDateTime fromMsecs(const QVariant& msecs);
    static QString toJson(const QStringList& list);
    static QStringList stringListFromJson(const QString& json);
    static QString toJson(const QVariantMap& map);
    static QVariantMap mapFromJson(const QString& json);
};
