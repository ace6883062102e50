"use client";
/**
 * A log view's search box: what is typed, the substring/regex and case toggles, and the search
 * they make once typing pauses (or Enter is pressed), compiled for highlighting. An invalid
 * regular expression is reported and searches nothing.
 */
import type { LogSearch } from "@wheelhouse/protocol";
import { useEffect, useMemo, useState } from "react";
import { compileSearch } from "./model/search";

const SETTLE_MS = 400;

export function useLogSearch() {
  const [draft, setDraft] = useState("");
  const [regex, setRegex] = useState(false);
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [settled, setSettled] = useState("");

  useEffect(() => {
    const timer = setTimeout(() => setSettled(draft), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  const compiled = useMemo(() => (settled ? compileSearch({ pattern: settled, regex, caseSensitive }) : undefined), [settled, regex, caseSensitive]);
  const search = useMemo<LogSearch | undefined>(() => (compiled?.ok ? { pattern: settled, regex, caseSensitive } : undefined), [compiled, settled, regex, caseSensitive]);

  return {
    draft,
    setDraft,
    regex,
    setRegex,
    caseSensitive,
    setCaseSensitive,
    /** Applies what is typed now, without waiting for typing to pause. */
    settle: () => setSettled(draft),
    /** The search in force, when there is a valid one. */
    search,
    matcher: compiled?.ok ? compiled.matcher : undefined,
    error: compiled && !compiled.ok ? compiled.message : undefined,
  };
}

export type LogSearchState = ReturnType<typeof useLogSearch>;
