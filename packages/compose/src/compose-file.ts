/**
 * The top level of a compose file: its sections, each a mapping from names to definitions.
 * `version` is accepted and ignored, as docker does; `x-` keys hold reusable fragments. A section
 * that is wrong is reported and read as empty, so the rest of the file still gets checked.
 */
import type { Findings } from "./problems.ts";

export interface ComposeSections {
  services: Record<string, unknown>;
  networks: Record<string, unknown>;
  volumes: Record<string, unknown>;
  secrets: Record<string, unknown>;
  configs: Record<string, unknown>;
}

const topLevelKeys = new Set(["version", "services", "networks", "volumes", "secrets", "configs"]);

export function readSections(file: unknown, findings: Findings): ComposeSections | undefined {
  if (!isMapping(file)) {
    findings.problem([], "a compose file is a mapping with a services section");
    return undefined;
  }
  for (const key of Object.keys(file)) {
    if (key === "name") findings.warn([key], "ignored; the stack is named when it is deployed");
    else if (!topLevelKeys.has(key) && !key.startsWith("x-")) findings.problem([key], "unknown top-level key");
  }
  const services = readSection(file, "services", findings);
  if (services && Object.keys(services).length === 0) findings.problem(["services"], "a stack needs at least one service");
  return {
    services: services ?? {},
    networks: readSection(file, "networks", findings) ?? {},
    volumes: readSection(file, "volumes", findings) ?? {},
    secrets: readSection(file, "secrets", findings) ?? {},
    configs: readSection(file, "configs", findings) ?? {},
  };
}

/** A section's definitions; none when the section isn't a mapping, which is reported. */
function readSection(file: Record<string, unknown>, name: string, findings: Findings): Record<string, unknown> | undefined {
  const written = file[name] ?? {};
  if (isMapping(written)) return written;
  findings.problem([name], "expected a mapping from names to definitions");
  return undefined;
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A mapping without its `x-` keys; anything else as it is. */
export function withoutExtensions(value: unknown): unknown {
  return isMapping(value) ? Object.fromEntries(Object.entries(value).filter(([key]) => !key.startsWith("x-"))) : value;
}
