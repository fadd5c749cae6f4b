#!/usr/bin/env python3
"""Records what a real Keycloak answers to the calls the Keycloak dialect makes, as fixtures.

    build/tests/peers/keycloak/keycloak-peer run --state /tmp/kc.json &   # a fresh server
    tests/dialects/data/keycloak/record.py /tmp/kc.json

Every request is made with curl against the peer's realm (authdesk, as imported from
tests/peers/keycloak/realm/authdesk-realm.json), in an order that leaves the seed as it found it
except for what the calls themselves show. Each answer with a body is written to NAME.json in
this folder, pretty-printed, with tokens, client secrets and this run's passwords replaced by
placeholders (<ACCESS_TOKEN>, <REFRESH_TOKEN>, <ID_TOKEN>, <JWT>, <CLIENT_SECRET>,
<PASSWORD>); ids, timestamps and everything else are kept as the server sent them. The table of
calls in README.md (between its calls markers) is rewritten from what was seen, so the README
always describes the files next to it. A developer tool: CI never runs it.
"""
import json
import os
import re
import subprocess
import sys
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
REALM = "authdesk"
STATE = json.load(open(sys.argv[1])) if len(sys.argv) == 2 else sys.exit(__doc__)
BASE = STATE["baseUrl"]
SECRETS = {
    STATE["masterAdminPassword"]: "<PASSWORD>",
    STATE["realmAdminPassword"]: "<PASSWORD>",
    STATE["serviceClientSecret"]: "<CLIENT_SECRET>",
    "keycloak-peer-user": "<PASSWORD>",
}
NOTABLE_HEADERS = ("location", "www-authenticate", "retry-after", "content-type")
rows = []
written = set()


class Reply:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body) if self.body.strip() else None


def curl(method, path, token=None, body=None, form=None, raw=None, headers=()):
    url = path if path.startswith("http") else BASE + path
    args = ["curl", "-s", "-i", "-X", method, url]
    if token:
        args += ["-H", f"Authorization: Bearer {token}"]
    for h in headers:
        args += ["-H", h]
    if body is not None:
        args += ["-H", "Content-Type: application/json", "--data-binary", json.dumps(body)]
    if raw is not None:
        args += ["-H", "Content-Type: application/json", "--data-binary", raw]
    if form is not None:
        for key, value in form.items():
            args += ["--data-urlencode", f"{key}={value}"]
    out = subprocess.run(args, capture_output=True, check=True).stdout
    head, _, payload = out.partition(b"\r\n\r\n")
    while head.startswith(b"HTTP/1.1 100"):
        head, _, payload = payload.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    hdrs = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        hdrs[name.strip().lower()] = value.strip()
    return Reply(status, hdrs, payload.decode("utf-8"))


