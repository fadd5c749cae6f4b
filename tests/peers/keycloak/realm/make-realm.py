#!/usr/bin/env python3
"""Writes authdesk-realm.json, the realm the Keycloak peer imports at start (data/import).

Run it by hand after changing the people below; the tests only read the JSON it writes, so CI
needs no Python. Everything is deterministic (fixed ids, names and timestamps), so the JSON only
changes where this file does.

Two placeholders are filled in by KeycloakProcess for each run, so no usable secret is kept in
the repository: @REALM_ADMIN_PASSWORD@ (the realm administrator) and @SERVICE_SECRET@ (the
confidential client's secret). Users who sign in during tests get the fixed test-only password
@USER_PASSWORD@; everybody else has no credential at all, because hashing passwords is what
makes an import slow.
"""
import json
import os
import uuid

REALM = "authdesk"
NS = uuid.UUID("6f1c3a52-4a0e-4b55-9a43-2b7d3e0c9a10")


def fixed_id(kind, name):
    return str(uuid.uuid5(NS, f"{kind}:{name}"))


# username, first, last, email domain, department, groups, realm roles, client roles on
# reporting-app, extra: disabled / required actions / password / multi-valued locations
PEOPLE = [
    ("alice.martin", "Alice", "Martin", "example.org", "Engineering", ["/Engineering/Backend"], ["auditor"], ["viewer"], {"password": True, "locations": ["Lyon", "Remote"]}),
    ("bruno.costa", "Bruno", "Costa", "example.org", "Engineering", ["/Engineering/Frontend"], [], ["viewer"], {"password": True}),
    ("chloe.durand", "Chloé", "Durand", "example.com", "Support", ["/Support"], ["support"], [], {}),
    ("dmitri.ivanov", "Dmitri", "Ivanov", "example.org", "Engineering", ["/Engineering/Platform"], ["console-operator"], ["editor"], {}),
    ("emma.schulz", "Emma", "Schulz", "example.de", "Sales", ["/Sales/EMEA"], [], ["viewer"], {"locations": ["Berlin"]}),
    ("farah.haddad", "Farah", "Haddad", "example.com", "Finance", ["/Finance"], ["billing"], ["viewer"], {}),
    ("gustav.berg", "Gustav", "Berg", "example.se", "Sales", ["/Sales/EMEA"], [], [], {"enabled": False}),
    ("hana.sato", "Hana", "Sato", "example.jp", "Engineering", ["/Engineering/Backend"], [], [], {"requiredActions": ["UPDATE_PASSWORD"]}),
    ("ines.moreau", "Inès", "Moreau", "example.fr", "Legal", [], ["auditor"], ["viewer"], {}),
    ("jakub.novak", "Jakub", "Novák", "example.cz", "Engineering", ["/Engineering/Platform"], [], [], {"requiredActions": ["CONFIGURE_TOTP", "UPDATE_PROFILE"]}),
    ("kofi.mensah", "Kofi", "Mensah", "example.com", "Support", ["/Support"], ["support"], [], {}),
    ("lena.fischer", "Lena", "Fischer", "example.de", "Sales", ["/Sales/EMEA"], [], ["viewer"], {"emailVerified": False, "requiredActions": ["VERIFY_EMAIL"]}),
    ("marco.rossi", "Marco", "Rossi", "example.it", "Engineering", ["/Engineering/Frontend"], [], [], {}),
    ("nadia.benali", "Nadia", "Benali", "example.fr", "Legal", [], [], [], {"enabled": False}),
    ("oscar.lindqvist", "Oscar", "Lindqvist", "example.se", "Finance", ["/Finance"], ["billing", "auditor"], ["editor"], {}),
    ("priya.raman", "Priya", "Raman", "example.in", "Engineering", ["/Engineering/Backend", "/Support"], ["helpdesk-lead"], [], {"locations": ["Chennai", "London"]}),
    ("quentin.leroy", "Quentin", "Leroy", "example.fr", "Sales", ["/Sales/Americas"], [], [], {}),
    ("rosa.garcia", "Rosa", "García", "example.es", "Support", ["/Support"], ["support"], [], {}),
    ("samuel.okafor", "Samuel", "Okafor", "example.com", "Engineering", ["/Engineering/Platform"], [], ["viewer"], {}),
    ("tereza.horak", "Tereza", "Horáková", "example.cz", "Finance", ["/Finance"], [], [], {"enabled": False, "requiredActions": ["UPDATE_PASSWORD"]}),
    ("ugo.bianchi", "Ugo", "Bianchi", "example.it", "Sales", ["/Sales/EMEA"], [], [], {}),
    ("valentina.cruz", "Valentina", "Cruz", "example.mx", "Sales", ["/Sales/Americas"], [], ["viewer"], {}),
    ("wei.zhang", "Wei", "Zhang", "example.cn", "Engineering", ["/Engineering/Backend"], [], [], {}),
    ("ximena.lopez", "Ximena", "López", "example.mx", "Legal", [], ["auditor"], [], {}),
    ("yusuf.demir", "Yusuf", "Demir", "example.tr", "Engineering", ["/Engineering/Frontend"], [], [], {"requiredActions": ["VERIFY_EMAIL"], "emailVerified": False}),
    ("zoe.wright", "Zoe", "Wright", "example.co.uk", "Support", ["/Support"], ["support"], [], {}),
    ("anna.kowalska", "Anna", "Kowalska", "example.pl", "Engineering", ["/Engineering/Platform"], [], [], {}),
    ("anna.schmidt", "Anna", "Schmidt", "example.de", "Finance", ["/Finance"], [], [], {}),
    ("annabel.lee", "Annabel", "Lee", "example.com", "Sales", ["/Sales/Americas"], [], [], {"enabled": False}),
    ("martin.alvarez", "Martín", "Álvarez", "example.ar", "Engineering", ["/Engineering/Backend"], [], [], {}),
    ("mariana.silva", "Mariana", "Silva", "example.br", "Support", ["/Support"], [], [], {}),
    ("mark.taylor", "Mark", "Taylor", "example.com", "Legal", [], [], [], {}),
]

