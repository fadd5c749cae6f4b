#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

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
    auto* appTranslator = new QTranslator(app);
    if (appTranslator->load(locale, QStringLiteral("authdesk"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")) ||
        appTranslator->load(QStringLiteral(":/i18n/authdesk_en.qm")))
        QCoreApplication::installTranslator(appTranslator);
    else
        delete appTranslator;
}
