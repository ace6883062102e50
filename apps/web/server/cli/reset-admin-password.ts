/**
 * `npm run reset-admin-password -- [--username <name>] [--stdin]`: the operator's way back in when
 * no administrator can sign in. Run on the server's host with the server's environment (it reads
 * DATABASE_URL like the server does). Gives the account a new password (random, or read from
 * stdin), makes it an enabled administrator, lifts any lockout, ends its sessions, records the
 * reset in the audit log, and prints the new password once.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { recordAudit } from "@wheelhouse/api";
import { hashPassword, passwordProblems } from "@wheelhouse/auth";
import { migrate, openDatabase, type Database, type User } from "@wheelhouse/db";
import { loadConfig } from "../config.ts";

class Refusal extends Error {}

async function chooseAccount(db: Database, username: string | undefined): Promise<User> {
  if ((await db.user.count()) === 0) {
    throw new Refusal("Wheelhouse has no users yet. Start the server and create the administrator at /setup with the setup code from its log.");
  }
  const user = username
    ? await db.user.findUnique({ where: { username } })
    : await db.user.findFirst({ where: { isAdmin: true, source: "local" }, orderBy: { createdAt: "asc" } });
  if (!user) throw new Refusal(username ? `No user is named ${username}.` : "No local administrator exists; name the account to reset with --username.");
  if (user.source !== "local") throw new Refusal(`${user.username} signs in through the directory, which keeps their password; name a local account with --username.`);
  return user;
}

// 24 random bytes: 32 characters of base64url, far beyond guessing, and safe to paste anywhere.
function randomPassword(username: string): string {
  for (;;) {
    const password = randomBytes(24).toString("base64url");
    if (passwordProblems(password, username).length === 0) return password;
  }
}

async function passwordFromStdin(username: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
  const problems = passwordProblems(password, username);
  if (problems.length > 0) throw new Refusal(`That password will not do: ${problems.join(" ")}`);
  return password;
}

async function resetAdminPassword(db: Database, user: User, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash, isAdmin: true, disabled: false, failedLogins: 0, lockedUntil: null } }),
    db.session.deleteMany({ where: { userId: user.id } }),
  ]);
  await recordAudit(db, {
    userId: user.id,
    username: user.username,
    ip: "local",
    action: "cli.reset-admin-password",
    target: `username=${user.username}`,
    outcome: "allowed",
    detail: JSON.stringify({ wasAdmin: user.isAdmin, wasDisabled: user.disabled, wasLocked: user.lockedUntil !== null }),
  });
}

async function main() {
  const { values } = parseArgs({ options: { username: { type: "string" }, stdin: { type: "boolean", default: false } } });
  const config = loadConfig();
  await migrate(config.databaseUrl);
  const db = openDatabase(config.databaseUrl);
  try {
    const user = await chooseAccount(db, values.username);
    const password = values.stdin ? await passwordFromStdin(user.username) : randomPassword(user.username);
    await resetAdminPassword(db, user, password);
    console.log(`${user.username} is an administrator again, with all their sessions ended.`);
    if (!values.stdin) console.log(`New password (shown only now): ${password}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  // The operator's own mistakes get a sentence; anything else its stack, to report.
  const expected = error instanceof Refusal || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
  console.error(expected ? (error as Error).message : error);
  process.exit(1);
});
