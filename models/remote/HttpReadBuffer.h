#pragma once

#include <QEvent>
#include <QtGlobal>

class QObject;

// How much of a reply Qt may hold before ApiClient takes it, and the one way that size reaches
// Qt's HTTP thread before the answer does.
//
// A reply's read buffer is what stops Qt's HTTP thread from reading a body without a length
// (chunked, or until the connection closes) as fast as it comes, deaf to the abort meanwhile.
// But that thread's delegate (QHttpThreadDelegate, Qt 6.4 to 6.8) drops a size that reaches it
// before it started the request, and a size sent right after the start waits in its event queue
// behind the answer whenever the caller's thread is held off in between (a loaded machine).
// Qt 6 hands every event in every thread to QCoreApplication::notify(), so the application
// (ReadBufferedApplication) gives the size to the delegate in the HTTP thread itself, right
// after the first call Qt makes into it: the start of the request, before the socket is read.
//
// The contract: every reply in such an application sets the same size on its own side too
// (ApiClient does), since Qt's reply tells the delegate "read on" only when it has a size.
class HttpReadBuffer
{
public:
    static constexpr qint64 chunkBytes = 1024 * 1024;

    // Whether the receiver of a posted call is Qt's HTTP thread delegate.
    static bool isHttpThreadDelegate(const QObject* receiver);

    // Hands chunkBytes to the delegate once, in its own thread, after Qt's first call into it.
    static void applyOnce(QObject* delegate);
};
