/**
 * Sign-in and session security over the real server: password guessing is throttled and locks the
 * account, ended sessions and dead API tokens are refused, cookie requests need the CSRF header,
 * other origins cannot open a socket, and malformed input to any procedure is a validation error.
 * No local agent runs: nothing here should ever reach one.
 */
import type { AnyProcedure } from "@trpc/server";
import { appRouter, permissionRegistry } from "@wheelhouse/api";
import { hashToken, newApiToken } from "@wheelhouse/auth";
import { openDatabase, type Database } from "@wheelhouse/db";
import { createTestSqliteDatabase, type TestDatabase } from "@wheelhouse/db/testing";
import { BROWSER_NAMESPACE } from "@wheelhouse/protocol";
import { io as connect } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSRF_HEADER } from "../src/lib/csrf-header.ts";
import { ApiClient, signInAdmin, startTestPlane, TEST_ADMIN } from "./testing/start-test-plane.ts";

interface Plane {
  plane: Awaited<ReturnType<typeof startTestPlane>>;
  database: TestDatabase;
  db: Database;
  admin: ApiClient;
}

/** A plane on a database this test can also open, to set up and inspect rows directly. */
async function startPlane(env: Record<string, string> = {}): Promise<Plane> {
  const database = createTestSqliteDatabase();
  const plane = await startTestPlane({ DATABASE_URL: database.url, WHEELHOUSE_LOCAL_AGENT: "false", ...env });
  return { plane, database, db: openDatabase(database.url), admin: await signInAdmin(plane) };
}

async function stopPlane(p: Plane | undefined) {
  await p?.db.$disconnect();
  await p?.plane.drop();
  await p?.database.drop();
}

let main: Plane;
const sessionToken = (client: ApiClient) => decodeURIComponent(client.cookie.split("=")[1] ?? "");

async function signIn(url: string): Promise<ApiClient> {
  const client = new ApiClient(url);
  expect((await client.mutate("auth.login", TEST_ADMIN)).status).toBe(200);
  return client;
}

beforeAll(async () => {
  main = await startPlane();
});
afterAll(() => stopPlane(main));

