#pragma once

#include "HttpReadBuffer.h"

#include <QPointer>

// The application (QCoreApplication for the CLI, QApplication for the console) that gives Qt's
// HTTP thread each reply's read buffer in time: see HttpReadBuffer. Qt 6 calls notify() for the
// events of every thread; it only looks further at the calls posted to Qt's HTTP delegate.
template <class Application>
class ReadBufferedApplication : public Application
{
public:
    using Application::Application;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (event->type() != QEvent::MetaCall || !HttpReadBuffer::isHttpThreadDelegate(receiver))
            return Application::notify(receiver, event);
        // A call nested in another into a delegate is a synchronous request's own start, run
        // inside the outer call's event loop: the size is for asynchronous replies only.
        static thread_local int delegateCalls = 0;
        const QPointer<QObject> delegate(receiver);
        ++delegateCalls;
        const bool handled = Application::notify(receiver, event);
        --delegateCalls;
        if (delegate && delegateCalls == 0)
            HttpReadBuffer::applyOnce(delegate);
        return handled;
    }
};
