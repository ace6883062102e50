/**
 * Labels as editable key/value rows, and back, with the checks a label key needs before it reaches
 * Docker. Shared by every form that edits swarm labels (nodes, secrets, configs).
 */
export interface LabelRow {
  id: number;
  key: string;
  value: string;
}

// Rows need stable React keys while people type into them; a counter is enough.
let lastRowId = 0;

export function labelRow(key = "", value = ""): LabelRow {
  lastRowId += 1;
  return { id: lastRowId, key, value };
}

export function rowsFromLabels(labels: Record<string, string>): LabelRow[] {
  return Object.entries(labels)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => labelRow(key, value));
}

/** Blank rows are left out: an editor always offers one to type into. */
export function labelsFromRows(rows: readonly LabelRow[]): Record<string, string> {
  return Object.fromEntries(rows.filter((r) => r.key.trim() !== "").map((r) => [r.key.trim(), r.value]));
}

// Docker's advice for label keys (letters, digits, dots and dashes, beginning and ending with a
// letter or digit, no doubled separators), with underscores allowed as the CLI allows them.
const KEY = /^[a-zA-Z0-9](?:[a-zA-Z0-9._-]*[a-zA-Z0-9])?$/;
const DOUBLED_SEPARATOR = /[.-]{2}/;
const MAX_KEY = 1024;
const MAX_VALUE = 4096;

/**
 * What is wrong with each row, by row id. Keys in `existing` are accepted as they are: Docker's
 * CLI takes any key, and a label someone set there should not block an unrelated edit.
 */
export function labelRowProblems(rows: readonly LabelRow[], existing: ReadonlySet<string> = new Set()): Map<number, string> {
  const problems = new Map<number, string>();
  const seen = new Set<string>();
  for (const row of rows) {
    const key = row.key.trim();
    if (key === "") {
      if (row.value !== "") problems.set(row.id, "Give this label a key.");
      continue;
    }
    if (seen.has(key)) problems.set(row.id, `${key} is already set above.`);
    else if (key.length > MAX_KEY) problems.set(row.id, `A key has at most ${MAX_KEY} characters.`);
    else if (row.value.length > MAX_VALUE) problems.set(row.id, `A value has at most ${MAX_VALUE} characters.`);
    else if (!existing.has(key) && (!KEY.test(key) || DOUBLED_SEPARATOR.test(key))) {
      problems.set(row.id, "Use letters, digits, dots, dashes and underscores, starting and ending with a letter or digit, e.g. rack or com.example.zone.");
    }
    seen.add(key);
  }
  return problems;
}

export function sameLabels(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && b[key] === a[key]);
}
