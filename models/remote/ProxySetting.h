#pragma once
// A proxy as a person writes it: a profile's override (empty for the system's, "none" for a
// direct connection, or http://host:port, socks5://host:port, socks5h://host:port), or the
// value of a proxy environment variable, read as curl reads it (no scheme means http://, no
// port means 1080). What Qt cannot speak (an HTTPS or SOCKS4 proxy) is refused with a sentence
// rather than skipped, so a request never goes direct because its proxy was misspelt; a
// profile's proxy refuses credentials too, since profiles are not the place for a password.

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QString>

class ProxySetting
{
    Q_DECLARE_TR_FUNCTIONS(ProxySetting)

public:
    enum class Mode {
        System, // the desktop's settings and the proxy environment variables (EnvironmentProxyFactory)
        Direct, // no proxy at all
        Fixed,  // `proxy`, for every request
    };
    // Where the text came from: a profile needs an explicit scheme and no credentials; an
    // environment variable may leave the scheme out and carry credentials (they stay in memory).
    enum class Source { Profile, Environment };

    static ProxySetting parse(const QString& text, Source source = Source::Profile);

    Mode mode = Mode::System;
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::NoProxy); // what to use when Fixed
    QString problem; // why the text cannot be used, one sentence without the text itself

    bool isValid() const { return problem.isEmpty(); }
    // The word a profile uses for a direct connection.
    static QString directWord() { return QStringLiteral("none"); }
};
