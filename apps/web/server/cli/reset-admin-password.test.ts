/** Runs `npm run reset-admin-password` as an operator would, against a real SQLite database. */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createSession, DEFAULT_SESSION_POLICY, hashPassword, verifyPassword } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import { type OpenedTestDatabase, openTestDatabase } from "@wheelhouse/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
let database: OpenedTestDatabase;
let db: Database;

beforeEach(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterEach(() => database.close());

function resetAdminPassword(args: string[], stdin?: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const env = { ...process.env, DATABASE_URL: database.url };
    const child = execFile("npm", ["run", "--silent", "reset-admin-password", "--", ...args], { cwd: repoRoot, env }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin ?? "");
  });
}

const printedPassword = (stdout: string) => /New password \(shown only now\): (\S+)/.exec(stdout)?.[1];
const addUser = async (username: string, data: { isAdmin?: boolean; disabled?: boolean; lockedUntil?: Date; failedLogins?: number } = {}) =>
  db.user.create({ data: { username, passwordHash: await hashPassword("the old passphrase"), ...data } });

describe("reset-admin-password", () => {
  it("creates nothing when Wheelhouse has no users, and says to run setup", async () => {
    const run = await resetAdminPassword([]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Wheelhouse has no users yet. Start the server and create the administrator at /setup");
    expect(await db.user.count()).toBe(0);
  });

  it("gives the first administrator a new random password, unlocks and enables them, ends their sessions and records it", async () => {
    const admin = await addUser("admin", { isAdmin: true, disabled: true, failedLogins: 3, lockedUntil: new Date(Date.now() + 600_000) });
    await addUser("second-admin", { isAdmin: true });
    await createSession(db, admin.id, DEFAULT_SESSION_POLICY);

    const run = await resetAdminPassword([]);
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining("admin is an administrator again") });
    const password = printedPassword(run.stdout)!;
    expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);

    const after = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(after).toMatchObject({ isAdmin: true, disabled: false, failedLogins: 0, lockedUntil: null });
    expect(await verifyPassword(after.passwordHash!, password)).toBe(true);
    expect(await db.session.count({ where: { userId: admin.id } })).toBe(0);
    expect(await db.auditEvent.findFirst({ where: { action: "cli.reset-admin-password" } })).toMatchObject({ userId: admin.id, username: "admin", ip: "local", outcome: "allowed" });
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { username: "second-admin" } })).passwordHash!, "the old passphrase")).toBe(true);
  });

  it("makes a named user an administrator, with a password read from stdin that it does not print", async () => {
    await addUser("admin", { isAdmin: true });
    const run = await resetAdminPassword(["--username", "ops", "--stdin"], "a chosen passphrase\n");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("No user is named ops.");

    const ops = await addUser("ops");
    const weak = await resetAdminPassword(["--username", "ops", "--stdin"], "aaaa\n");
    expect(weak).toMatchObject({ code: 1, stderr: expect.stringContaining("That password will not do: Use at least 10 characters.") });
    expect(await db.user.findUniqueOrThrow({ where: { id: ops.id } })).toMatchObject({ isAdmin: false });

    const good = await resetAdminPassword(["--username", "ops", "--stdin"], "a chosen passphrase\n");
    expect(good.code).toBe(0);
    expect(printedPassword(good.stdout)).toBeUndefined();
    const after = await db.user.findUniqueOrThrow({ where: { id: ops.id } });
    expect(after.isAdmin).toBe(true);
    expect(await verifyPassword(after.passwordHash!, "a chosen passphrase")).toBe(true);
  });

  it("refuses a directory account, whose password the directory keeps", async () => {
    await addUser("admin", { isAdmin: true });
    await db.user.create({ data: { username: "ada", source: "ldap", ldapDn: "uid=ada,dc=example" } });
    const run = await resetAdminPassword(["--username", "ada"]);
    expect(run).toMatchObject({ code: 1, stderr: expect.stringContaining("ada signs in through the directory") });
  });
});
