/**
 * A LogSearch compiled into a filter over lines, run on the agent so a search of a long history
 * ships only what matches.
 *
 * A regular expression from a user can backtrack for longer than the universe lasts (`(a+)+$`).
 * Rejecting risky shapes statically refuses useful patterns and still misses some; instead each
 * batch of lines is matched inside a vm context with a time budget, which V8 enforces even in the
 * middle of a match, and a pattern that exceeds it ends the stream with a BAD_REQUEST. The budget
 * costs about half a millisecond per batch, so plain substrings (linear by construction) skip it.
 */
import vm from "node:vm";
import type { LogSearch } from "@wheelhouse/protocol";
import { RuntimeError } from "../errors.ts";

/** Which of the texts match. */
export type LineFilter = (texts: string[]) => boolean[];

const MATCH_BUDGET_MS = 250;
const matchAll = new vm.Script("matches = texts.map((text) => pattern.test(text));");

export function compileSearch(search: LogSearch | undefined): LineFilter | undefined {
  if (search === undefined) return undefined;
  const flags = search.caseSensitive ? "" : "i";
  if (!search.regex) {
    const pattern = new RegExp(search.pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), flags);
    return (texts) => texts.map((text) => pattern.test(text));
  }
  const pattern = compileRegex(search.pattern, flags);
  const context = vm.createContext({ pattern, texts: [] as string[], matches: [] as boolean[] });
  return (texts) => {
    if (texts.length === 0) return [];
    context.texts = texts;
    try {
      matchAll.runInContext(context, { timeout: MATCH_BUDGET_MS });
    } catch (error) {
      throw new RuntimeError(
        "BAD_REQUEST",
        `The search pattern /${search.pattern}/ took more than ${MATCH_BUDGET_MS} ms on ${texts.length} lines; simplify it (nested repetition such as (a+)+ backtracks without end)`,
        { cause: error },
      );
    }
    return context.matches as boolean[];
  };
}

function compileRegex(source: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message.replace(/^Invalid regular expression: /, "") : String(error);
    throw new RuntimeError("BAD_REQUEST", `Not a valid regular expression: ${reason}`, { cause: error });
  }
}