DECLARED = ["department", "employeeNumber", "locations"]
# costCenter is stored on every user but not declared in the user profile: Keycloak keeps it,
# finds it with q=costCenter:..., and leaves it out of every representation.
UNDECLARED = "costCenter"


def user(index, person):
    username, first, last, domain, dept, groups, roles, client_roles, extra = person
    u = {
        "id": fixed_id("user", username),
        "username": username,
        "email": f"{username}@{domain}",
        "firstName": first,
        "lastName": last,
        "enabled": extra.get("enabled", True),
        "emailVerified": extra.get("emailVerified", True),
        # Spread over 2024-2025 so that "created" sorts and filters show something real.
        "createdTimestamp": 1704067200000 + index * 19 * 86400000 + index * 3600000,
        "attributes": {
            "department": [dept],
            "employeeNumber": [f"E{1001 + index}"],
            UNDECLARED: [f"CC-{dept[:3].upper()}-{100 + index % 7}"],
        },
        "requiredActions": extra.get("requiredActions", []),
        "realmRoles": [f"default-roles-{REALM}"] + roles,
        "groups": groups,
    }
    if "locations" in extra:
        u["attributes"]["locations"] = extra["locations"]
    if client_roles:
        u["clientRoles"] = {"reporting-app": client_roles}
    if extra.get("password"):
        u["credentials"] = [{"type": "password", "value": "@USER_PASSWORD@", "temporary": False}]
    return u


def admin_user(username, first, last, management_roles, password):
    return {
        "id": fixed_id("user", username),
        "username": username,
        "email": f"{username}@authdesk.test",
        "firstName": first,
        "lastName": last,
        "enabled": True,
        "emailVerified": True,
        "createdTimestamp": 1700000000000,
        "attributes": {"department": ["IT"], "employeeNumber": ["E0001" if username == "realm-admin" else "E0002"]},
        "realmRoles": [f"default-roles-{REALM}"],
        "clientRoles": {"realm-management": management_roles},
        "credentials": [{"type": "password", "value": password, "temporary": False}],
        "requiredActions": [],
    }


