#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

QString TranslationLoader::directory()
{
    const QString executableDir = QCoreApplication::applicationDirPath();
    // Only an executable inside the build tree reads the build's files: an installed one never
    // picks up whatever a build folder of the same path happens to hold.
    const QString buildTree = QDir::cleanPath(QStringLiteral(AUTHDESK_BUILD_TREE));
    if (executableDir == buildTree || executableDir.startsWith(buildTree + QLatin1Char('/')))
        return QStringLiteral(AUTHDESK_BUILD_TRANSLATIONS);
    return QDir::cleanPath(executableDir + QLatin1Char('/') +
                           QStringLiteral(AUTHDESK_INSTALLED_TRANSLATIONS));
}

void TranslationLoader::install(const QLocale& locale)
{
    QLocale::setDefault(locale);
    QCoreApplication* app = QCoreApplication::instance();
    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    const QString folder = directory();
    auto* appTranslator = new QTranslator(app);
    if (appTranslator->load(locale, QStringLiteral("authdesk"), QStringLiteral("_"), folder) ||
        appTranslator->load(QStringLiteral("authdesk_en"), folder))
        QCoreApplication::installTranslator(appTranslator);
    else
        delete appTranslator;
}
