#include "ProfileStore.h"

#include "values/RequestLimits.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>
#include <QUuid>

namespace {
const QString group = QStringLiteral("profiles");

// A number of seconds from a settings file someone may have edited: missing or not a number is
// the default, out of range the nearest bound (2^31-1 s would overflow Qt's milliseconds).
int boundedSeconds(const QSettings& settings, const QString& key, int fallback, int least, int most)
{
    bool ok = false;
    const int seconds = settings.value(key).toInt(&ok);
    return ok ? qBound(least, seconds, most) : fallback;
}

// A proxy password would be a secret in QSettings. The form and the CLI refuse a proxy URL
// with credentials; should one come through anyway, only the address is kept.
QString withoutCredentials(const QString& proxy)
{
    QUrl url(proxy.trimmed());
    if (!proxy.contains(QLatin1String("://")) || url.userInfo().isEmpty())
        return proxy;
    url.setUserInfo(QString());
    return url.toString();
}
} // namespace

ProfileStore::ProfileStore(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings ? settings : new QSettings())
    , m_ownsSettings(settings == nullptr)
{
}

ProfileStore::~ProfileStore()
{
    if (m_ownsSettings)
        delete m_settings;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    m_settings->beginGroup(group);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString& id : ids) {
        if (auto p = profile(id))
            result << *p;
    }
    std::sort(result.begin(), result.end(),
              [](const Profile& a, const Profile& b) { return a.name.localeAwareCompare(b.name) < 0; });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString& id) const
{
    if (id.isEmpty())
        return std::nullopt;
    m_settings->beginGroup(group + QLatin1Char('/') + id);
    const bool exists = m_settings->contains(QStringLiteral("name"));
    Profile p;
    p.id = id;
    p.name = m_settings->value(QStringLiteral("name")).toString();
    p.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString());
    p.dialect = m_settings->value(QStringLiteral("dialect")).toString();
    p.identity = m_settings->value(QStringLiteral("identity")).toString();
    p.settings = m_settings->value(QStringLiteral("settings")).toMap();
    p.pinnedCertificate =
        QByteArray::fromHex(m_settings->value(QStringLiteral("pinnedCertificate")).toByteArray());
    p.rememberPassword = m_settings->value(QStringLiteral("rememberPassword"), true).toBool();
    p.proxy = m_settings->value(QStringLiteral("proxy")).toString();
    p.caBundlePath = m_settings->value(QStringLiteral("caBundlePath")).toString();
    p.timeoutSeconds = boundedSeconds(*m_settings, QStringLiteral("timeoutSeconds"), p.timeoutSeconds,
                                      RequestLimits::minTimeoutSeconds, RequestLimits::maxTimeoutSeconds);
    p.deadlineSeconds = boundedSeconds(*m_settings, QStringLiteral("deadlineSeconds"), p.deadlineSeconds,
                                       RequestLimits::minDeadlineSeconds, RequestLimits::maxDeadlineSeconds);
    m_settings->endGroup();
    if (!exists)
        return std::nullopt;
    return p;
}

std::optional<Profile> ProfileStore::find(const QString& idOrName) const
{
    if (auto byId = profile(idOrName))
        return byId;
    for (const Profile& p : profiles()) {
        if (p.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString ProfileStore::save(Profile p)
{
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings->beginGroup(group + QLatin1Char('/') + p.id);
    m_settings->setValue(QStringLiteral("name"), p.name);
    m_settings->setValue(QStringLiteral("baseUrl"), p.baseUrl.toString());
    m_settings->setValue(QStringLiteral("dialect"), p.dialect);
    m_settings->setValue(QStringLiteral("identity"), p.identity);
    m_settings->setValue(QStringLiteral("settings"), p.settings);
    m_settings->setValue(QStringLiteral("pinnedCertificate"), p.pinnedCertificate.toHex());
    m_settings->setValue(QStringLiteral("rememberPassword"), p.rememberPassword);
    m_settings->setValue(QStringLiteral("proxy"), withoutCredentials(p.proxy));
    m_settings->setValue(QStringLiteral("caBundlePath"), p.caBundlePath);
    m_settings->setValue(QStringLiteral("timeoutSeconds"), p.timeoutSeconds);
    m_settings->setValue(QStringLiteral("deadlineSeconds"), p.deadlineSeconds);
    m_settings->endGroup();
    m_settings->sync();
    emit profilesChanged();
    return p.id;
}

Profile ProfileStore::duplicate(const QString& id)
{
    Profile copy = profile(id).value_or(Profile());
    copy.id.clear();
    copy.name = QCoreApplication::translate("ProfileStore", "%1 (copy)").arg(copy.name);
    copy.pinnedCertificate.clear(); // trust is given per profile, after the user has seen the certificate
    copy.id = save(copy);
    return copy;
}

void ProfileStore::remove(const QString& id)
{
    m_settings->remove(group + QLatin1Char('/') + id);
    if (currentProfileId() == id)
        m_settings->remove(QStringLiteral("currentProfile"));
    m_settings->sync();
    emit profileRemoved(id);
    emit profilesChanged();
}

QString ProfileStore::currentProfileId() const
{
    return m_settings->value(QStringLiteral("currentProfile")).toString();
}

void ProfileStore::setCurrentProfileId(const QString& id)
{
    m_settings->setValue(QStringLiteral("currentProfile"), id);
}
