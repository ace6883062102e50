/**
 * A service's `secrets` and `configs`, short (the declared name) or long (source, target, uid,
 * gid, mode), as the files its containers see; docker's defaults: the file is named after the
 * secret or config, owned by root, mode 0444.
 */
import { z } from "zod";
import type { ExternalObject } from "./stack-plan.ts";
import type { FileObjectKind } from "./top-level-file-objects.ts";

export interface FileReference {
  name: string;
  file: { Name: string; UID: string; GID: string; Mode: number };
}

const Id = z.union([z.string().regex(/^\d+$/, "expected a numeric id"), z.number().int().min(0)]).transform(String);

const LongReference = z.strictObject({
  source: z.string().min(1),
  target: z.string().min(1).optional(),
  uid: Id.optional(),
  gid: Id.optional(),
  mode: z.number().int().min(0).max(0o777).optional(),
});

export const fileReference = (kind: FileObjectKind, declared: ReadonlyMap<string, ExternalObject>) =>
  z.union([z.string().min(1).transform((source): z.infer<typeof LongReference> => ({ source })), LongReference]).transform((reference, ctx): FileReference => {
    const object = declared.get(reference.source);
    if (!object) {
      ctx.issues.push({ code: "custom", message: `the ${kind} ${JSON.stringify(reference.source)} is not declared under the top-level ${kind}s`, input: reference });
      return z.NEVER;
    }
    const { target, uid, gid, mode } = reference;
    return { name: object.name, file: { Name: target ?? reference.source, UID: uid ?? "0", GID: gid ?? "0", Mode: mode ?? 0o444 } };
  });
