import type { Database, User } from "@wheelhouse/db";
import { type OpenedTestDatabase, openTestDatabase } from "@wheelhouse/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appRouter } from "../root.ts";
import { signedInContext, testContext } from "../testing/context.ts";
import { createCallerFactory } from "../trpc.ts";

const createCaller = createCallerFactory(appRouter);
let database: OpenedTestDatabase;
let db: Database;
let adminUser: User;
let admin: ReturnType<typeof createCaller>;
let viewer: ReturnType<typeof createCaller>;

beforeEach(async () => {
  database = await openTestDatabase();
  db = database.db;
  adminUser = await db.user.create({ data: { username: "admin", passwordHash: "x", isAdmin: true } });
  admin = createCaller(await signedInContext(db, adminUser));
  viewer = createCaller(await signedInContext(db, await db.user.create({ data: { username: "viewer", passwordHash: "x" } })));
});
afterEach(() => database.close());

const lastEvent = async () => (await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } }));

describe("what the audit log records", () => {
  it("an allowed change: who, from where, what, on which target", async () => {
    await admin.clusters.createGroup({ name: "edge", nodeIds: [] });
    expect(await lastEvent()).toMatchObject({ userId: adminUser.id, username: "admin", ip: "127.0.0.1", action: "clusters.createGroup", target: "name=edge", outcome: "allowed" });
  });

  it("a failed change, with the error and without the secret's value", async () => {
    await expect(admin.secrets.create({ swarmId: "abc123", name: "db-password", data: "hunter2" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const event = await lastEvent();
    expect(event).toMatchObject({ username: "admin", action: "secrets.create", target: "swarmId=abc123 name=db-password", outcome: "failed" });
    expect(event.detail).toContain("No node of that swarm reports to Wheelhouse.");
    expect(event.detail).toContain("[redacted]");
    expect(event.detail).not.toContain("hunter2");
  });

  it("a refused change and a refused read by a signed-in user", async () => {
    await expect(viewer.secrets.create({ swarmId: "abc123", name: "x", data: "hunter2" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await lastEvent()).toMatchObject({ username: "viewer", action: "secrets.create", outcome: "denied" });
    await expect(viewer.audit.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await lastEvent()).toMatchObject({ username: "viewer", action: "audit.list", outcome: "denied" });
  });

  it("a failed sign-in under the name given, without the password tried", async () => {
    await expect(createCaller(testContext(db)).auth.login({ username: "admin", password: "guessed passphrase" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const event = await lastEvent();
    expect(event).toMatchObject({ userId: null, username: "admin", action: "auth.login", target: "username=admin", outcome: "denied" });
    expect(event.detail).not.toContain("guessed passphrase");
  });

  it("a service's environment names but not their values", async () => {
    await expect(admin.services.create({ swarmId: "abc123", spec: { name: "web", image: "nginx", env: ["DB_URL=postgres://u:pw@db/app", "LOG_LEVEL=debug"] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const detail = (await lastEvent()).detail ?? "";
    expect(detail).toContain("DB_URL=[redacted]");
    expect(detail).toContain("LOG_LEVEL=[redacted]");
    expect(detail).not.toContain("pw@db");
  });
});

describe("reading the audit log", () => {
  const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
  beforeEach(async () => {
    await db.auditEvent.createMany({
      data: [
        { at: at(300), username: "ada", ip: "10.0.0.1", action: "services.scale", target: "swarmId=s1 id=web", outcome: "allowed" },
        { at: at(200), username: "adam", ip: "10.0.0.2", action: "services.remove", target: "swarmId=s1 id=db", outcome: "denied" },
        { at: at(100), username: "bob", ip: "10.0.0.3", action: "secrets.create", target: "swarmId=s1 name=key", outcome: "failed" },
        { at: at(10), username: null, ip: "10.0.0.4", action: "auth.login", target: "", outcome: "denied" },
      ],
    });
  });
  const actions = async (filter: Parameters<typeof admin.audit.list>[0]["filter"]) => (await admin.audit.list({ filter })).events.map((e) => e.action);

  it("filters by user, action, target, outcome and time", async () => {
    expect(await actions({ user: "ada" })).toEqual(["services.remove", "services.scale"]);
    expect(await actions({ user: "ada", userMatch: "exact" })).toEqual(["services.scale"]);
    expect(await actions({ action: "services." })).toEqual(["services.remove", "services.scale"]);
    expect(await actions({ action: "services.scale" })).toEqual(["services.scale"]);
    expect(await actions({ action: "services" })).toEqual([]);
    expect(await actions({ target: "id=db" })).toEqual(["services.remove"]);
    expect(await actions({ outcome: "denied" })).toEqual(["auth.login", "services.remove"]);
    expect(await actions({ from: at(250), to: at(50) })).toEqual(["secrets.create", "services.remove"]);
    await expect(admin.audit.list({ filter: { from: at(50), to: at(250) } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("pages newest first by cursor, without skipping or repeating rows appended meanwhile", async () => {
    await db.auditEvent.createMany({ data: Array.from({ length: 116 }, (_, i) => ({ ip: "10.0.0.9", action: `bulk.${i}`, outcome: "allowed" })) });
    const first = await admin.audit.list({ limit: 50 });
    await admin.clusters.createGroup({ name: "late", nodeIds: [] });
    const second = await admin.audit.list({ limit: 50, cursor: first.nextCursor });
    const third = await admin.audit.list({ limit: 50, cursor: second.nextCursor });
    const ids = [...first.events, ...second.events, ...third.events].map((e) => e.id);
    expect(ids).toHaveLength(120);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(third.nextCursor).toBeUndefined();
    await expect(admin.audit.list({ limit: 500 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("offers the actions and usernames seen, for the filter lists", async () => {
    expect(await admin.audit.facets()).toEqual({
      actions: ["auth.login", "secrets.create", "services.remove", "services.scale"],
      usernames: ["ada", "adam", "bob"],
    });
  });
});
