/**
 * Top-level secrets and configs. docker stack deploy creates them from files on the deploying
 * machine; Wheelhouse has no such machine, so they must exist already (created in Wheelhouse) and
 * be declared `external: true`. A `file` is refused with that advice rather than ignored.
 */
import { z } from "zod";
import { refused } from "./compose-values.ts";
import { External, externalName } from "./external.ts";
import type { ExternalObject } from "./stack-plan.ts";

export type FileObjectKind = "secret" | "config";

const createFirst = (kind: FileObjectKind) => `create the ${kind} in Wheelhouse first, then declare it here with external: true`;

export const fileObjectDeclaration = (kind: FileObjectKind, key: string) =>
  z
    .strictObject({
      external: External.optional(),
      name: z.string().min(1).optional(),
      file: refused(`a ${kind} from a file needs the file's content, which Wheelhouse can't read from your machine: ${createFirst(kind)}`).optional(),
      environment: refused(`a ${kind} from a variable needs a shell to read it from, which Wheelhouse doesn't have: ${createFirst(kind)}`).optional(),
      content: refused(`inline content isn't supported: ${createFirst(kind)}`).optional(),
    })
    .transform((declaration, ctx): ExternalObject => {
      const name = externalName(declaration.external, key, declaration.name);
      if (name !== undefined) return { name, external: true };
      ctx.issues.push({ code: "custom", path: ["external"], message: `the ${kind} must exist already: ${createFirst(kind)}`, input: declaration.external });
      return z.NEVER;
    });
