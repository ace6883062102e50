import type { Database } from "@wheelhouse/db";
import type { OpenedTestDatabase } from "@wheelhouse/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { callerFor, rbacTestDatabase, roleId } from "../grants/testing.ts";

let database: OpenedTestDatabase;
let db: Database;
let admin: Awaited<ReturnType<typeof callerFor>>;

beforeEach(async () => {
  database = await rbacTestDatabase();
  db = database.db;
  admin = await callerFor(db, await db.user.create({ data: { username: "admin", passwordHash: "x", isAdmin: true } }));
});
afterEach(() => database.close());

describe("roles", () => {
  it("lists the built-in roles first, least to most, then custom ones", async () => {
    await admin.roles.create({ name: "Auditor", permissions: ["logs.read"] });
    const names = (await admin.roles.list()).map((r) => r.name);
    expect(names).toEqual(["View Only", "Restricted Control", "Scheduler", "Full Control", "Auditor"]);
  });

  it("groups the whole catalogue by area", async () => {
    const catalogue = await admin.roles.permissions();
    const listed = catalogue.flatMap((area) => area.permissions.map((p) => p.name));
    expect(listed).toContain("container.exec");
    expect(new Set(listed).size).toBe(listed.length);
    expect(catalogue.every((area) => area.permissions.length > 0)).toBe(true);
  });

  it("creates, updates and deletes a custom role", async () => {
    const { id } = await admin.roles.create({ name: "Deployer", description: "Ships stacks", permissions: ["stack.view", "stack.deploy", "stack.deploy"] });
    expect((await admin.roles.list()).find((r) => r.id === id)).toMatchObject({ builtIn: false, permissions: ["stack.view", "stack.deploy"] });
    await admin.roles.update({ roleId: id, name: "Stack deployer", permissions: ["stack.view"] });
    expect(await db.role.findUnique({ where: { id } })).toMatchObject({ name: "Stack deployer", permissions: '["stack.view"]' });
    await admin.roles.delete({ roleId: id });
    expect(await db.role.findUnique({ where: { id } })).toBeNull();
  });

  it("refuses an unknown permission and changes nothing", async () => {
    await expect(admin.roles.create({ name: "Bad", permissions: ["logs.read", "root.everything"] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Unknown permission: root.everything."),
    });
    expect(await db.role.findUnique({ where: { name: "Bad" } })).toBeNull();
  });

  it("keeps built-in roles read-only", async () => {
    const viewOnly = await roleId(db, "View Only");
    await expect(admin.roles.update({ roleId: viewOnly, name: "View Only", permissions: ["container.exec"] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("View Only is a built-in role and cannot be changed"),
    });
    await expect(admin.roles.delete({ roleId: viewOnly })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await db.role.findUniqueOrThrow({ where: { id: viewOnly } })).permissions).not.toContain("container.exec");
  });

  it("refuses to delete a role while grants or API tokens use it, saying how many", async () => {
    const { id } = await admin.roles.create({ name: "Reader", permissions: ["logs.read"] });
    const user = await db.user.create({ data: { username: "alice", passwordHash: "x" } });
    const set = await db.resourceSet.create({ data: { name: "All" } });
    await db.grant.create({ data: { userId: user.id, roleId: id, resourceSetId: set.id } });
    await db.apiToken.create({ data: { userId: user.id, name: "ci", tokenHash: "h1", roleId: id } });
    await db.apiToken.create({ data: { userId: user.id, name: "cd", tokenHash: "h2", roleId: id } });
    await expect(admin.roles.delete({ roleId: id })).rejects.toMatchObject({ code: "CONFLICT", message: "Reader is used by 1 grant and 2 API tokens. Remove those first." });
    expect(await db.role.findUnique({ where: { id } })).not.toBeNull();
  });

  it("refuses a duplicate name", async () => {
    await expect(admin.roles.create({ name: "Full Control", permissions: ["logs.read"] })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
