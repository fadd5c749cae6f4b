#pragma once
// One stored field's UTF-8 bytes, as UserRowStore hands them out: a view into its arena, or,
// where the store keeps a text in parts (an email whose domain is interned, whose local part
// may end as the username does), the parts joined in a buffer of its own. It is neither copied
// nor moved, and its view() is only good while it lives (and while the store is not cleared):
// use it within the expression that asked for it, or bind the FieldBytes itself to a local,
// never its view. There is no implicit conversion to QByteArrayView, so that a view cannot be
// kept by accident.

#include <QByteArrayView>
#include <QVarLengthArray>
#include <initializer_list>

class FieldBytes
{
public:
    explicit FieldBytes(QByteArrayView bytes)
        : m_view(bytes)
    {
    }
    explicit FieldBytes(std::initializer_list<QByteArrayView> parts)
    {
        qsizetype size = 0;
        for (const QByteArrayView part : parts)
            size += part.size();
        m_joined.reserve(size);
        for (const QByteArrayView part : parts)
            m_joined.append(part.data(), part.size());
        m_view = QByteArrayView(m_joined.constData(), m_joined.size());
    }
    FieldBytes(const FieldBytes&) = delete;
    FieldBytes& operator=(const FieldBytes&) = delete;

    QByteArrayView view() const { return m_view; }

private:
    QVarLengthArray<char, 96> m_joined;
    QByteArrayView m_view;
};
