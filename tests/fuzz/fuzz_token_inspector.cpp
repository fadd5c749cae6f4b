// The token inspector's decoding of whatever a server handed out as a token: JWT segments in
// base64url, JSON header and claims, times and scopes, Nebula's ak_ keys, opaque strings.

#include "remote/TokenInspector.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString token = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const TokenReport report = TokenInspector::inspect(token);
    if (report.kind == TokenReport::Kind::Empty && !token.trimmed().isEmpty())
        qFatal("a token that is not empty was reported as empty");

    AuthState state;
    state.accessToken = token;
    state.scopes = {QStringLiteral("openid")};
    (void)TokenInspector::inspect(state);
    return 0;
}
