#include "BatchInsert.h"

#include <QSqlError>

namespace {
// SQLITE_STATIC: the bytes stay where they are until the statement has run (they are held by
// m_values); SQLITE_TRANSIENT: SQLite copies them.
void (*const staticData)(void*) = nullptr;
void (*const transientData)(void*) = reinterpret_cast<void (*)(void*)>(-1);
} // namespace

BatchInsert::BatchInsert(const QSqlDatabase& db, const QString& head, int columns, int rowsPerStatement)
    : m_db(db)
    , m_api(SqliteApi::of(db))
    , m_head(head)
    , m_columns(columns)
    , m_rowsPerStatement(rowsPerStatement)
    , m_values(size_t(columns) * size_t(rowsPerStatement))
{
    m_names.reserve(qsizetype(m_values.size()));
    for (size_t i = 0; i < m_values.size(); ++i)
        m_names << QStringLiteral(":v") + QString::number(i);
}

BatchInsert::~BatchInsert()
{
    release(m_full);
}

void BatchInsert::bindShared(const QString& placeholder, const QVariant& value)
{
    m_shared.append(qMakePair(placeholder, value));
}

bool BatchInsert::queued()
{
    if (++m_queued < m_rowsPerStatement)
        return true;
    if (m_full.rows == 0 && !prepare(m_full, m_rowsPerStatement))
        return false;
    return run(m_full);
}

bool BatchInsert::finish()
{
    if (m_queued == 0)
        return true;
    // The last, shorter batch gets a statement of its own size.
    Statement tail;
    const bool done = prepare(tail, m_queued) && run(tail);
    release(tail);
    return done;
}

bool BatchInsert::prepare(Statement& statement, int rows)
{
    QString sql = m_head + QStringLiteral(" (VALUES ");
    for (int r = 0; r < rows; ++r) {
        sql += r == 0 ? QStringLiteral("(") : QStringLiteral(",(");
        for (int c = 0; c < m_columns; ++c) {
            if (c > 0)
                sql += QLatin1Char(',');
            sql += m_names.at(r * m_columns + c);
        }
        sql += QLatin1Char(')');
    }
    sql += QLatin1Char(')');
    statement.rows = rows;

    if (m_api) {
        const QByteArray utf8 = sql.toUtf8();
        if (m_api->prepare(m_api->db, utf8.constData(), int(utf8.size()), &statement.native, nullptr) !=
            SqliteApi::ok)
            return nativeFailed();
        // Shared values are bound once: reset keeps bindings.
        for (const auto& [name, value] : m_shared) {
            const int index = m_api->parameterIndex(statement.native, name.toUtf8().constData());
            if (index == 0 || !bindNative(statement.native, index, value))
                return nativeFailed();
        }
        statement.indexes.resize(size_t(rows * m_columns));
        for (int i = 0; i < rows * m_columns; ++i)
            statement.indexes[size_t(i)] =
                m_api->parameterIndex(statement.native, m_names.at(i).toLatin1().constData());
        return true;
    }
    statement.query.emplace(m_db);
    if (!statement.query->prepare(sql)) {
        m_error = statement.query->lastError().text();
        return false;
    }
    return true;
}

bool BatchInsert::run(Statement& statement)
{
    const int count = statement.rows * m_columns;
    m_queued = 0;
    if (m_api) {
        for (int i = 0; i < count; ++i) {
            if (!bindNative(statement.native, statement.indexes[size_t(i)], m_values[size_t(i)]))
                return nativeFailed();
        }
        const bool done = m_api->step(statement.native) == SqliteApi::done || nativeFailed();
        m_api->reset(statement.native);
        return done;
    }
    QSqlQuery& query = *statement.query;
    for (const auto& [name, value] : m_shared)
        query.bindValue(name, value);
    for (int i = 0; i < count; ++i)
        query.bindValue(m_names.at(i), m_values[size_t(i)]);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

bool BatchInsert::bindNative(sqlite3_stmt* statement, int index, const QVariant& value)
{
    int result = SqliteApi::ok;
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray& bytes = *static_cast<const QByteArray*>(value.constData());
        result = bytes.isNull()
                     ? m_api->bindNull(statement, index)
                     : m_api->bindBlob(statement, index, bytes.constData(), int(bytes.size()), staticData);
        break;
    }
    case QMetaType::QString: {
        const QByteArray utf8 = value.toString().toUtf8();
        result = m_api->bindText(statement, index, utf8.constData(), int(utf8.size()), transientData);
        break;
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        result = m_api->bindInt64(statement, index, value.toLongLong());
        break;
    default:
        result = value.isNull() ? m_api->bindNull(statement, index) : -1;
    }
    return result == SqliteApi::ok;
}

bool BatchInsert::nativeFailed()
{
    m_error = QString::fromUtf8(m_api->errmsg(m_api->db));
    return false;
}

void BatchInsert::release(Statement& statement)
{
    if (m_api && statement.native)
        m_api->finalize(statement.native);
    statement.native = nullptr;
}
