/**
 * A service's `environment`, as a list ("KEY=value") or a map, to the engine's "KEY=value" list,
 * sorted as docker sorts it.
 *
 * A variable without a value is one docker stack deploy takes from the shell it runs in.
 * Wheelhouse has no such shell: the entry goes to the engine as a bare name, which is what docker
 * sends when the shell lacks it too (the container gets no such variable), with a warning.
 */
import { z } from "zod";
import { isMapping } from "./compose-file.ts";
import { byText } from "./ordering.ts";
import type { Findings, YamlPath } from "./problems.ts";

export const Environment = z
  .union([
    z.array(z.string().regex(/^[^=]/, 'expected "NAME=value"')),
    z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()], { error: "expected a single value" })),
  ])
  .transform((written) =>
    (Array.isArray(written) ? written : Object.entries(written).map(([name, value]) => (value === null ? name : `${name}=${value}`))).sort(
      byText((entry) => entry),
    ),
  );

export function warnAboutUnsetVariables(written: unknown, path: YamlPath, findings: Findings): void {
  const unset: { name: string; at: string | number }[] = [];
  if (Array.isArray(written)) {
    written.forEach((entry, at) => {
      if (typeof entry === "string" && !entry.includes("=")) unset.push({ name: entry, at });
    });
  } else if (isMapping(written)) {
    for (const [name, value] of Object.entries(written)) if (value === null) unset.push({ name, at: name });
  }
  for (const { name, at } of unset) {
    findings.warn([...path, at], `${name} has no value: docker stack deploy would take it from the deploying shell, which Wheelhouse doesn't have, so the container won't have ${name}`);
  }
}
