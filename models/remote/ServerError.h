#pragma once
// What a server's answer says went wrong, as its dialect reads it (Dialect::readError). Only
// what that server's body holds lives here: the server's words and code, the form field they
// concern, and which shared situation they mean. The sentence the user reads is made from it
// by ErrorMapping, the one place that knows every generic sentence; a dialect writes a
// sentence of its own only for what no other server would say (`sentence`).

#include "values/ApiError.h"

#include <QString>

struct ServerError
{
    // Situations every server has, each with one sentence in ErrorMapping.
    enum class Reason {
        None,
        WrongCredentials,  // "Wrong username or password."
        AccountDisabled,   // signed in with an account the server has disabled or banned
        SessionEnded,      // the session or its token expired or was revoked
        CredentialRefused, // an API key or bearer token the server does not accept
        Duplicate,         // what a create or rename names exists already (`field` says which)
        NoSuchEndpoint,    // the base URL leads to no such API (wrong URL, a plugin not enabled)
        ChangedMeanwhile,  // 412: changed on the server since it was loaded
    };

    QString message; // the server's own words, if it gave any
    QString code;    // the server's own code: invalid_grant, USER_ALREADY_EXISTS, a scimType, 00018
    QString field;   // the form field concerned: "username", "email", "password", "roles", ...
    Reason reason = Reason::None;
    // A kind other than the HTTP status says (an OAuth invalid_grant comes as 400 and is a
    // refused sign-in); None: from `reason`, else from the status.
    ApiError::Kind kind = ApiError::Kind::None;
    // What only this server's dialect can explain (a setting in its configuration, a plugin
    // to enable); it wins over every generic sentence.
    QString sentence;
    // The server's words are already the sentence for the user (Glewlwyd's 400 array), not
    // something to quote in one of ErrorMapping's.
    bool messageIsSentence = false;
    // A 2xx whose body says the call failed (Nebula's status:"failed"); ignored otherwise.
    bool failed = false;
};
