/**
 * The form's checks before anything is sent: the draft's own (numbers that are not numbers), then
 * the protocol's ServiceSpec schema, the same one the server applies, so both sides agree.
 */
import { ServiceSpec } from "@wheelhouse/protocol";
import { draftToSpec, samePath, type SpecIssue } from "./draft-to-spec";
import { fieldKey, specPath } from "./issue-paths";
import type { ServiceDraft } from "./service-draft";

// The form's order, so the list of problems reads from the top of the form down.
const FORM_ORDER = ["name", "image", "command", "args", "mode", "placement", "resources", "ports", "env", "labels", "mounts", "networks", "secrets", "configs"];

function formPosition(issue: SpecIssue): number {
  const index = FORM_ORDER.indexOf(String(issue.path[0]));
  return index === -1 ? FORM_ORDER.length : index;
}

export interface Problem {
  /** The spec path, as the YAML view and the server name it. */
  path: string;
  message: string;
}

interface DraftCheck {
  /** Set when the draft is a valid spec, ready to send. */
  spec?: ServiceSpec;
  problems: Problem[];
  /** The first problem of each form field, by field key. */
  fieldErrors: Record<string, string>;
  /** False when some text is not a number: the YAML view could not show it as typed. */
  convertible: boolean;
}

export function checkDraft(draft: ServiceDraft): DraftCheck {
  const { spec, issues, rowIds } = draftToSpec(draft);
  const parsed = ServiceSpec.safeParse(spec);
  // A field the draft already found unreadable would be reported twice, once about its placeholder.
  const schemaIssues: SpecIssue[] = parsed.success ? [] : parsed.error.issues.filter((i) => !issues.some((own) => samePath(own.path, i.path)));
  const all = [...issues, ...schemaIssues].sort((a, b) => formPosition(a) - formPosition(b));
  const fieldErrors: Record<string, string> = {};
  for (const issue of all) fieldErrors[fieldKey(issue.path, rowIds)] ??= issue.message;
  return {
    spec: all.length === 0 && parsed.success ? parsed.data : undefined,
    problems: all.map((i) => ({ path: specPath(i.path), message: i.message })),
    fieldErrors,
    convertible: issues.length === 0,
  };
}
