#pragma once
// One stored field's UTF-8 bytes, as UserRowStore hands them out: a view into its arena, or,
// where the store keeps a text in two parts (an email whose domain is interned), the parts
// joined in a buffer of its own. It is neither copied nor moved, and its view() is only good
// while it lives (and while the store is not cleared): use it within the expression that asked
// for it, or bind the FieldBytes itself to a local, never its view. There is no implicit
// conversion to QByteArrayView, so that a view cannot be kept by accident.

#include <QByteArrayView>
#include <QVarLengthArray>

class FieldBytes
{
public:
    explicit FieldBytes(QByteArrayView bytes)
        : m_view(bytes)
    {
    }
    FieldBytes(QByteArrayView head, char joint, QByteArrayView tail)
    {
        m_joined.reserve(head.size() + 1 + tail.size());
        m_joined.append(head.data(), head.size());
        m_joined.append(joint);
        m_joined.append(tail.data(), tail.size());
        m_view = QByteArrayView(m_joined.constData(), m_joined.size());
    }
    FieldBytes(const FieldBytes&) = delete;
    FieldBytes& operator=(const FieldBytes&) = delete;

    QByteArrayView view() const { return m_view; }

private:
    QVarLengthArray<char, 96> m_joined;
    QByteArrayView m_view;
};
