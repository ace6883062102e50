/**
 * Roles: the built-in ones (read-only, kept in step with the code) and the custom ones
 * administrators compose from the permission catalogue. Listing is open to grantors too, since
 * making a grant means picking a role; the catalogue is open to every signed-in user, as it says
 * only what each permission means.
 */
import { BUILT_IN_ROLES, isPermission, parsePermissions, type Permission } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { permissionCatalogue } from "../grants/permission-catalogue.ts";
import { procedure, router } from "../trpc.ts";

const RoleFields = z.object({
  name: z.string().trim().min(1, "Name the role.").max(64, "Keep the name under 64 characters."),
  description: z.string().trim().max(500, "Keep the description under 500 characters.").default(""),
  permissions: z
    .array(z.string())
    .min(1, "Choose at least one permission.")
    .max(200)
    .superRefine((names, ctx) => {
      const unknown = names.filter((name) => !isPermission(name));
      if (unknown.length > 0) ctx.addIssue({ code: "custom", message: `Unknown permission: ${unknown.join(", ")}.` });
    })
    .transform((names) => [...new Set(names)] as Permission[]),
});

const builtInOrder = new Map(BUILT_IN_ROLES.map((role, index) => [role.name, index]));

export const rolesRouter = router({
  permissions: procedure("signed-in").query(() => permissionCatalogue()),

  list: procedure("grant.manage").query(async ({ ctx }) => {
    const roles = await ctx.db.role.findMany({ include: { _count: { select: { grants: true, apiTokens: true } } } });
    return roles
      .map((role) => ({
        id: role.id,
        name: role.name,
        description: role.description,
        builtIn: role.builtIn,
        permissions: parsePermissions(role.permissions),
        grantCount: role._count.grants,
        tokenCount: role._count.apiTokens,
        createdAt: role.createdAt,
      }))
      .sort((a, b) => (builtInOrder.get(a.name) ?? Infinity) - (builtInOrder.get(b.name) ?? Infinity) || a.name.localeCompare(b.name));
  }),

  create: procedure("admin")
    .input(RoleFields)
    .mutation(async ({ ctx, input }) => {
      await ensureNameFree(ctx.db, input.name);
      const role = await ctx.db.role.create({ data: { name: input.name, description: input.description, permissions: JSON.stringify(input.permissions) } });
      return { id: role.id };
    }),

  /** Changes what every holder of the role may do, at their next request. */
  update: procedure("admin")
    .input(RoleFields.extend({ roleId: z.string().min(1) }))
    .mutation(async ({ ctx, input }) => {
      const role = await customRole(ctx.db, input.roleId, "changed");
      if (role.name !== input.name) await ensureNameFree(ctx.db, input.name);
      await ctx.db.role.update({ where: { id: role.id }, data: { name: input.name, description: input.description, permissions: JSON.stringify(input.permissions) } });
    }),

  delete: procedure("admin")
    .input(z.object({ roleId: z.string().min(1) }))
    .mutation(async ({ ctx, input }) => {
      const role = await customRole(ctx.db, input.roleId, "removed");
      const [grants, tokens] = await Promise.all([ctx.db.grant.count({ where: { roleId: role.id } }), ctx.db.apiToken.count({ where: { roleId: role.id } })]);
      if (grants + tokens > 0) {
        const uses = [grants && `${grants} grant${grants === 1 ? "" : "s"}`, tokens && `${tokens} API token${tokens === 1 ? "" : "s"}`].filter(Boolean).join(" and ");
        throw new TRPCError({ code: "CONFLICT", message: `${role.name} is used by ${uses}. Remove those first.` });
      }
      await ctx.db.role.delete({ where: { id: role.id } });
    }),
});

async function customRole(db: Database, roleId: string, verb: string) {
  const role = await db.role.findUnique({ where: { id: roleId } });
  if (!role) throw new TRPCError({ code: "NOT_FOUND", message: "No such role." });
  if (role.builtIn) throw new TRPCError({ code: "BAD_REQUEST", message: `${role.name} is a built-in role and cannot be ${verb}. Create a custom role with the permissions you need instead.` });
  return role;
}

async function ensureNameFree(db: Database, name: string) {
  if (await db.role.findUnique({ where: { name } })) throw new TRPCError({ code: "CONFLICT", message: `A role named ${name} exists already.` });
}
