#pragma once
// UTC as QDateTime takes it, for every date the console, the sandbox and the tests make:
// QDateTime::fromSecsSinceEpoch(seconds, Utc::zone), QDateTime(date, time, Utc::zone).
//
// Qt 6.8 warns that the Qt::TimeSpec overloads go in Qt 6.9 ("Pass QTimeZone instead"); since
// Qt 6.5 QTimeZone::UTC stands for what Qt::UTC did. Qt 6.4 has no such value: its only
// QTimeZone for UTC, QTimeZone::utc(), is a time zone backend that every QDateTime made with it
// goes through, ten to twenty times slower (measured here: 1.2 us instead of 58 ns to make one
// from seconds), and it writes ISO dates with "+00:00" instead of "Z". The users table and the
// cache make a date per row, so Qt 6.4 keeps Qt::UTC. Both give the same QDateTime.

#include <QTimeZone>
#include <QtGlobal>

namespace Utc {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
inline constexpr QTimeZone::Initialization zone = QTimeZone::UTC;
#else
inline constexpr Qt::TimeSpec zone = Qt::UTC;
#endif
} // namespace Utc