def user_profile():
    def person_name(name):
        return {
            "name": name,
            "displayName": "${" + name + "}",
            "validations": {"length": {"max": 255}, "person-name-prohibited-characters": {}},
            "required": {"roles": ["user"]},
            "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]},
            "multivalued": False,
        }

    attributes = [
        {
            "name": "username",
            "displayName": "${username}",
            "validations": {"length": {"min": 3, "max": 255}, "username-prohibited-characters": {}, "up-username-not-idn-homograph": {}},
            "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]},
            "multivalued": False,
        },
        {
            "name": "email",
            "displayName": "${email}",
            "validations": {"email": {}, "length": {"max": 255}},
            "required": {"roles": ["user"]},
            "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]},
            "multivalued": False,
        },
        person_name("firstName"),
        person_name("lastName"),
        {
            "name": "department",
            "displayName": "Department",
            "validations": {"options": {"options": ["Engineering", "Sales", "Support", "Finance", "Legal", "IT"]}},
            "annotations": {"inputType": "select"},
            "permissions": {"view": ["admin", "user"], "edit": ["admin"]},
            "group": "work",
            "multivalued": False,
        },
        {
            "name": "employeeNumber",
            "displayName": "Employee number",
            "validations": {"pattern": {"pattern": "^E[0-9]{4}$", "error-message": "Employee numbers look like E1234"}},
            "permissions": {"view": ["admin"], "edit": ["admin"]},
            "group": "work",
            "multivalued": False,
        },
        {
            "name": "locations",
            "displayName": "Locations",
            "validations": {"length": {"max": 64}},
            "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]},
            "group": "work",
            "multivalued": True,
        },
    ]
    return {
        "attributes": attributes,
        "groups": [
            {"name": "user-metadata", "displayHeader": "User metadata", "displayDescription": "Attributes, which refer to user metadata"},
            {"name": "work", "displayHeader": "Work", "displayDescription": "Where and how the person works"},
        ],
    }


def role(name, description, composites=None):
    r = {"id": fixed_id("role", name), "name": name, "description": description, "composite": bool(composites), "clientRole": False, "attributes": {}}
    if composites:
        r["composites"] = composites
    return r


def client_role(client, name, description):
    return {"id": fixed_id("client-role", f"{client}/{name}"), "name": name, "description": description, "composite": False, "clientRole": True, "attributes": {}}


def group(name, parent_path, subgroups=(), realm_roles=(), attributes=None):
    path = f"{parent_path}/{name}"
    g = {"id": fixed_id("group", path), "name": name, "path": path, "attributes": attributes or {}, "realmRoles": list(realm_roles), "clientRoles": {}, "subGroups": [group(s, path) for s in subgroups]}
    return g


def service_audience(client):
    """A mapper that puts authdesk-service in the audience of `client`'s tokens: since Keycloak
    26.6.2, introspection answers {"active": false} to a client not in the token's audience."""
    return {
        "id": fixed_id("mapper", client + "/audience"),
        "name": "authdesk-service audience",
        "protocol": "openid-connect",
        "protocolMapper": "oidc-audience-mapper",
        "consentRequired": False,
        "config": {
            "included.client.audience": "authdesk-service",
            "access.token.claim": "true",
            "introspection.token.claim": "true",
            "id.token.claim": "false",
        },
    }


