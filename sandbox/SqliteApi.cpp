#include "SqliteApi.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <dlfcn.h>
#include <type_traits>

// Where the header is installed, the declarations above are checked against it.
#if __has_include(<sqlite3.h>)
#include <sqlite3.h>
static_assert(SqliteApi::ok == SQLITE_OK && SqliteApi::done == SQLITE_DONE);
static_assert(std::is_same_v<decltype(SqliteApi::prepare), decltype(&sqlite3_prepare_v2)>);
static_assert(std::is_same_v<decltype(SqliteApi::parameterIndex), decltype(&sqlite3_bind_parameter_index)>);
static_assert(std::is_same_v<decltype(SqliteApi::bindInt64), decltype(&sqlite3_bind_int64)>);
static_assert(std::is_same_v<decltype(SqliteApi::bindBlob), decltype(&sqlite3_bind_blob)>);
static_assert(std::is_same_v<decltype(SqliteApi::bindText), decltype(&sqlite3_bind_text)>);
static_assert(std::is_same_v<decltype(SqliteApi::bindNull), decltype(&sqlite3_bind_null)>);
static_assert(std::is_same_v<decltype(SqliteApi::step), decltype(&sqlite3_step)>);
static_assert(std::is_same_v<decltype(SqliteApi::reset), decltype(&sqlite3_reset)>);
static_assert(std::is_same_v<decltype(SqliteApi::finalize), decltype(&sqlite3_finalize)>);
static_assert(std::is_same_v<decltype(SqliteApi::errmsg), decltype(&sqlite3_errmsg)>);
#endif

namespace {

template <typename Function> bool resolve(void* scope, const char* name, Function& function)
{
    function = reinterpret_cast<Function>(dlsym(scope, name));
    return function != nullptr;
}

} // namespace

std::optional<SqliteApi> SqliteApi::of(const QSqlDatabase& database)
{
    if (qEnvironmentVariableIsSet("AUTHDESK_SANDBOX_NO_SQLITE_API"))
        return std::nullopt;
    const QSqlDriver* driver = database.driver();
    const QVariant handle = driver ? driver->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return std::nullopt;
    // The driver's meta-object is defined in the driver's plugin: the file it comes from, opened
    // again, is a scope that searches the plugin and the libraries it was linked with, which is
    // where the plugin's own sqlite3_* functions are.
    Dl_info info{};
    if (dladdr(driver->metaObject(), &info) == 0 || info.dli_fname == nullptr)
        return std::nullopt;
    void* scope = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (scope == nullptr)
        return std::nullopt;
    SqliteApi api;
    const bool found =
        resolve(scope, "sqlite3_prepare_v2", api.prepare) &&
        resolve(scope, "sqlite3_bind_parameter_index", api.parameterIndex) &&
        resolve(scope, "sqlite3_bind_int64", api.bindInt64) &&
        resolve(scope, "sqlite3_bind_blob", api.bindBlob) &&
        resolve(scope, "sqlite3_bind_text", api.bindText) &&
        resolve(scope, "sqlite3_bind_null", api.bindNull) && resolve(scope, "sqlite3_step", api.step) &&
        resolve(scope, "sqlite3_reset", api.reset) && resolve(scope, "sqlite3_finalize", api.finalize) &&
        resolve(scope, "sqlite3_errmsg", api.errmsg);
    // Only drops the reference taken above: Qt keeps the plugin loaded while the driver lives.
    dlclose(scope);
    if (!found)
        return std::nullopt;
    api.db = *static_cast<sqlite3* const*>(handle.constData());
    return api.db ? std::optional<SqliteApi>(api) : std::nullopt;
}
