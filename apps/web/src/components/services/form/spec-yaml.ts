/**
 * The spec as YAML, for the read-only YAML tab and the form's YAML editor. Written without empty
 * lists and maps (the schema fills them back in) so it reads like a compose file, not a dump.
 */
import { ServiceSpec, ServiceSpecForm, type ServiceSpecInput } from "@wheelhouse/protocol";
import { parseDocument, stringify } from "yaml";
import type { Problem } from "./check-draft";
import { specPath } from "./issue-paths";

export function specToYaml(spec: ServiceSpecInput): string {
  return stringify(compact(spec) ?? {});
}

export interface YamlRead {
  /** The YAML has the spec's shape, so the form can show it (it may still fail the checks). */
  shape?: ServiceSpecForm;
  /** The YAML is a valid spec, ready to send. */
  spec?: ServiceSpec;
  problems: Problem[];
}

export function readYaml(text: string): YamlRead {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        path: e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : "YAML",
        // Drop the code frame the parser appends; the editor shows the text itself.
        message: e.message.split("\n")[0] ?? e.message,
      })),
    };
  }
  const value: unknown = doc.toJS();
  const checked = ServiceSpec.safeParse(value);
  if (checked.success) return { shape: checked.data, spec: checked.data, problems: [] };
  const shape = ServiceSpecForm.safeParse(value);
  return {
    shape: shape.success ? shape.data : undefined,
    problems: checked.error.issues.map((i) => ({ path: specPath(i.path), message: i.message })),
  };
}

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map((item) => compact(item) ?? item);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).flatMap(([key, item]) => {
    const kept = compact(item);
    return kept === undefined ? [] : [[key, kept] as const];
  });
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}
