/**
 * The one-time code that guards a fresh install: until the first admin exists, creating it needs a
 * code the server printed to its own log, so whoever merely reaches the port cannot claim it.
 */
import type { Database } from "@wheelhouse/db";
import { hashToken, newToken, tokenMatches } from "./tokens.ts";

const SETTING = "setup.codeHash";

/** A fresh setup code when no user exists yet (its hash replaces any earlier one), else null. */
export async function issueSetupCode(db: Database): Promise<string | null> {
  if ((await db.user.count()) > 0) return null;
  const code = newToken(9);
  await db.setting.upsert({
    where: { key: SETTING },
    create: { key: SETTING, value: hashToken(code) },
    update: { value: hashToken(code) },
  });
  return code;
}

export async function setupCodeMatches(db: Database, code: string): Promise<boolean> {
  const setting = await db.setting.findUnique({ where: { key: SETTING } });
  return setting !== null && tokenMatches(code, setting.value);
}

export async function retireSetupCode(db: Database): Promise<void> {
  await db.setting.deleteMany({ where: { key: SETTING } });
}
