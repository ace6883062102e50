/**
 * Which lines continue the entry before them, so a multi-line stack trace shows as one entry:
 * indented lines (Java's "\tat", Node's "    at", Python's "  File"), Java's "Caused by:" and
 * "... 12 more", and Python's traceback with its closing exception line. A continuation must come
 * within a second of the line before it: a stack trace is written at once, while indented lines
 * written over time are separate entries.
 */

export interface OpenGroup {
  /** Lines in the entry so far. */
  size: number;
  /** When its last line was written, in ms. */
  lastAt: number;
  /** Inside a Python traceback, whose unindented exception line closes it. */
  traceback: boolean;
  /** No further line joins it. */
  closed: boolean;
}

/** Past this an entry stops growing, so no run of indented output becomes one giant entry. */
export const MAX_GROUP_LINES = 500;
const WITHIN_MS = 1000;

const JAVA_CONTINUATION = /^(Caused by|Suppressed): |^\.\.\. \d+ (more|common frames omitted)/;
const PYTHON_TRACEBACK = "Traceback (most recent call last):";

export function startGroup(text: string, at: number): OpenGroup {
  // A blank line heads nothing: what follows it is not its stack.
  return { size: 1, lastAt: at, traceback: text.startsWith(PYTHON_TRACEBACK), closed: text.trim() === "" };
}

/** The entry with the line joined, or undefined when the line starts an entry of its own. */
export function joinGroup(group: OpenGroup | undefined, text: string, at: number): OpenGroup | undefined {
  if (!group || group.closed || group.size >= MAX_GROUP_LINES) return undefined;
  if (at - group.lastAt > WITHIN_MS || at < group.lastAt - WITHIN_MS) return undefined;
  if (text.trim() === "") return undefined;
  const grown = { ...group, size: group.size + 1, lastAt: at };
  if (/^\s/.test(text) || JAVA_CONTINUATION.test(text)) return grown;
  // A logger's error line followed by the traceback it formatted.
  if (text.startsWith(PYTHON_TRACEBACK)) return { ...grown, traceback: true };
  if (group.traceback) return { ...grown, closed: true };
  return undefined;
}
