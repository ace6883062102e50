"use client";
/**
 * A JSON log line as fields: its level (coloured), its message, then key=value pairs. Clicking the
 * level or a field filters the view to entries with the same value.
 */
import { cx } from "@wheelhouse/ui";
import { AnsiText } from "./ansi-text";
import { LEVEL_CLASSES, UNKNOWN_LEVEL_CLASS } from "./log-colors";
import { highlight } from "./model/highlight";
import { LEVEL_KEY, type JsonLine } from "./model/json-line";
import type { LineMatcher } from "./model/search";

interface JsonEntryProps {
  json: JsonLine;
  matcher: LineMatcher | undefined;
  onFilter: (key: string, value: string) => void;
}

export function JsonEntry({ json, matcher, onFilter }: JsonEntryProps) {
  const marked = (text: string) => <AnsiText pieces={highlight([{ text }], matcher ? matcher.ranges(text) : [])} />;
  return (
    <>
      {json.levelText !== undefined && (
        <button
          type="button"
          title={`Show only level ${json.levelText}`}
          onClick={() => onFilter(LEVEL_KEY, json.levelText ?? "")}
          className={cx(
            "mr-2 inline-block w-[6ch] rounded-sm text-center text-[0.6875rem] leading-4 font-semibold uppercase ring-1 ring-inset",
            json.level ? LEVEL_CLASSES[json.level] : UNKNOWN_LEVEL_CLASS,
          )}
        >
          {json.levelText.slice(0, 5)}
        </button>
      )}
      {json.message !== undefined && <span className={cx("mr-3", json.level === "error" ? "text-red-200" : "text-slate-100")}>{marked(json.message)}</span>}
      {json.fields.map((field) => (
        <button
          key={field.key}
          type="button"
          title={`Show only entries where ${field.key} is ${field.value}`}
          onClick={() => onFilter(field.key, field.value)}
          className="mr-3 rounded-sm hover:bg-slate-700/60"
        >
          <span className="text-slate-500">{field.key}=</span>
          <span className="text-sky-200/90">{marked(field.value)}</span>
        </button>
      ))}
    </>
  );
}