describe("guessing passwords over HTTP, behind a proxy", () => {
  let guessed: Plane;
  beforeAll(async () => {
    guessed = await startPlane({ WHEELHOUSE_TRUST_PROXY: "true" });
  });
  afterAll(() => stopPlane(guessed));

  async function attempt(password: string, options: { username?: string; forwardedFor?: string } = {}) {
    const res = await fetch(`${guessed.plane.url}/api/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": options.forwardedFor ?? "203.0.113.9" },
      body: JSON.stringify({ json: { username: options.username ?? TEST_ADMIN.username, password } }),
    });
    const body = (await res.json()) as { error?: { json: { message: string } } };
    return { status: res.status, message: body.error?.json.message };
  }

  it("locks the account after five wrong passwords, then throttles the client's address", async () => {
    for (let i = 1; i <= 4; i++) expect(await attempt(`wrong guess ${i}`)).toEqual({ status: 401, message: "Wrong username or password." });

    const locked = { status: 429, message: expect.stringMatching(/^This account is locked after too many failed sign-ins; try again after \d\d:\d\d UTC or ask an administrator to unlock it\.$/) };
    expect(await attempt("wrong guess 5")).toEqual(locked);
    expect(await attempt(TEST_ADMIN.password)).toEqual(locked);
    const admin = await guessed.db.user.findUniqueOrThrow({ where: { username: TEST_ADMIN.username } });
    expect(admin.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);

    // Six failures so far from this address; four more reach the default limit of ten.
    for (let i = 1; i <= 4; i++) expect((await attempt(`spray ${i}`, { username: `someone${i}` })).status).toBe(401);
    const throttled = { status: 429, message: expect.stringMatching(/^Too many sign-in attempts from this address; try again in \d+ seconds\.$/) };
    expect(await attempt(TEST_ADMIN.password)).toEqual(throttled);
    // A forged entry to the left of the one the proxy added changes nothing; another client is not held back.
    expect(await attempt(TEST_ADMIN.password, { forwardedFor: "198.51.100.1, 203.0.113.9" })).toEqual(throttled);
    expect(await attempt(TEST_ADMIN.password, { forwardedFor: "203.0.113.10" })).toEqual(locked);
    // The session signed in before the attack is untouched by it.
    expect((await guessed.admin.query("auth.status")).data).toMatchObject({ user: { username: TEST_ADMIN.username } });
  });
});

describe("sessions", () => {
  it("refuses the cookie of a session an administrator revoked, and keeps the others", async () => {
    const other = await signIn(main.plane.url);
    expect((await other.query("nodes.list")).status).toBe(200);
    await main.db.session.delete({ where: { id: hashToken(sessionToken(other)) } });
    expect(await other.query("nodes.list")).toMatchObject({ status: 401, error: { data: { code: "UNAUTHORIZED" } } });
    expect((await other.query("auth.status")).data).toMatchObject({ user: null });
    expect((await main.admin.query("nodes.list")).status).toBe(200);
  });

  it("refuses a session left idle past the limit, or past its absolute end", async () => {
    const idle = await signIn(main.plane.url);
    const expired = await signIn(main.plane.url);
    await main.db.session.update({ where: { id: hashToken(sessionToken(idle)) }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
    await main.db.session.update({ where: { id: hashToken(sessionToken(expired)) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    for (const client of [idle, expired]) expect((await client.query("nodes.list")).status).toBe(401);
  });
});

describe("CSRF", () => {
  const post = (client: ApiClient, headers: Record<string, string>) =>
    fetch(`${main.plane.url}/api/trpc/auth.logout`, { method: "POST", headers: { cookie: client.cookie, "content-type": "application/json", ...headers }, body: "{}" });

  it("refuses a state-changing request made with the session cookie but without the header, and accepts it with", async () => {
    const client = await signIn(main.plane.url);
    const refused = await post(client, {});
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { json: { message: string } } }).error.json.message).toBe(
      "Refused: a request signed in by cookie must carry the x-wheelhouse-csrf header that Wheelhouse's own pages send.",
    );
    expect((await client.query("auth.status")).data).toMatchObject({ user: { username: TEST_ADMIN.username } });

    expect((await post(client, { [CSRF_HEADER]: "1" })).status).toBe(200);
    expect((await client.query("auth.status")).data).toMatchObject({ user: null });
  });
});

describe("API tokens", () => {
  async function token(data: { revokedAt?: Date; expiresAt?: Date } = {}) {
    const admin = await main.db.user.findUniqueOrThrow({ where: { username: TEST_ADMIN.username } });
    const { token, tokenHash } = newApiToken();
    await main.db.apiToken.create({ data: { userId: admin.id, name: "script", tokenHash, ...data } });
    return token;
  }
  const call = (bearer: string, method: "GET" | "POST" = "GET") =>
    method === "GET"
      ? fetch(`${main.plane.url}/api/trpc/nodes.list`, { headers: { authorization: `Bearer ${bearer}` } })
      : fetch(`${main.plane.url}/api/trpc/auth.logout`, { method, headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" }, body: "{}" });

  it("lets a live token in as Bearer, without the CSRF header a cookie would need", async () => {
    const live = await token();
    expect((await call(live)).status).toBe(200);
    // Reaching the handler, which explains that tokens are revoked rather than signed out, shows the request passed.
    const res = await call(live, "POST");
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Only a browser session can sign out");
  });

  it("refuses a revoked token and an expired one", async () => {
    for (const dead of [await token({ revokedAt: new Date() }), await token({ expiresAt: new Date(Date.now() - 1000) }), "wh_not-a-token"]) {
      expect((await call(dead)).status).toBe(401);
    }
  });
});

describe("browser sockets", () => {
  async function open(headers: Record<string, string>, transport: "websocket" | "polling") {
    const socket = connect(`${main.plane.url}${BROWSER_NAMESPACE}`, { transports: [transport], forceNew: true, reconnection: false, extraHeaders: headers });
    const outcome = await new Promise<string>((resolve) => {
      socket.on("connect", () => resolve("connected"));
      socket.on("connect_error", (error) => resolve(error.message));
    });
    socket.close();
    return outcome;
  }

  it("refuses an upgrade from another origin even with a valid session cookie, and admits the same from ours", async () => {
    const cookie = main.admin.cookie;
    expect(await open({ cookie, origin: "http://evil.example" }, "websocket")).toBe("websocket error");
    expect(await open({ cookie, origin: "http://evil.example" }, "polling")).toBe("xhr poll error");
    expect(await open({ cookie, origin: main.plane.url }, "websocket")).toBe("connected");
  });
});

describe("malformed input", () => {
  const deep = (n: number): unknown => (n === 0 ? "bottom" : { nested: deep(n - 1), list: [n, null, { n }] });
  const junk = (long: string) => ({
    nodeId: 7,
    id: { $ne: null },
    swarmId: [],
    name: [long],
    username: {},
    password: 123,
    input: deep(40),
    ...(JSON.parse('{"__proto__": {"isAdmin": true}}') as object),
  });
  // A query's input travels in the URL, which Node caps at 16 KiB of headers; a mutation's in the body.
  const payloads = (type: string) => {
    const long = "x".repeat(type === "query" ? 2_000 : 100_000);
    return [42, true, long, [junk(long), junk(long)], junk(long)];
  };
  const withInput = permissionRegistry().filter(
    (entry) => entry.kind === "procedure" && ((appRouter._def.procedures as unknown as Record<string, AnyProcedure>)[entry.name]!._def.inputs.length ?? 0) > 0,
  );

  it("covers the procedures that take input", () => {
    expect(withInput.length).toBeGreaterThan(30);
  });

  it.each(withInput.map((entry) => [entry.name, entry.type]))("%s refuses it with a validation error, as an administrator", async (name, type) => {
    for (const payload of payloads(type!)) {
      const res = type === "query" ? await main.admin.query(name!, payload) : await main.admin.mutate(name!, payload);
      const seen = { name, payload: JSON.stringify(payload).slice(0, 60), status: res.status, code: res.error?.data.code };
      // An object of unknown keys is valid input where every field is optional (audit.list's
      // filters): the keys are dropped. Anything else malformed is refused, and nothing is a 500.
      if (res.status === 200 && typeof payload === "object" && !Array.isArray(payload)) continue;
      expect(seen).toMatchObject({ status: 400, code: "BAD_REQUEST" });
      expect(res.error?.message.length).toBeGreaterThan(0);
    }
  });

  it("answers a body that is not JSON with a parse error", async () => {
    const res = await fetch(`${main.plane.url}/api/trpc/containers.act`, {
      method: "POST",
      headers: { cookie: main.admin.cookie, [CSRF_HEADER]: "1", "content-type": "application/json" },
      body: "{not json",
    });
    expect(res.status).toBe(400);
  });
});
