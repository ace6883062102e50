/**
 * The file's top-level networks, volumes, secrets and configs, read into what its services refer
 * to: each name in the file mapped to the object the engine knows.
 */
import type { z } from "zod";
import { withoutExtensions, type ComposeSections } from "./compose-file.ts";
import { objectNameProblem } from "./names.ts";
import type { Findings } from "./problems.ts";
import type { ExternalObject, StackNetwork, StackVolume } from "./stack-plan.ts";
import { fileObjectDeclaration } from "./top-level-file-objects.ts";
import { defaultNetwork, networkDeclaration } from "./top-level-networks.ts";
import { volumeDeclaration } from "./top-level-volumes.ts";
import { composeMessages, findingsFromIssues } from "./zod-issues.ts";

export interface StackContext {
  stack: string;
  networks: ReadonlyMap<string, StackNetwork>;
  volumes: ReadonlyMap<string, StackVolume>;
  secrets: ReadonlyMap<string, ExternalObject>;
  configs: ReadonlyMap<string, ExternalObject>;
}

export function readDeclarations(stack: string, sections: ComposeSections, findings: Findings): StackContext {
  const networks = readSection("networks", sections.networks, (key) => networkDeclaration(stack, key), findings);
  if (!networks.has("default")) networks.set("default", defaultNetwork(stack));
  return {
    stack,
    networks,
    volumes: readSection("volumes", sections.volumes, (key) => volumeDeclaration(stack, key), findings),
    secrets: readSection("secrets", sections.secrets, (key) => fileObjectDeclaration("secret", key), findings),
    configs: readSection("configs", sections.configs, (key) => fileObjectDeclaration("config", key), findings),
  };
}

/**
 * A declaration with problems still goes in, as a stand-in, so the services that refer to it
 * aren't blamed as well; nothing gets deployed then anyway.
 */
function readSection<T>(
  section: string,
  declarations: Record<string, unknown>,
  schemaFor: (key: string) => z.ZodType<T>,
  findings: Findings,
): Map<string, T | ExternalObject> {
  const read = new Map<string, T | ExternalObject>();
  for (const [key, written] of Object.entries(declarations)) {
    const nameProblem = objectNameProblem(key);
    if (nameProblem) findings.problem([section, key], nameProblem);
    const parsed = schemaFor(key).safeParse(withoutExtensions(written ?? {}), { error: composeMessages });
    if (parsed.success) {
      read.set(key, parsed.data);
    } else {
      for (const { path, message } of findingsFromIssues(parsed.error.issues, [section, key])) findings.problem(path, message);
      read.set(key, { name: key, external: true });
    }
  }
  return read;
}
