"use client";
/** The rows of a log view, kept in step with its store: rebuilt when the filters change, extended as lines arrive. */
import { useMemo } from "react";
import { LogRows, type FieldFilter } from "./model/log-rows";
import type { LogStore } from "./model/log-store";
import type { LineMatcher } from "./model/search";

export function useLogRows(store: LogStore, version: number, fieldFilters: readonly FieldFilter[], expanded: ReadonlySet<number>, matcher: LineMatcher | undefined) {
  const rows = useMemo(() => new LogRows(store, { fieldFilters, expanded, matcher }), [store, fieldFilters, expanded, matcher]);
  // Bringing the rows up to the store's version is idempotent, so it may run during render;
  // the number it answers changes whenever the rows did, for the list to redraw.
  const length = useMemo(() => {
    rows.update();
    return rows.length;
  }, [rows, version]);
  return { rows, length, matchCount: rows.matchCount };
}
