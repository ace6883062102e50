/**
 * The LDAP directory behind sign-in (administrators only): its settings, a connection test, and a
 * team sync for every directory user at once. The service account's password is write-only: an
 * empty password field keeps the saved one.
 */
import { TRPCError } from "@trpc/server";
import { DirectoryError, LDAP_DEFAULTS, LdapSettingsSchema, readLdapSettings, viewOf, writeLdapSettings, type LdapSettings } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import { z } from "zod";
import { syncAllDirectoryUsers } from "../sign-in/directory-sync.ts";
import { testDirectory } from "../sign-in/test-directory.ts";
import { procedure, router } from "../trpc.ts";

async function withSavedPassword(db: Database, settings: LdapSettings): Promise<LdapSettings> {
  if (settings.bindPassword) return settings;
  return { ...settings, bindPassword: (await readLdapSettings(db))?.bindPassword ?? "" };
}

export const directoryRouter = router({
  settings: procedure("admin").query(async ({ ctx }) => {
    const saved = await readLdapSettings(ctx.db);
    return { saved: saved !== null, settings: viewOf(saved ?? LDAP_DEFAULTS) };
  }),

  /** Teams whose members follow a directory group, with how many members the sync manages. */
  mappedTeams: procedure("admin").query(async ({ ctx }) => {
    const teams = await ctx.db.team.findMany({
      where: { ldapGroupDn: { not: null } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, ldapGroupDn: true, _count: { select: { members: { where: { fromDirectory: true } } } } },
    });
    return teams.map(({ _count, ...team }) => ({ ...team, directoryMembers: _count.members }));
  }),

  update: procedure("admin")
    .input(LdapSettingsSchema)
    .mutation(async ({ ctx, input }) => {
      const settings = await withSavedPassword(ctx.db, input);
      if (settings.enabled && !settings.bindPassword) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "bindPassword: Enter the service account's password." });
      }
      await writeLdapSettings(ctx.db, settings);
      return viewOf(settings);
    }),

  test: procedure("admin")
    .input(z.object({ settings: LdapSettingsSchema, username: z.string().trim().max(256).optional() }))
    .mutation(async ({ ctx, input }) => testDirectory(await withSavedPassword(ctx.db, input.settings), input.username || undefined)),

  syncTeams: procedure("admin").mutation(async ({ ctx }) => {
    const settings = await readLdapSettings(ctx.db);
    if (!settings?.enabled) throw new TRPCError({ code: "PRECONDITION_FAILED", message: "Directory sign-in is off; turn it on and save first." });
    try {
      return await syncAllDirectoryUsers(ctx.db, settings);
    } catch (error) {
      if (error instanceof DirectoryError) throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: error.message, cause: error });
      throw error;
    }
  }),
});
