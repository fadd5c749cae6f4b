#include "HttpReadBuffer.h"

#include <QMetaMethod>
#include <QObject>
#include <QVariant>

namespace {

// Qt's private class and its public slot: the same names from Qt 6.4 to 6.8. Should a later Qt
// rename them, nothing is applied and the size sent from the reply's side is all there is
// (tst_HttpReadBuffer then fails).
constexpr char delegateClass[] = "QHttpThreadDelegate";
constexpr char sizeSlot[] = "readBufferSizeChanged(qint64)";
constexpr char appliedProperty[] = "authdeskReadBufferApplied";

} // namespace

bool HttpReadBuffer::isHttpThreadDelegate(const QObject* receiver)
{
    return qstrcmp(receiver->metaObject()->className(), delegateClass) == 0;
}

void HttpReadBuffer::applyOnce(QObject* delegate)
{
    if (delegate->property(appliedProperty).toBool())
        return;
    delegate->setProperty(appliedProperty, true);
    const QMetaObject* meta = delegate->metaObject();
    const int index = meta->indexOfSlot(sizeSlot);
    if (index >= 0)
        meta->method(index).invoke(delegate, Qt::DirectConnection, Q_ARG(qint64, chunkBytes));
}
