/** Reads and writes the directory settings in the Setting table, under one key. */
import type { Database } from "@wheelhouse/db";
import { LdapSettingsSchema, type LdapSettings } from "./settings.ts";

const KEY = "ldap";

/** The saved settings, or null when none were saved (or what was saved no longer validates). */
export async function readLdapSettings(db: Database): Promise<LdapSettings | null> {
  const row = await db.setting.findUnique({ where: { key: KEY } });
  if (!row) return null;
  const parsed = LdapSettingsSchema.safeParse(JSON.parse(row.value));
  if (!parsed.success) {
    console.error(`the saved directory settings do not validate; directory sign-in is off: ${parsed.error.message}`);
    return null;
  }
  return parsed.data;
}

export async function writeLdapSettings(db: Database, settings: LdapSettings): Promise<void> {
  const value = JSON.stringify(LdapSettingsSchema.parse(settings));
  await db.setting.upsert({ where: { key: KEY }, create: { key: KEY, value }, update: { value } });
}
