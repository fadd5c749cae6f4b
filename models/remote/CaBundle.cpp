#include "CaBundle.h"

#include <QDir>
#include <QFile>

namespace {
// A bundle is a few certificates; anything far larger is not one (and is not read whole).
constexpr qint64 maxBundleBytes = 16 * 1024 * 1024;
} // namespace

CaBundle CaBundle::load(const QString& path)
{
    CaBundle bundle;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (path.trimmed().isEmpty()) {
        bundle.problem = tr("No CA bundle file was given.");
        return bundle;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        bundle.problem = tr("The CA bundle %1 cannot be read: %2").arg(shown, file.errorString());
        return bundle;
    }
    if (file.size() > maxBundleBytes) {
        bundle.problem = tr("The CA bundle %1 is too large to be a list of certificates.").arg(shown);
        return bundle;
    }
    bundle.certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (bundle.certificates.isEmpty())
        bundle.problem =
            tr("The CA bundle %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).").arg(shown);
    return bundle;
}
