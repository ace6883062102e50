/**
 * `external: true` (or the older `external: { name: ... }`): the object exists outside the stack,
 * keeps its own name, and takes no options, since the stack doesn't create it.
 */
import { z } from "zod";

export const External = z.union([z.boolean(), z.strictObject({ name: z.string().min(1) })]);

/** The engine's name of an external object; undefined when the declaration isn't external. */
export function externalName(external: z.infer<typeof External> | undefined, key: string, name: string | undefined): string | undefined {
  if (external === undefined || external === false) return undefined;
  return external === true ? (name ?? key) : external.name;
}

/** Reports each option set beside `external`, as docker does. */
export function refuseOptionsOfExternal(declaration: object, kind: string, ctx: z.core.$RefinementCtx): void {
  for (const option of Object.keys(declaration)) {
    if (option === "external" || option === "name") continue;
    ctx.issues.push({ code: "custom", path: [option], message: `can't be set on an external ${kind}: the stack doesn't create it`, input: option });
  }
}