def realm():
    users = [user(i, p) for i, p in enumerate(PEOPLE)]
    users.append(admin_user("realm-admin", "Rhea", "Admin", ["realm-admin"], "@REALM_ADMIN_PASSWORD@"))
    # Reads users but may not change them: the peer's 403 answers.
    users.append(admin_user("helpdesk", "Hugo", "Desk", ["view-users", "query-users", "query-groups"], "@USER_PASSWORD@"))
    users.append({
        "id": fixed_id("user", "service-account-authdesk-service"),
        "username": "service-account-authdesk-service",
        "enabled": True,
        "createdTimestamp": 1700000000000,
        "serviceAccountClientId": "authdesk-service",
        "realmRoles": [f"default-roles-{REALM}"],
        # What a console needs to administer users, groups, roles and service-account clients.
        "clientRoles": {"realm-management": ["view-users", "manage-users", "query-users", "query-groups", "view-realm", "query-clients", "view-clients", "manage-clients"]},
    })
    return {
        "id": REALM,
        "realm": REALM,
        "displayName": "AuthDesk peer",
        "enabled": True,
        "sslRequired": "external",
        "registrationAllowed": False,
        "loginWithEmailAllowed": True,
        "duplicateEmailsAllowed": False,
        "bruteForceProtected": True,
        "failureFactor": 5,
        "permanentLockout": False,
        "passwordPolicy": "length(8)",
        "roles": {
            "realm": [
                role("auditor", "Reads users and the audit trail"),
                role("support", "Resets passwords and signs users out"),
                role("billing", "Sees invoices"),
                role("helpdesk-lead", "Support and auditing together", {"realm": ["support", "auditor"]}),
                role("console-operator", "Runs the reporting app", {"realm": ["auditor"], "client": {"reporting-app": ["editor"]}}),
            ],
            "client": {
                "reporting-app": [
                    client_role("reporting-app", "viewer", "Reads reports"),
                    client_role("reporting-app", "editor", "Writes reports"),
                ]
            },
        },
        "groups": [
            group("Engineering", "", ["Backend", "Frontend", "Platform"], attributes={"costCenter": ["CC-ENG"]}),
            group("Sales", "", ["EMEA", "Americas"]),
            group("Support", "", realm_roles=["support"]),
            group("Finance", "", realm_roles=["billing"]),
        ],
        "clients": [
            {
                "id": fixed_id("client", "authdesk-service"),
                "clientId": "authdesk-service",
                "name": "AuthDesk service account",
                "description": "Confidential client whose service account administers users",
                "enabled": True,
                "publicClient": False,
                "clientAuthenticatorType": "client-secret",
                "secret": "@SERVICE_SECRET@",
                "serviceAccountsEnabled": True,
                "standardFlowEnabled": False,
                "directAccessGrantsEnabled": False,
                "protocol": "openid-connect",
                # Its own tokens name it in their audience, as an administrator sets it up for
                # AuthDesk's token inspector to introspect them.
                "protocolMappers": [service_audience("authdesk-service")],
            },
            {
                "id": fixed_id("client", "authdesk-console"),
                "clientId": "authdesk-console",
                "name": "AuthDesk console (users sign in here in tests)",
                "enabled": True,
                "publicClient": True,
                "standardFlowEnabled": False,
                "directAccessGrantsEnabled": True,
                "protocol": "openid-connect",
                # So that authdesk-service may introspect the tokens users get here.
                "protocolMappers": [service_audience("authdesk-console")],
            },
            {
                "id": fixed_id("client", "reporting-app"),
                "clientId": "reporting-app",
                "name": "Reporting",
                "enabled": True,
                "publicClient": False,
                "clientAuthenticatorType": "client-secret",
                "secret": "@SERVICE_SECRET@",
                "standardFlowEnabled": False,
                "directAccessGrantsEnabled": False,
                "bearerOnly": False,
                "protocol": "openid-connect",
            },
            {
                "id": fixed_id("client", "authdesk-short-tokens"),
                "clientId": "authdesk-short-tokens",
                "name": "Short-lived tokens (token renewal in tests)",
                "enabled": True,
                "publicClient": True,
                "standardFlowEnabled": False,
                "directAccessGrantsEnabled": True,
                "protocol": "openid-connect",
                # 15 s access tokens, so that a test sees the console renew one within seconds
                # instead of the realm's 300.
                "attributes": {"access.token.lifespan": "15"},
            },
        ],
        "users": users,
        "components": {
            "org.keycloak.userprofile.UserProfileProvider": [
                {
                    "id": fixed_id("component", "user-profile"),
                    "providerId": "declarative-user-profile",
                    "subComponents": {},
                    "config": {"kc.user.profile.config": [json.dumps(user_profile(), separators=(",", ":"))]},
                }
            ]
        },
    }


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "authdesk-realm.json"), "w", encoding="utf-8") as out:
        json.dump(realm(), out, ensure_ascii=False, indent=1)
        out.write("\n")
