/**
 * Turns zod's issues into findings a person can act on: one per unknown key, and for a value that
 * may take several shapes (a port as "8080:80" or as a mapping) the complaint about the shape that
 * was written rather than a list of every shape it isn't.
 */
import type { z } from "zod";
import type { Finding, YamlPath } from "./problems.ts";

type Issue = z.core.$ZodIssue;

export function findingsFromIssues(issues: readonly Issue[], prefix: YamlPath): Finding[] {
  return issues.flatMap((issue): Finding[] => {
    const path = [...prefix, ...issue.path.filter((key) => typeof key !== "symbol")];
    if (issue.code === "unrecognized_keys") return issue.keys.map((key) => ({ path: [...path, key], message: "unknown option" }));
    if (issue.code === "invalid_union") {
      // A branch that failed on more than the value's type is the shape that was meant.
      const meant = issue.errors.find((branch) => !branch.every((i) => i.code === "invalid_type" && i.path.length === 0));
      if (meant) return findingsFromIssues(meant, path);
    }
    return [{ path, message: issue.message }];
  });
}

/** Zod's error map: messages in the words of a compose file rather than of TypeScript. */
export const composeMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "is required" : `expected ${noun(issue.expected)}, got ${describe(issue.input)}`;
    case "invalid_union": {
      const expected = issue.errors.flatMap((branch) => branch.flatMap((i) => (i.code === "invalid_type" && i.path.length === 0 ? [noun(i.expected)] : [])));
      return `expected ${orList(expected)}, got ${describe(issue.input)}`;
    }
    case "invalid_value":
      return `expected ${orList(issue.values.map((v) => JSON.stringify(v)))}, got ${describe(issue.input)}`;
    case "too_small":
      return issue.origin === "array" ? `needs at least ${issue.minimum} entries` : issue.origin === "string" ? "can't be empty" : `must be at least ${issue.minimum}`;
    case "too_big":
      return `must be at most ${issue.maximum}`;
    default:
      return undefined;
  }
};

const nouns: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "a mapping",
  record: "a mapping",
  array: "a list",
};

function noun(expected: string): string {
  return nouns[expected] ?? expected;
}

function describe(input: unknown): string {
  if (input === null || input === undefined) return "nothing";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "a mapping";
  if (typeof input === "string") return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  return String(input);
}

function orList(items: readonly string[]): string {
  const unique = [...new Set(items)];
  return unique.length <= 1 ? (unique[0] ?? "something else") : `${unique.slice(0, -1).join(", ")} or ${unique.at(-1)}`;
}
