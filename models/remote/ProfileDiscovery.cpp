#include "ProfileDiscovery.h"

#include "DialectRegistry.h"
#include "ErrorMapping.h"

#include <QCoreApplication>
#include <QTimer>

ProfileDiscovery::ProfileDiscovery(QObject* parent)
    : QObject(parent)
    , m_client(new ApiClient(this))
{
}

void ProfileDiscovery::cancel()
{
    m_client->cancelAll();
}

void ProfileDiscovery::discover(const Profile& draft, QObject* context, Callback done)
{
    cancel();
    const QUrl base = OidcDiscovery::documentBase(draft.baseUrl);
    if (!base.isValid()) {
        const ApiError error = ApiError::make(
            ApiError::Kind::Validation,
            QCoreApplication::translate("ProfileDiscovery",
                                        "Type the server's address (http:// or https://) or its OpenID "
                                        "Connect issuer as the base URL first."));
        QTimer::singleShot(0, context, [done, error] { done(error); });
        return;
    }
    Profile fetchFrom = draft;
    fetchFrom.baseUrl = base;
    m_client->configure(fetchFrom);
    HttpRequest request = HttpRequest::get(OidcDiscovery::documentPath());
    request.authenticated = false; // a public document: no session exists yet
    // The draft's own server type reads the error body, or a plain one when none is chosen.
    const auto dialect = DialectRegistry::create(draft.dialect);
    m_client->send(request, context, [draft, dialect, done = std::move(done)](const HttpResponse& response) {
        const ApiError error = dialect ? dialect->errorOf(response)
                                       : (response.isSuccess() ? ApiError() : ErrorMapping::fromResponse(response, {}));
        if (!error.isNone()) {
            done(error);
            return;
        }
        const Result<OidcDiscovery> server = OidcDiscovery::parse(response);
        if (!server.ok()) {
            done(server.error());
            return;
        }
        done(Found{server.value(), DialectRegistry::profileFromDiscovery(server.value(), draft)});
    });
}
