// A real better-auth 1.7 server for AuthDesk's peer tests: node:http + toNodeHandler(auth),
// the memory adapter, email and password, the admin plugin and the API-key plugin. It listens
// on 127.0.0.1 only, on the port given as the first argument or AUTHDESK_PEER_PORT (0: a free
// port), seeds an admin and a handful of users, then prints exactly one line
//   AUTHDESK_PEER_READY http://127.0.0.1:PORT
// so the test never sleeps waiting for it. Everything lives in memory and dies with the process.
//
// The admin's password comes from AUTHDESK_PEER_ADMIN_PASSWORD, else a fixed test-only one.
// The signing secret is random per run and never leaves the process.

import { randomBytes } from "node:crypto";
import http from "node:http";

import { apiKey } from "@better-auth/api-key";
import { betterAuth } from "better-auth";
import { memoryAdapter } from "better-auth/adapters/memory";
import { toNodeHandler } from "better-auth/node";
import { admin } from "better-auth/plugins";

const portArgument = process.argv[2] ?? process.env.AUTHDESK_PEER_PORT ?? "0";
const port = Number.parseInt(portArgument, 10);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`betterauth peer: not a port: ${portArgument}`);
    process.exit(2);
}
const adminEmail = "admin@betterauth.test";
const adminPassword = process.env.AUTHDESK_PEER_ADMIN_PASSWORD || "betterauth-peer-admin";

// Seeded accounts: varied names so that search, sort and paging have something to show.
const seedUsers = [
    ["Alice Martin", "alice@betterauth.test", "user"],
    ["Bruno Keller", "bruno@betterauth.test", "user"],
    ["Chloé Dubois", "chloe@betterauth.test", "user"],
    ["Dmitri Ivanov", "dmitri@example.org", "user"],
    ["Eve Support", "eve.support@betterauth.test", "support"],
    ["Farah Haddad", "farah@example.org", "user"],
    ["Gustav Berg", "gustav@betterauth.test", "user"],
    ["Hana Sato", "hana@example.org", "user"],
];
const seedPassword = "betterauth-peer-user";

// The server must exist before better-auth is configured: its baseURL carries the real port.
const server = http.createServer();
server.on("error", (error) => {
    console.error(`betterauth peer: cannot listen on 127.0.0.1:${port}: ${error.message}`);
    process.exit(1);
});
await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
const baseURL = `http://127.0.0.1:${server.address().port}`;

const db = { user: [], session: [], account: [], verification: [], apikey: [] };
const auth = betterAuth({
    baseURL,
    secret: randomBytes(32).toString("hex"),
    database: memoryAdapter(db),
    emailAndPassword: { enabled: true },
    // Tests sign in many times within seconds; production keeps better-auth's limits.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    logger: { level: "error" },
    // better-auth skips its Origin check when NODE_ENV is "test": keep it on, as in production,
    // so that the tests prove AuthDesk sends the right Origin.
    advanced: { disableOriginCheck: false },
    plugins: [
        admin({ adminRoles: ["admin"] }),
        // enableSessionForAPIKeys: an x-api-key header authenticates like a session, so a test
        // can prove an issued key works (and stops working once deleted).
        apiKey({ enableSessionForAPIKeys: true, enableMetadata: true, rateLimit: { enabled: false } }),
    ],
});

// Server-side calls (no request headers) may create users without a session.
await auth.api.createUser({
    body: { email: adminEmail, password: adminPassword, name: "Peer Admin", role: "admin" },
});
for (const [name, email, role] of seedUsers) {
    await auth.api.createUser({ body: { email, password: seedPassword, name, role } });
}

server.on("request", toNodeHandler(auth));
process.stdout.write(`AUTHDESK_PEER_READY ${baseURL}\n`);

for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => server.close(() => process.exit(0)));
}
