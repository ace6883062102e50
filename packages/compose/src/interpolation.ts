/**
 * Compose's variable substitution, which Wheelhouse does not do: docker stack deploy fills
 * ${VAR} and $VAR from the deploying shell, and Wheelhouse has none. Each reference is kept as
 * written and named in a warning. "$$", compose's escape for a literal "$", becomes "$" as it does
 * in docker, so commands and healthchecks written for docker behave the same.
 */
import type { Findings, YamlPath } from "./problems.ts";

const dollarOrVariable = /\$\$|\$\{[^}]*\}?|\$[A-Za-z_][A-Za-z0-9_]*/g;

export function unescapeDollars(value: unknown, findings: Findings, path: YamlPath = []): unknown {
  if (typeof value === "string") return unescapeString(value, findings, path);
  if (Array.isArray(value)) return value.map((item, i) => unescapeDollars(item, findings, [...path, i]));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, isExtension(path, key) ? item : unescapeDollars(item, findings, [...path, key])]),
    );
  }
  return value;
}

function unescapeString(text: string, findings: Findings, path: YamlPath): string {
  const variables: string[] = [];
  const unescaped = text.replace(dollarOrVariable, (match) => {
    if (match === "$$") return "$";
    variables.push(match);
    return match;
  });
  if (variables.length > 0) {
    findings.warn(path, `${variables.join(", ")} kept as written: Wheelhouse doesn't substitute variables (write $$ for a literal $)`);
  }
  return unescaped;
}

/** `x-` keys hold a file's reusable fragments; what matters is where they are used. */
function isExtension(path: YamlPath, key: string): boolean {
  return key.startsWith("x-") && (path.length === 0 || path.length === 2);
}
