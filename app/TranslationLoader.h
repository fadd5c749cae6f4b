#pragma once
// Installs the translations of one locale on the running application: Qt's own (qtbase, for
// the texts Qt writes itself, such as QCommandLineParser's) and AuthDesk's .qm files. Without
// an AuthDesk translation for the locale the texts stay English, with English plural forms
// ("1 session", "2 sessions") from authdesk_en. The console and authdesk-cli both use it, so
// both speak the same language for the same locale.

#include <QLocale>
#include <QString>

class TranslationLoader
{
public:
    // Makes `locale` the default one and installs its translators; the application owns them.
    // Call it before the first tr() whose text should be translated (--help's descriptions).
    static void install(const QLocale& locale);

    // The folder holding authdesk_*.qm. Installed, it is share/authdesk/translations found from
    // the executable's own folder (bin/), so a package works under any prefix or unpacked into
    // a chroot; run from the build tree, the folder the build wrote them to.
    static QString directory();
};
