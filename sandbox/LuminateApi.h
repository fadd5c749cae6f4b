#pragma once
// Luminate Data's authentication (seed 003): an API key plus form credentials at /auth give a
// 24 h token; data calls need both `x-api-key` and `authorization: <token>`. Nothing more: the
// document covers authentication only, so no user management is invented here.

#include "ApiHandler.h"

class LuminateApi : public ApiHandler
{
public:
    using ApiHandler::ApiHandler;
    QString prefix() const override { return QStringLiteral("luminate"); }
    SandboxReply handle(const SandboxRequest& request) override;

private:
    static SandboxReply unauthorized(const QString& code, const QString& message);
};
