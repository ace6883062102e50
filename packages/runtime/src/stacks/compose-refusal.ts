/**
 * A compose file refused for its problems, as one error: the agent's replies carry a code and a
 * message, so every problem goes into the message, each with its line and path. The API checks
 * the file first and hands the browser the problems as data; this is the agent's own guard.
 */
import type { StackProblem } from "@wheelhouse/compose";
import { RuntimeError } from "../errors.ts";

export function composeRefusal(problems: StackProblem[]): RuntimeError {
  const each = problems.map(({ line, path, message }) => `${line === undefined ? "" : `line ${line}, `}${path || "the file"}: ${message}`);
  return new RuntimeError("BAD_REQUEST", `The compose file can't be deployed, nothing was changed. ${each.join("; ")}`);
}
