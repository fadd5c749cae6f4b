// A real SCIM 2.0 service provider for AuthDesk's peer tests: better-auth 1.7.5 with its SCIM
// plugin (@better-auth/scim), under node:http + toNodeHandler(auth), on the memory adapter.
// It reuses the packages the better-auth peer already installs (../betterauth/node_modules,
// resolved through that folder's package.json), so this peer adds no package of its own.
//
// The SCIM root is <url>/api/auth/scim/v2 (/Users, /Groups, /ServiceProviderConfig, ...).
// Bearer tokens are issued the way better-auth's managed connection catalog issues them:
// auth.api.createSCIMManagedConnection (server-only) returns `ba_scim_credential_<id>.<secret>`
// once and keeps only its HMAC digest; the connection's provisioningDomainId is the boundary
// that every resource reached with that token belongs to. Two credentials of one connection are
// issued: one with every scope and one with scim.users.read only.
//
// It listens on 127.0.0.1 only, on the port given as the first argument or AUTHDESK_PEER_PORT
// (0: a free port), seeds users through its own SCIM endpoint, then prints
//   AUTHDESK_PEER_TOKEN admin <token>
//   AUTHDESK_PEER_TOKEN reader <token>
//   AUTHDESK_PEER_READY http://127.0.0.1:PORT
// on stdout, a pipe the test reads: the tokens are never written to a file. Everything lives
// in memory and dies with the process.

import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

// Packages from the better-auth peer's folder, honouring their package.json "exports".
const fromBetterAuthPeer = createRequire(new URL("../betterauth/package.json", import.meta.url));
async function load(specifier) {
    let resolved;
    try {
        resolved = fromBetterAuthPeer.resolve(specifier);
    } catch {
        console.error(`scim peer: ${specifier} is not installed in tests/peers/betterauth: run tests/peers/setup`);
        process.exit(1);
    }
    return import(pathToFileURL(resolved).href);
}
const { betterAuth } = await load("better-auth");
const { memoryAdapter } = await load("better-auth/adapters/memory");
const { toNodeHandler } = await load("better-auth/node");
const { scim } = await load("@better-auth/scim");

const portArgument = process.argv[2] ?? process.env.AUTHDESK_PEER_PORT ?? "0";
const port = Number.parseInt(portArgument, 10);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`scim peer: not a port: ${portArgument}`);
    process.exit(2);
}

// Seeded directory: varied names so that search, paging and the total have something to show.
// [userName, givenName, familyName, email, roles, other attributes]
const seedUsers = [
    [
        "alice.martin",
        "Alice",
        "Martin",
        "alice.martin@scim.test",
        ["engineer"],
        // Attributes AuthDesk's form does not show: an edit must not lose them.
        {
            externalId: "okta-00u1alice",
            title: "Staff Engineer",
            phoneNumbers: [{ value: "+41 44 555 01 01", type: "work" }],
            emails: [
                { value: "alice.martin@scim.test", type: "work", primary: true },
                { value: "alice@home.example", type: "home" },
            ],
        },
    ],
    ["bruno.keller", "Bruno", "Keller", "bruno.keller@scim.test", []],
    ["chloe.dubois", "Chloé", "Dubois", "chloe.dubois@scim.test", ["manager", "engineer"]],
    ["dmitri.ivanov", "Dmitri", "Ivanov", "dmitri@example.org", []],
    ["eve.support", "Eve", "Support", "eve.support@scim.test", ["support"]],
    ["farah.haddad", "Farah", "Haddad", "farah@example.org", []],
    ["gustav.berg", "Gustav", "Berg", "gustav.berg@scim.test", []],
    ["hana.sato", "Hana", "Sato", "hana@example.org", ["engineer"]],
    ["ines.moreau", "Inès", "Moreau", "ines.moreau@scim.test", []],
    ["jonas.weber", "Jonas", "Weber", "jonas.weber@scim.test", []],
    ["kofi.mensah", "Kofi", "Mensah", "kofi@example.org", []],
    ["lea.fischer", "Léa", "Fischer", "lea.fischer@scim.test", []],
];

// The server must exist before better-auth is configured: its baseURL carries the real port.
const server = http.createServer();
server.on("error", (error) => {
    console.error(`scim peer: cannot listen on 127.0.0.1:${port}: ${error.message}`);
    process.exit(1);
});
await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
const baseURL = `http://127.0.0.1:${server.address().port}`;

const scimPlugin = scim({
    connections: [],
    managedConnections: { credentialHashSecret: randomBytes(32).toString("hex") },
});
// The memory adapter needs every table up front: better-auth's own and each the plugin declares.
// (The SCIM plugin also needs transactions, which the memory adapter has.)
const db = { user: [], session: [], account: [], verification: [] };
for (const model of Object.keys(scimPlugin.schema)) db[model] = [];

const auth = betterAuth({
    baseURL,
    secret: randomBytes(32).toString("hex"),
    database: memoryAdapter(db),
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    logger: { level: "error" },
    plugins: [scimPlugin],
});

const provisioningDomainId = "authdesk-peer";
const expiresAt = new Date(Date.now() + 24 * 3600 * 1000);
const created = await auth.api.createSCIMManagedConnection({
    body: {
        creationRequestId: `authdesk-peer-${randomUUID()}`,
        provisioningDomainId,
        actorId: "authdesk-peer-setup",
        scopes: ["scim.users.read", "scim.users.write", "scim.groups.read", "scim.groups.write"],
        expiresAt,
    },
});
const reader = await auth.api.rotateSCIMManagedCredential({
    body: {
        connectionId: created.connection.connectionId,
        provisioningDomainId,
        actorId: "authdesk-peer-setup",
        scopes: ["scim.users.read"],
        expiresAt,
    },
});

server.on("request", toNodeHandler(auth));

// Seed through the SCIM endpoint itself, exactly as an identity provider would provision.
for (const [userName, givenName, familyName, email, roles, other = {}] of seedUsers) {
    const response = await fetch(`${baseURL}/api/auth/scim/v2/Users`, {
        method: "POST",
        headers: { authorization: `Bearer ${created.token}`, "content-type": "application/scim+json" },
        body: JSON.stringify({
            schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
            userName,
            name: { givenName, familyName },
            emails: [{ value: email, type: "work", primary: true }],
            ...(roles.length > 0 ? { roles: roles.map((value) => ({ value })) } : {}),
            active: true,
            ...other,
        }),
    });
    if (response.status !== 201) {
        console.error(`scim peer: seeding ${userName} failed: HTTP ${response.status} ${await response.text()}`);
        process.exit(1);
    }
}

process.stdout.write(
    `AUTHDESK_PEER_TOKEN admin ${created.token}\n` +
        `AUTHDESK_PEER_TOKEN reader ${reader.token}\n` +
        `AUTHDESK_PEER_READY ${baseURL}\n`,
);

for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => server.close(() => process.exit(0)));
}