JWT = re.compile(r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")


def redact(value, key=None):
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k in ("access_token", "refresh_token", "id_token") and isinstance(v, str):
                out[k] = f"<{k.upper()}>"
            elif k in ("secret", "client_secret") and isinstance(v, str) and v and not v.startswith("*"):
                out[k] = "<CLIENT_SECRET>"
            elif k == "value" and value.get("type") == "secret":
                out[k] = "<CLIENT_SECRET>"
            else:
                out[k] = redact(v, k)
        return out
    if isinstance(value, list):
        return [redact(v) for v in value]
    if isinstance(value, str):
        for secret, placeholder in SECRETS.items():
            value = value.replace(secret, placeholder)
        # The port changes with every run; a fixed one keeps the fixtures' diffs to what matters.
        value = value.replace(BASE, "http://127.0.0.1:8080")
        return JWT.sub("<JWT>", value)
    return value


def record(name, method, path, note, reply=None, **kwargs):
    """Makes the call (unless reply is given), saves the body as NAME.json, adds a table row."""
    r = reply or curl(method, path, **kwargs)
    shown_path = path.replace(BASE, "")
    for uuid_like, label in IDS.items():
        shown_path = shown_path.replace(uuid_like, label)
    file = ""
    if r.body.strip():
        try:
            parsed = json.loads(r.body)
            text = json.dumps(redact(parsed), indent=2, ensure_ascii=False) + "\n"
        except json.JSONDecodeError:
            parsed = None
            text = redact(r.body)
        # Keycloak answers a few calls with a page for browsers: kept as such.
        extension = ".json" if parsed is not None else ".html"
        assert name not in written, name
        written.add(name)
        with open(os.path.join(HERE, name + extension), "w", encoding="utf-8") as f:
            f.write(text)
        file = f"`{name}{extension}`"
    notable = []
    for h in NOTABLE_HEADERS:
        if h in r.headers and not (h == "content-type" and r.headers[h].startswith("application/json")):
            value = r.headers[h].replace(BASE, "http://127.0.0.1:8080")
            for uuid_like, label in IDS.items():
                value = value.replace(uuid_like, label)
            notable.append(f"{h}: {value}")
    rows.append((file or "(no body)", method, shown_path, str(r.status), "; ".join(notable), note))
    print(f"{r.status} {method} {shown_path} -> {file or 'no body'}", file=sys.stderr)
    return r


IDS = {}  # ids shown in the table by name instead of by value


def token(username, password, client="admin-cli", realm=REALM, **extra):
    form = {"grant_type": "password", "client_id": client, "username": username, "password": password}
    form.update(extra)
    return curl("POST", f"/realms/{realm}/protocol/openid-connect/token", form=form)


_admin = {"token": None, "at": 0}


def admin():
    """The realm admin's access token, renewed well before its five minutes are up."""
    if time.time() - _admin["at"] > 120:
        _admin["token"] = token("realm-admin", STATE["realmAdminPassword"]).json()["access_token"]
        _admin["at"] = time.time()
    return _admin["token"]


def api(method, path, **kwargs):
    return curl(method, f"/admin/realms/{REALM}{path}", token=admin(), **kwargs)


def rec(name, method, path, note, **kwargs):
    return record(name, method, f"/admin/realms/{REALM}{path}", note, token=kwargs.pop("token", None) or admin(), **kwargs)


def user_id(username):
    found = api("GET", "/users?exact=true&briefRepresentation=true&username=" + urllib.parse.quote(username)).json()
    return found[0]["id"]


def role(name):
    r = api("GET", f"/roles/{name}").json()
    return {"id": r["id"], "name": r["name"]}


TOKEN_PATH = f"/realms/{REALM}/protocol/openid-connect/token"
OIDC = f"/realms/{REALM}/protocol/openid-connect"


def tokens():
    r = record("token-password", "POST", TOKEN_PATH,
               "password grant, client_id=admin-cli (public), realm admin; form-encoded",
               form={"grant_type": "password", "client_id": "admin-cli", "username": "realm-admin",
                     "password": STATE["realmAdminPassword"]})
    refresh = r.json()["refresh_token"]
    access = r.json()["access_token"]
    record("token-password-invalid", "POST", TOKEN_PATH, "wrong password (or unknown user): 400, not 401",
           form={"grant_type": "password", "client_id": "admin-cli", "username": "nobody", "password": "wrong"})
    record("token-client-credentials", "POST", TOKEN_PATH,
           "client_credentials with client_id + client_secret in the form; no refresh token",
           form={"grant_type": "client_credentials", "client_id": "authdesk-service",
                 "client_secret": STATE["serviceClientSecret"]})
    record("token-client-credentials-bad-secret", "POST", TOKEN_PATH, "wrong client secret",
           form={"grant_type": "client_credentials", "client_id": "authdesk-service", "client_secret": "wrong"})
    r = record("token-refresh", "POST", TOKEN_PATH, "refresh_token grant; a new refresh token each time",
               form={"grant_type": "refresh_token", "client_id": "admin-cli", "refresh_token": refresh})
    refresh = r.json()["refresh_token"]
    record("token-refresh-wrong-client", "POST", TOKEN_PATH, "a refresh token belongs to its client",
           form={"grant_type": "refresh_token", "client_id": "authdesk-console", "refresh_token": refresh})
    record("token-revoke-refresh", "POST", f"{OIDC}/revoke",
           "RFC 7009 revoke of the refresh token (client_id=admin-cli, token_type_hint=refresh_token)",
           form={"client_id": "admin-cli", "token": refresh, "token_type_hint": "refresh_token"})
    record("token-refresh-after-revoke", "POST", TOKEN_PATH, "the revoked refresh token",
           form={"grant_type": "refresh_token", "client_id": "admin-cli", "refresh_token": refresh})
    record("token-revoke-unknown", "POST", f"{OIDC}/revoke", "an unknown token: still 200",
           form={"client_id": "admin-cli", "token": "not-a-token"})
    # The access token of the revoked session: revoking a refresh token ends its session.
    record("admin-after-refresh-revoked", "GET", f"/admin/realms/{REALM}/users/count",
           "the access token of that session, after its refresh token was revoked", token=access)
    r = token("realm-admin", STATE["realmAdminPassword"]).json()
    record("token-revoke-access", "POST", f"{OIDC}/revoke", "revoking an access token",
           form={"client_id": "admin-cli", "token": r["access_token"], "token_type_hint": "access_token"})
    record("admin-after-access-revoked", "GET", f"/admin/realms/{REALM}/users/count",
           "the revoked access token on the admin API", token=r["access_token"])
    record("token-refresh-after-access-revoked", "POST", TOKEN_PATH,
           "that session's refresh token, after its access token was revoked",
           form={"grant_type": "refresh_token", "client_id": "admin-cli", "refresh_token": r["refresh_token"]})
    r = token("realm-admin", STATE["realmAdminPassword"]).json()
    record("token-logout", "POST", f"{OIDC}/logout",
           "back-channel logout with client_id + refresh_token (form): ends the session",
           form={"client_id": "admin-cli", "refresh_token": r["refresh_token"]})
    record("token-refresh-after-logout", "POST", TOKEN_PATH, "the logged-out session's refresh token",
           form={"grant_type": "refresh_token", "client_id": "admin-cli", "refresh_token": r["refresh_token"]})
    record("admin-after-logout", "GET", f"/admin/realms/{REALM}/users/count",
           "the logged-out session's access token on the admin API", token=r["access_token"])
    record("token-logout-without-refresh-token", "POST", f"{OIDC}/logout", "logout without a refresh token",
           form={"client_id": "admin-cli"})
    record("openid-configuration", "GET", f"/realms/{REALM}/.well-known/openid-configuration", "discovery")
    r = token("realm-admin", STATE["realmAdminPassword"]).json()
    record("introspect-public-client", "POST", f"{OIDC}/token/introspect",
           "introspection by admin-cli (public): refused",
           form={"client_id": "admin-cli", "token": r["access_token"]})
    record("introspect-not-in-audience", "POST", f"{OIDC}/token/introspect",
           "a confidential client (authdesk-service) introspecting a token whose aud lacks it",
           form={"client_id": "authdesk-service", "client_secret": STATE["serviceClientSecret"],
                 "token": r["access_token"]})
    user = token("alice.martin", "keycloak-peer-user", client="authdesk-console").json()
    record("introspect", "POST", f"{OIDC}/token/introspect",
           "authdesk-service introspecting a token of authdesk-console, whose audience mapper adds it",
           form={"client_id": "authdesk-service", "client_secret": STATE["serviceClientSecret"],
                 "token": user["access_token"]})
    curl("POST", f"{OIDC}/logout", form={"client_id": "authdesk-console", "refresh_token": user["refresh_token"]})
    record("introspect-inactive", "POST", f"{OIDC}/token/introspect", "an unknown token",
           form={"client_id": "authdesk-service", "client_secret": STATE["serviceClientSecret"],
                 "token": "not-a-token"})
    record("introspect-refresh-token", "POST", f"{OIDC}/token/introspect", "a refresh token",
           form={"client_id": "authdesk-service", "client_secret": STATE["serviceClientSecret"],
                 "token": r["refresh_token"], "token_type_hint": "refresh_token"})


def listing():
    rec("users-brief", "GET", "/users?first=0&max=3&briefRepresentation=true",
        "first page, brief: no attributes, requiredActions, totp")
    rec("users-full", "GET", "/users?first=0&max=3&briefRepresentation=false", "the same page, full (the default)")
    rec("users-page-2", "GET", "/users?first=3&max=3&briefRepresentation=true",
        "the next page: ordered by username, stable")
    rec("users-search", "GET", "/users?search=anna&briefRepresentation=true",
        "search: prefix of username, email, first or last name, case-insensitive")
    rec("users-search-infix", "GET", "/users?search=*nna&briefRepresentation=true", "search with a leading *: infix")
    rec("users-search-exact", "GET", "/users?search=%22anna.schmidt%22&briefRepresentation=true",
        "search in double quotes: exact")
    rec("users-search-none", "GET", "/users?search=nna", "no prefix match: an empty array")
    rec("users-exact-username", "GET", "/users?exact=true&username=anna.schmidt", "exact username")
    rec("users-username-infix", "GET", "/users?username=nna&briefRepresentation=true",
        "username= without exact: infix (contains)")
    rec("users-q", "GET", "/users?q=department:Legal&briefRepresentation=true",
        "q=key:value: exact attribute value")
    rec("users-q-two", "GET", "/users?q=department:Engineering%20locations:Remote&briefRepresentation=true",
        "two q conditions, space-separated: both must hold")
    rec("users-q-undeclared", "GET", "/users?q=costCenter:CC-LEG-101",
        "an undeclared attribute: found, yet absent from the representation")
    rec("users-disabled", "GET", "/users?enabled=false&briefRepresentation=true", "enabled=false")
    rec("users-enabled", "GET", "/users?enabled=true&briefRepresentation=true&first=0&max=100",
        "enabled=true: the service account's user is listed here")
    rec("users-email-verified-false", "GET", "/users?emailVerified=false&briefRepresentation=true",
        "emailVerified=false: service account included")
    for name, query, note in [
        ("users-count", "", "count: a bare number; service accounts not counted"),
        ("users-count-search", "?search=anna", "count with search"),
        ("users-count-q", "?q=department:Legal", "count with q"),
        ("users-count-disabled", "?enabled=false", "count with enabled=false"),
        ("users-count-enabled", "?enabled=true", "count with enabled=true: counts the service account"),
        ("users-count-username", "?username=nna", "count with username (infix)"),
    ]:
        rec(name, "GET", "/users/count" + query, note)
    alice = user_id("alice.martin")
    IDS[alice] = "{alice}"
    rec("user", "GET", f"/users/{alice}", "one user, full")
    rec("user-profile-metadata", "GET", f"/users/{alice}?userProfileMetadata=true",
        "with the realm's user profile for this user (attributes, validators, groups)")
    rec("users-profile", "GET", "/users/profile", "the realm's declared user profile and its policy")
    rec("users-profile-metadata", "GET", "/users/profile/metadata", "the profile as metadata (for a create form)")
    rec("user-not-found", "GET", "/users/00000000-0000-0000-0000-000000000000", "unknown id")


def lifecycle():
    body = {"username": "Dora.Probe", "email": "Dora.Probe@Example.NET", "firstName": "Dora", "lastName": "Probe",
            "enabled": True, "emailVerified": False,
            "attributes": {"department": ["Legal"], "employeeNumber": ["E4242"], "locations": ["Paris", "Remote"],
                           "nickname": ["dee"]},
            "requiredActions": ["VERIFY_EMAIL"]}
    r = rec("user-create", "POST", "/users", "201, empty body, Location holds the new id", body=body)
    dora = r.headers["location"].rsplit("/", 1)[1]
    IDS[dora] = "{dora}"
    rec("user-created", "GET", f"/users/{dora}",
        "as created: username and email lower-cased, undeclared nickname dropped")
    rec("user-create-duplicate-username", "POST", "/users", "duplicate username (any case)",
        body={"username": "DORA.probe", "email": "other@example.net", "enabled": True})
    rec("user-create-duplicate-email", "POST", "/users", "duplicate email",
        body={"username": "dora.other", "email": "dora.probe@example.net", "enabled": True})
    rec("user-create-invalid-email", "POST", "/users", "one validation error: field, errorMessage, params",
        body={"username": "bad.email", "email": "not-an-email", "enabled": True})
    rec("user-create-validation-errors", "POST", "/users", "two validation errors: errors[]",
        body={"username": "bad.twice", "email": "bad", "enabled": True, "attributes": {"department": ["Marketing"]}})
    rec("user-create-pattern-error", "POST", "/users", "a pattern validator's own error-message",
        body={"username": "bad.number", "enabled": True, "attributes": {"employeeNumber": ["X1"]}})
    rec("user-create-no-username", "POST", "/users", "no username", body={"email": "nobody@example.net"})
    rec("user-create-unknown-field", "POST", "/users", "a field UserRepresentation does not have",
        body={"username": "unknown.field", "foo": 1})
    rec("user-create-bad-json", "POST", "/users", "malformed JSON", raw='{"username":')
    r = api("POST", "/users", body={"username": "enabled.omitted", "email": "enabled.omitted@example.net"})
    omitted = r.headers["location"].rsplit("/", 1)[1]
    IDS[omitted] = "{enabled.omitted}"
    rec("user-created-without-enabled", "GET", f"/users/{omitted}",
        "created without \"enabled\": the user is DISABLED")
    api("DELETE", f"/users/{omitted}")

    rec("user-update-names-only", "PUT", f"/users/{dora}",
        "PUT without attributes: the other fields and all attributes are kept", body={"firstName": "Dorothea"})
    rec("user-after-update-names-only", "GET", f"/users/{dora}", "after the PUT without attributes")
    rec("user-update-partial-attributes", "PUT", f"/users/{dora}",
        "PUT with attributes but without names/email: attributes REPLACED, names and email CLEARED",
        body={"attributes": {"department": ["Sales"]}})
    rec("user-after-update-partial-attributes", "GET", f"/users/{dora}", "after that PUT: data lost")
    full = api("GET", f"/users/{dora}").json()
    full.update({"firstName": "Dora", "lastName": "Probe", "email": "dora.probe@example.net"})
    full["attributes"] = {"department": ["Legal"], "employeeNumber": ["E4242"], "locations": ["Paris", "Remote"]}
    full["requiredActions"] = []
    rec("user-update-full", "PUT", f"/users/{dora}",
        "the safe way: GET, change, PUT the whole representation", body=full)
    rec("user-after-update-full", "GET", f"/users/{dora}", "after the full PUT")
    # An attribute the user profile does not declare survives a PUT that replaces the others.
    mark = user_id("mark.taylor")
    IDS[mark] = "{mark}"
    seeded = json.load(open(os.path.join(HERE, "../../../peers/keycloak/realm/authdesk-realm.json"), encoding="utf-8"))
    cost_center = next(u for u in seeded["users"] if u["username"] == "mark.taylor")["attributes"]["costCenter"][0]
    marks = api("GET", f"/users/{mark}").json()
    marks["attributes"]["department"] = ["Legal"]
    rec("user-update-attributes-keeps-undeclared", "PUT", f"/users/{mark}",
        "a full PUT of a user who has an undeclared attribute", body=marks)
    rec("users-q-undeclared-after-put", "GET", f"/users?q=costCenter:{cost_center}&briefRepresentation=true",
        "the undeclared attribute is still there (found by q) after that PUT")
    rec("user-update-username", "PUT", f"/users/{dora}", "username is read-only (editUsernameAllowed=false)",
        body={"username": "dora.renamed"})
    rec("user-update-duplicate-email", "PUT", f"/users/{dora}", "another user's email",
        body={"email": "alice.martin@example.org"})
    rec("user-update-invalid-option", "PUT", f"/users/{dora}", "a value outside the options validator",
        body={"firstName": "Dora", "lastName": "Probe", "email": "dora.probe@example.net",
              "attributes": {"department": ["Marketing"]}})
    rec("user-disable", "PUT", f"/users/{dora}", "disable: PUT {\"enabled\": false}", body={"enabled": False})
    rec("user-after-disable", "GET", f"/users/{dora}?briefRepresentation=true", "disabled")
    rec("user-enable", "PUT", f"/users/{dora}", "enable", body={"enabled": True})
    rec("user-reset-password", "PUT", f"/users/{dora}/reset-password",
        "set a temporary password: adds UPDATE_PASSWORD to requiredActions",
        body={"type": "password", "value": "Temporary-Passw0rd", "temporary": True})
    rec("user-after-reset-password", "GET", f"/users/{dora}", "requiredActions after a temporary password")
    rec("user-credentials", "GET", f"/users/{dora}/credentials", "the user's credentials (no secrets)")
    rec("user-reset-password-policy", "PUT", f"/users/{dora}/reset-password",
        "a password the realm's policy (length(8)) refuses",
        body={"type": "password", "value": "short", "temporary": False})
    rec("user-execute-actions-email", "PUT", f"/users/{dora}/execute-actions-email?lifespan=3600",
        "no SMTP configured", body=["UPDATE_PASSWORD"])
    nomail = api("POST", "/users", body={"username": "no.mail", "enabled": True}).headers["location"].rsplit("/", 1)[1]
    IDS[nomail] = "{no.mail}"
    rec("user-execute-actions-email-no-email", "PUT", f"/users/{nomail}/execute-actions-email",
        "a user without email", body=["UPDATE_PASSWORD"])
    rec("user-send-verify-email", "PUT", f"/users/{dora}/send-verify-email", "no SMTP configured")
    api("DELETE", f"/users/{nomail}")
    rec("user-delete", "DELETE", f"/users/{dora}", "204")
    rec("user-after-delete", "GET", f"/users/{dora}", "gone")
    rec("user-delete-again", "DELETE", f"/users/{dora}", "deleting it again")
    rec("required-actions", "GET", "/authentication/required-actions", "the realm's required actions")


def roles():
    rec("roles", "GET", "/roles", "realm roles (brief by default)")
    rec("roles-search", "GET", "/roles?search=aud&first=0&max=10", "search is infix on the name")
    rec("role-composite", "GET", "/roles/helpdesk-lead", "one role: composite flag, no composites list")
    rec("role-composites", "GET", "/roles/helpdesk-lead/composites", "what a composite role contains")
    rec("role-composites-with-client-role", "GET", "/roles/console-operator/composites",
        "a composite holding a client role")
    rec("role-default-composites", "GET", "/roles/default-roles-authdesk/composites",
        "the default roles every user gets")
    rec("role-not-found", "GET", "/roles/nonexistent", "unknown role name")
    rec("role-users", "GET", "/roles/auditor/users?first=0&max=100&briefRepresentation=true",
        "users holding the role directly")
    priya = user_id("priya.raman")
    IDS[priya] = "{priya}"
    rec("user-role-mappings", "GET", f"/users/{priya}/role-mappings", "realm and client mappings of a user")
    rec("user-role-mappings-realm", "GET", f"/users/{priya}/role-mappings/realm", "direct realm roles")
    rec("user-role-mappings-realm-composite", "GET", f"/users/{priya}/role-mappings/realm/composite",
        "effective realm roles: composites expanded, groups' roles included")
    rec("user-role-mappings-realm-available", "GET", f"/users/{priya}/role-mappings/realm/available",
        "realm roles not yet mapped directly")
    mark = user_id("mark.taylor")
    IDS[mark] = "{mark}"
    auditor = role("auditor")
    IDS[auditor["id"]] = "{auditor}"
    rec("role-mapping-add-name-only", "POST", f"/users/{mark}/role-mappings/realm", "name without id: 404",
        body=[{"name": "auditor"}])
    rec("role-mapping-add-id-only", "POST", f"/users/{mark}/role-mappings/realm", "id without name: 404",
        body=[{"id": auditor["id"]}])
    rec("role-mapping-add", "POST", f"/users/{mark}/role-mappings/realm", "id AND name: 204",
        body=[auditor, role("billing")])
    rec("role-mapping-add-again", "POST", f"/users/{mark}/role-mappings/realm", "already mapped: still 204",
        body=[auditor])
    rec("role-mapping-add-object", "POST", f"/users/{mark}/role-mappings/realm", "an object instead of an array",
        body=auditor)
    rec("role-mapping-after-add", "GET", f"/users/{mark}/role-mappings/realm", "after adding two")
    rec("role-mapping-remove", "DELETE", f"/users/{mark}/role-mappings/realm", "remove: the same body, id and name",
        body=[auditor])
    rec("role-mapping-remove-not-mapped", "DELETE", f"/users/{mark}/role-mappings/realm", "a role not mapped: 204",
        body=[auditor])
    rec("role-mapping-remove-empty-array", "DELETE", f"/users/{mark}/role-mappings/realm", "an empty array",
        body=[])
    rec("role-mapping-after-remove", "GET", f"/users/{mark}/role-mappings/realm", "after removing one")
    rec("role-mapping-remove-no-body", "DELETE", f"/users/{mark}/role-mappings/realm",
        "NO body: removes EVERY realm role of the user")
    rec("role-mapping-after-remove-no-body", "GET", f"/users/{mark}/role-mappings/realm",
        "after the DELETE without a body: nothing left, default roles included")
    api("POST", f"/users/{mark}/role-mappings/realm", body=[role("default-roles-authdesk")])

    clients = rec("clients-by-client-id", "GET", "/clients?clientId=reporting-app",
                  "find a client's id (the UUID every client path takes) by clientId").json()
    cid = clients[0]["id"]
    IDS[cid] = "{reporting-app}"
    rec("client-roles", "GET", f"/clients/{cid}/roles", "a client's roles")
    dmitri = user_id("dmitri.ivanov")
    IDS[dmitri] = "{dmitri}"
    rec("user-client-role-mappings", "GET", f"/users/{dmitri}/role-mappings/clients/{cid}", "direct client roles")
    rec("user-client-role-mappings-composite", "GET", f"/users/{dmitri}/role-mappings/clients/{cid}/composite",
        "effective client roles")
    rec("user-client-role-mappings-available", "GET", f"/users/{dmitri}/role-mappings/clients/{cid}/available",
        "client roles not yet mapped")
    viewer = api("GET", f"/clients/{cid}/roles/viewer").json()
    rec("client-role-mapping-add", "POST", f"/users/{dmitri}/role-mappings/clients/{cid}",
        "add a client role: id and name again", body=[{"id": viewer["id"], "name": viewer["name"]}])
    rec("client-role-mapping-remove", "DELETE", f"/users/{dmitri}/role-mappings/clients/{cid}", "remove it",
        body=[{"id": viewer["id"], "name": viewer["name"]}])


def groups():
    rec("groups", "GET", "/groups", "top-level groups only; subGroups empty, subGroupCount says how many")
    rec("groups-full", "GET", "/groups?briefRepresentation=false&first=0&max=2",
        "full: attributes and role mappings too")
    rec("groups-search", "GET", "/groups?search=end", "search (infix): parents with the matching subgroups")
    rec("groups-count", "GET", "/groups/count", "a JSON object {count}, unlike users/count; all levels")
    engineering = api("GET", "/groups?search=Engineering&exact=true").json()[0]
    IDS[engineering["id"]] = "{Engineering}"
    rec("group-children", "GET", f"/groups/{engineering['id']}/children?first=0&max=10", "subgroups of a group")
    rec("group", "GET", f"/groups/{engineering['id']}", "one group")
    backend = next(g for g in api("GET", f"/groups/{engineering['id']}/children").json() if g["name"] == "Backend")
    IDS[backend["id"]] = "{Backend}"
    rec("group-members", "GET", f"/groups/{backend['id']}/members?first=0&max=100&briefRepresentation=true",
        "direct members")
    priya = user_id("priya.raman")
    rec("user-groups", "GET", f"/users/{priya}/groups", "a user's groups: id, name, path")
    rec("user-groups-count", "GET", f"/users/{priya}/groups/count", "how many")
    mark = user_id("mark.taylor")
    rec("user-group-join", "PUT", f"/users/{mark}/groups/{backend['id']}", "join: no body")
    rec("user-group-join-again", "PUT", f"/users/{mark}/groups/{backend['id']}", "join again: 204")
    rec("user-groups-after-join", "GET", f"/users/{mark}/groups", "after joining")
    rec("user-group-leave", "DELETE", f"/users/{mark}/groups/{backend['id']}", "leave")
    rec("user-group-leave-again", "DELETE", f"/users/{mark}/groups/{backend['id']}", "leave again")
    rec("user-group-join-unknown", "PUT", f"/users/{mark}/groups/00000000-0000-0000-0000-000000000000",
        "unknown group")


def sessions():
    alice = user_id("alice.martin")
    console = api("GET", "/clients?clientId=authdesk-console").json()[0]["id"]
    IDS[console] = "{authdesk-console}"
    first = token("alice.martin", "keycloak-peer-user", client="authdesk-console").json()
    token("alice.martin", "keycloak-peer-user", client="admin-cli")
    offline = token("alice.martin", "keycloak-peer-user", client="authdesk-console", scope="openid offline_access").json()
    assert "refresh_token" in offline, offline
    r = rec("user-sessions", "GET", f"/users/{alice}/sessions", "online sessions (three sign-ins, two clients)")
    rec("user-offline-sessions", "GET", f"/users/{alice}/offline-sessions/{console}",
        "offline sessions for one client (by its UUID)")
    rec("client-user-sessions", "GET", f"/clients/{console}/user-sessions?first=0&max=10",
        "a client's online sessions across users")
    rec("client-session-count", "GET", f"/clients/{console}/session-count", "{count}")
    sid = next(s["id"] for s in r.json() if "authdesk-console" in s["clients"].values())
    IDS[sid] = "{session}"
    rec("session-delete", "DELETE", f"/sessions/{sid}", "end one session")
    rec("session-delete-again", "DELETE", f"/sessions/{sid}", "the same session again")
    record("token-refresh-after-session-delete", "POST", TOKEN_PATH, "a refresh token of the deleted session",
           form={"grant_type": "refresh_token", "client_id": "authdesk-console",
                 "refresh_token": first["refresh_token"]})
    rec("user-sessions-after-delete", "GET", f"/users/{alice}/sessions", "one session fewer")
    rec("user-logout", "POST", f"/users/{alice}/logout", "sign the user out everywhere")
    rec("user-sessions-after-logout", "GET", f"/users/{alice}/sessions", "none left")
    rec("user-offline-sessions-after-logout", "GET", f"/users/{alice}/offline-sessions/{console}",
        "offline sessions after POST logout")
    record("token-offline-refresh-after-logout", "POST", TOKEN_PATH, "the offline token after POST logout",
           form={"grant_type": "refresh_token", "client_id": "authdesk-console",
                 "refresh_token": offline["refresh_token"]})
    rec("user-consents", "GET", f"/users/{alice}/consents", "consents, where offline tokens are revoked")
    rec("user-consent-revoke", "DELETE", f"/users/{alice}/consents/authdesk-console",
        "revoke a client's consent and offline tokens (clientId, not UUID)")
    rec("user-offline-sessions-after-consent-revoke", "GET", f"/users/{alice}/offline-sessions/{console}",
        "after the consent was revoked")


def brute_force():
    bruno = user_id("bruno.costa")
    IDS[bruno] = "{bruno}"
    # Failures less than a second apart count as a quick login check and lock the user for a
    # minute at once; spaced out, the realm's failureFactor (5) is what locks.
    token("bruno.costa", "wrong-password")
    time.sleep(1.5)
    token("bruno.costa", "wrong-password")
    rec("brute-force-user", "GET", f"/attack-detection/brute-force/users/{bruno}",
        "after two wrong passwords 1.5 s apart")
    for _ in range(3):
        time.sleep(1.5)
        token("bruno.costa", "wrong-password")
    rec("brute-force-user-locked", "GET", f"/attack-detection/brute-force/users/{bruno}",
        "after five (the realm's failureFactor): temporarily locked")
    token("alice.martin", "wrong-password")
    token("alice.martin", "wrong-password")
    alice = user_id("alice.martin")
    rec("brute-force-user-quick-login", "GET", f"/attack-detection/brute-force/users/{alice}",
        "two failures within a second: locked by the quick login check")
    api("DELETE", f"/attack-detection/brute-force/users/{alice}")
    record("token-password-locked", "POST", TOKEN_PATH, "the right password while locked out",
           form={"grant_type": "password", "client_id": "admin-cli", "username": "bruno.costa",
                 "password": "keycloak-peer-user"})
    rec("user-while-locked", "GET", f"/users/{bruno}", "the user while locked: still enabled")
    rec("users-brief-while-locked", "GET", "/users?exact=true&username=bruno.costa&briefRepresentation=true",
        "the list while locked")
    rec("brute-force-user-clear", "DELETE", f"/attack-detection/brute-force/users/{bruno}", "unlock")
    rec("brute-force-user-after-clear", "GET", f"/attack-detection/brute-force/users/{bruno}", "after unlocking")
    rec("brute-force-unknown-user", "GET", "/attack-detection/brute-force/users/00000000-0000-0000-0000-000000000000",
        "an unknown user id")


def errors():
    record("error-bad-token", "GET", f"/admin/realms/{REALM}/users/count", "a token that is not one",
           token="not-a-token")
    record("error-no-token", "GET", f"/admin/realms/{REALM}/users/count", "no Authorization header")
    helpdesk = token("helpdesk", "keycloak-peer-user").json()["access_token"]
    record("error-forbidden", "POST", f"/admin/realms/{REALM}/users",
           "helpdesk (view-users, query-users, no manage-users) creating a user", token=helpdesk,
           body={"username": "never.created", "enabled": True})
    record("error-forbidden-read", "GET", f"/admin/realms/{REALM}/clients", "helpdesk listing clients",
           token=helpdesk)
    alice = user_id("alice.martin")
    record("user-as-reader", "GET", f"/admin/realms/{REALM}/users/{alice}",
           "a user read by helpdesk: access flags say what it may do", token=helpdesk)
    rec("error-unknown-path", "GET", "/nonexistent", "a path the admin API does not have")
    record("error-unknown-realm", "GET", "/admin/realms/nope/users", "a realm that does not exist", token=admin())
    record("error-wrong-method", "PATCH", f"/admin/realms/{REALM}/users/{alice}", "PATCH is not supported",
           token=admin(), body={"firstName": "Alice"})


def clients():
    body = {"clientId": "apikey-ci", "name": "CI pipeline", "description": "Issued by AuthDesk",
            "enabled": True, "publicClient": False, "clientAuthenticatorType": "client-secret",
            "serviceAccountsEnabled": True, "standardFlowEnabled": False, "directAccessGrantsEnabled": False,
            "implicitFlowEnabled": False, "protocol": "openid-connect"}
    r = rec("client-create", "POST", "/clients", "a confidential client with a service account: 201 + Location",
            body=body)
    cid = r.headers["location"].rsplit("/", 1)[1]
    IDS[cid] = "{apikey-ci}"
    rec("client-create-duplicate", "POST", "/clients", "the same clientId again", body=body)
    rec("client", "GET", f"/clients/{cid}", "the client as created (its secret included)")
    old = rec("client-secret", "GET", f"/clients/{cid}/client-secret", "the current secret").json()["value"]
    SECRETS[old] = "<CLIENT_SECRET>"
    record("client-credentials-apikey", "POST", TOKEN_PATH, "the new client signs in with its secret",
           form={"grant_type": "client_credentials", "client_id": "apikey-ci", "client_secret": old})
    new = rec("client-secret-regenerate", "POST", f"/clients/{cid}/client-secret",
              "a new secret, returned once more").json()["value"]
    SECRETS[new] = "<CLIENT_SECRET>"
    record("client-credentials-old-secret", "POST", TOKEN_PATH, "the previous secret after regeneration",
           form={"grant_type": "client_credentials", "client_id": "apikey-ci", "client_secret": old})
    sa = rec("client-service-account-user", "GET", f"/clients/{cid}/service-account-user",
             "the client's service-account user").json()
    IDS[sa["id"]] = "{service-account-apikey-ci}"
    rec("service-account-role-mappings", "GET", f"/users/{sa['id']}/role-mappings", "what the key may do")
    rec("clients-search", "GET", "/clients?clientId=apikey&search=true&first=0&max=20",
        "clients whose clientId contains apikey")
    rec("client-delete", "DELETE", f"/clients/{cid}", "revoke the key: delete the client")
    rec("service-account-after-client-delete", "GET", f"/users/{sa['id']}", "its user went with it")


def rate_limit():
    statuses = {}
    began = time.time()
    for _ in range(200):
        s = api("GET", "/users/count").status
        statuses[s] = statuses.get(s, 0) + 1
    print(f"200 admin calls in {time.time() - began:.1f} s: {statuses}", file=sys.stderr)
    for _ in range(30):
        s = token("nobody", "wrong").status
        statuses[f"token {s}"] = statuses.get(f"token {s}", 0) + 1
    print(f"then 30 failed sign-ins: {statuses}", file=sys.stderr)
    return statuses


def ordering():
    a = api("GET", "/users?first=0&max=10&briefRepresentation=true").json()
    b = api("GET", "/users?first=10&max=10&briefRepresentation=true").json()
    c = api("GET", "/users?first=0&max=20&briefRepresentation=true").json()
    names = [u["username"] for u in c]
    assert [u["username"] for u in a + b] == names, "pages differ from one longer page"
    assert names == sorted(names), names
    print("users are ordered by username; two pages of 10 equal one page of 20", file=sys.stderr)


def write_readme():
    path = os.path.join(HERE, "README.md")
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else "<!-- calls:begin -->\n<!-- calls:end -->\n"
    table = ["| file | method | path and query | status | notable headers | what it shows |",
             "|---|---|---|---|---|---|"]
    for file, method, p, status, headers, note in rows:
        table.append(f"| {file} | {method} | `{p}` | {status} | {headers} | {note} |")
    begin, end = "<!-- calls:begin -->", "<!-- calls:end -->"
    head, _, rest = text.partition(begin)
    _, _, tail = rest.partition(end)
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + begin + "\n" + "\n".join(table) + "\n" + end + tail)


if __name__ == "__main__":
    for old in os.listdir(HERE):
        if old.endswith(".json") or old.endswith(".html"):
            os.remove(os.path.join(HERE, old))
    tokens()
    listing()
    lifecycle()
    roles()
    groups()
    sessions()
    brute_force()
    errors()
    clients()
    ordering()
    statuses = rate_limit()
    write_readme()
