/**
 * Reads the YAML text of a compose file: its plain value, and where each part of it is, so a
 * problem can name its line. YAML 1.2 as Compose reads it: `<<` merge keys work, and a number
 * with a leading 0 is octal like in Go's yaml (`mode: 0440`), where YAML 1.2 would read decimal.
 */
import { isMap, isSeq, isScalar, LineCounter, parseDocument, type Document, type ScalarTag } from "yaml";
import type { StackProblem, YamlPath } from "./problems.ts";

export interface Position {
  line: number;
  column: number;
}

export type Locate = (path: YamlPath) => Position | undefined;

export type YamlSource = { ok: true; value: unknown; locate: Locate } | { ok: false; problems: StackProblem[] };

const goOctal: ScalarTag = {
  tag: "tag:yaml.org,2002:int",
  default: true,
  format: "OCT",
  test: /^0[0-7]+$/,
  resolve: (text) => Number.parseInt(text, 8),
};

export function readYaml(text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, merge: true, prettyErrors: false, customTags: (tags) => [goOctal, ...tags] });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    return { ok: false, problems: doc.errors.map((error) => ({ path: "", ...at(error.pos[0]), message: error.message })) };
  }
  let value: unknown;
  try {
    // The alias limit stops a "billion laughs" file from expanding without end.
    value = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    return { ok: false, problems: [{ path: "", message: error instanceof Error ? error.message : String(error) }] };
  }
  const locate: Locate = (path) => {
    // A value that isn't in the file (a missing key, one brought in by `<<`) is placed at its
    // nearest written ancestor.
    for (let depth = path.length; depth >= 0; depth--) {
      const offset = offsetOf(doc, path.slice(0, depth));
      if (offset !== undefined) return at(offset);
    }
    return undefined;
  };
  return { ok: true, value, locate };
}

/** Where a value starts; for a mapping entry, where its key starts, the line a reader looks for. */
function offsetOf(doc: Document, path: YamlPath): number | undefined {
  const last = path.at(-1);
  if (last === undefined) return doc.contents?.range?.[0];
  const parent = doc.getIn(path.slice(0, -1), true);
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(last));
    return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
  }
  if (isSeq(parent) && typeof last === "number") {
    const item = parent.items[last];
    return isScalar(item) || isMap(item) || isSeq(item) ? item.range?.[0] : undefined;
  }
  return undefined;
}
