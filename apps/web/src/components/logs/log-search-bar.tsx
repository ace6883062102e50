"use client";
/**
 * The search row of a log view: the pattern, its regex and case toggles, whether to show matching
 * lines alone (the agents filter the history) or highlight matches among all, the match counter
 * and the previous / next buttons (Enter and Shift+Enter in the box too).
 */
import { cx } from "@wheelhouse/ui";
import { CaseSensitive, ChevronDown, ChevronUp, Filter, Regex, Search } from "lucide-react";
import { useId } from "react";
import { fieldClasses, ToolButton } from "./log-controls";
import type { LogSearchState } from "./use-log-search";

interface LogSearchBarProps {
  search: LogSearchState;
  onlyMatching: boolean;
  onOnlyMatchingChange: (only: boolean) => void;
  matchCount: number;
  /** The match stepped to, or -1. */
  currentMatch: number;
  onStep: (direction: 1 | -1) => void;
}

export function LogSearchBar({ search, onlyMatching, onOnlyMatchingChange, matchCount, currentMatch, onStep }: LogSearchBarProps) {
  const active = search.search !== undefined;
  const errorId = useId();
  return (
    <div className="flex min-w-0 flex-1 flex-wrap items-center gap-1.5">
      <div className="relative min-w-[12rem] flex-1">
        <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-2 size-3.5 -translate-y-1/2 text-slate-500" />
        <input
          type="search"
          aria-label="Search the log"
          aria-invalid={search.error !== undefined}
          aria-describedby={search.error ? errorId : undefined}
          placeholder={search.regex ? "Search (regular expression)" : "Search"}
          value={search.draft}
          onChange={(event) => search.setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== "Enter") return;
            event.preventDefault();
            if (search.draft !== search.search?.pattern) search.settle();
            else onStep(event.shiftKey ? -1 : 1);
          }}
          className={cx(fieldClasses, "w-full pl-7 font-mono")}
        />
      </div>
      <ToolButton pressed={search.regex} onClick={() => search.setRegex(!search.regex)} icon={<Regex />} aria-label="Regular expression" title="Regular expression" />
      <ToolButton
        pressed={search.caseSensitive}
        onClick={() => search.setCaseSensitive(!search.caseSensitive)}
        icon={<CaseSensitive />}
        aria-label="Match case"
        title="Match case"
      />
      <ToolButton
        pressed={onlyMatching}
        onClick={() => onOnlyMatchingChange(!onlyMatching)}
        icon={<Filter />}
        title={onlyMatching ? "Showing matching lines only (searched on the nodes); click to highlight matches among all lines" : "Highlighting matches among all lines; click to show matching lines only"}
      >
        Only matching
      </ToolButton>
      <span aria-live="polite" className={cx("min-w-[7ch] text-center text-xs tabular-nums", active ? "text-slate-300" : "text-slate-600")}>
        {active ? (matchCount === 0 ? "No matches" : `${currentMatch >= 0 ? (currentMatch + 1).toLocaleString() : "–"} of ${matchCount.toLocaleString()}`) : ""}
      </span>
      <ToolButton onClick={() => onStep(-1)} disabled={matchCount === 0} icon={<ChevronUp />} aria-label="Previous match" title="Previous match (Shift+Enter)" />
      <ToolButton onClick={() => onStep(1)} disabled={matchCount === 0} icon={<ChevronDown />} aria-label="Next match" title="Next match (Enter)" />
      {search.error && (
        <p id={errorId} role="alert" className="basis-full text-xs text-red-300">
          {search.error}
        </p>
      )}
    </div>
  );
}
