#include "SandboxRequest.h"

#include <QJsonDocument>

QByteArray SandboxRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject SandboxRequest::json(bool* ok) const
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (ok)
        *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

QUrlQuery SandboxRequest::form() const
{
    QString text = QString::fromUtf8(body);
    text.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrlQuery(text);
}

QString SandboxRequest::field(const QString& name) const
{
    bool isJson = false;
    const QJsonObject object = json(&isJson);
    if (isJson)
        return object.value(name).toString();
    return form().queryItemValue(name, QUrl::FullyDecoded);
}

int SandboxRequest::queryInt(const QString& name, int fallback) const
{
    bool ok = false;
    const int value = queryValue(name).toInt(&ok);
    return ok ? value : fallback;
}

bool SandboxRequest::matches(const char* expectedMethod, const QStringList& pattern,
                             QStringList* captures) const
{
    if (method != expectedMethod || segments.size() != pattern.size())
        return false;
    QStringList found;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == QLatin1String("*"))
            found << segments.at(i);
        else if (pattern.at(i) != segments.at(i))
            return false;
    }
    if (captures)
        *captures = found;
    return true;
}
