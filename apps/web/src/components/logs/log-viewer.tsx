"use client";
/**
 * A log view of one target (a container, a service or a node): its toolbar and search, the
 * stream's state and sources, and the virtualized lines. It holds the view's settings; the stream
 * lives in useLogStream, the rows in useLogRows.
 */
import type { LogTarget } from "@wheelhouse/protocol";
import { useCallback, useMemo, useState, type ReactNode } from "react";
import { downloadLogs } from "./download-logs";
import { LogDownloadMenu } from "./log-download-menu";
import { LogList } from "./log-list";
import { LogFailureStrip, LogPlaceholder } from "./log-placeholder";
import type { SourceTagging } from "./log-row";
import { LogSearchBar } from "./log-search-bar";
import { DEFAULT_SETTINGS, subscriptionOf, type LogSettings } from "./log-settings";
import { LogStatusBar } from "./log-status-bar";
import { LogToolbar, type LogDisplay } from "./log-toolbar";
import type { FieldFilter } from "./model/log-rows";
import { useLogRows } from "./use-log-rows";
import { useLogSearch } from "./use-log-search";
import { useLogStream } from "./use-log-stream";

export interface LogViewerProps {
  target: LogTarget;
  /** What it shows, for the list's label and the download's file name. */
  name: string;
  tagging: SourceTagging;
  /** Above the toolbar, e.g. a pane's title and close button. */
  header?: ReactNode;
}

const NO_ENTRIES: ReadonlySet<number> = new Set();

export function LogViewer({ target, name, tagging, header }: LogViewerProps) {
  const [settings, setSettings] = useState<LogSettings>(DEFAULT_SETTINGS);
  const [display, setDisplay] = useState<LogDisplay>({ timestamps: true, structured: true });
  const [fieldFilters, setFieldFilters] = useState<readonly FieldFilter[]>([]);
  const search = useLogSearch();
  const subscription = useMemo(() => subscriptionOf(target, { ...settings, search: search.search }), [target, settings, search.search]);
  const stream = useLogStream(subscription);
  const { store } = stream;

  // Entry numbers hold for one store and epoch: expansions are forgotten with them.
  const [expandedFor, setExpandedFor] = useState({ store, epoch: store.epoch, entries: NO_ENTRIES });
  const expanded = expandedFor.store === store && expandedFor.epoch === store.epoch ? expandedFor.entries : NO_ENTRIES;
  const toggle = useCallback(
    (entry: number) => {
      const entries = new Set(expanded);
      if (!entries.delete(entry)) entries.add(entry);
      setExpandedFor({ store, epoch: store.epoch, entries });
    },
    [expanded, store],
  );
  const addFilter = useCallback(
    (key: string, value: string) => setFieldFilters((filters) => (filters.some((f) => f.key === key && f.value === value) ? filters : [...filters.filter((f) => f.key !== key), { key, value }])),
    [],
  );

  const { rows, length, matchCount } = useLogRows(store, stream.version, fieldFilters, expanded, search.matcher);
  const [stepped, setStepped] = useState({ match: -1, nonce: 0, rows });
  // A match number holds for the rows it was counted on.
  const currentMatch = stepped.rows === rows && stepped.match < matchCount ? stepped.match : -1;
  const step = (direction: 1 | -1) => {
    if (matchCount === 0) return;
    const match = currentMatch < 0 ? (direction > 0 ? 0 : matchCount - 1) : (currentMatch + direction + matchCount) % matchCount;
    setStepped({ match, nonce: stepped.nonce + 1, rows });
  };

  return (
    <section aria-label={`Logs of ${name}`} className="flex h-full min-h-0 flex-col overflow-hidden rounded-xl bg-slate-950 text-slate-200 shadow-card ring-1 ring-slate-800">
      {header}
      <div className="space-y-1.5 border-b border-slate-800 bg-slate-900 px-3 py-2">
        <LogSearchBar
          search={search}
          onlyMatching={settings.onlyMatching}
          onOnlyMatchingChange={(onlyMatching) => setSettings({ ...settings, onlyMatching })}
          matchCount={matchCount}
          currentMatch={currentMatch}
          onStep={step}
        />
        <LogToolbar settings={settings} onSettingsChange={setSettings} display={display} onDisplayChange={setDisplay}>
          <LogDownloadMenu
            disabled={length === 0}
            onDownload={(format) => downloadLogs(store, rows, { format, timestamps: display.timestamps, tagging }, name)}
          />
        </LogToolbar>
      </div>
      <LogStatusBar
        store={store}
        status={stream.status}
        following={settings.follow}
        shownRows={length}
        tagging={tagging}
        filters={fieldFilters}
        onRemoveFilter={(filter) => setFieldFilters(fieldFilters.filter((f) => f !== filter))}
      />
      {length > 0 && <LogFailureStrip status={stream.status} onRetry={stream.retry} />}
      <LogList
        label={`Log lines of ${name}`}
        store={store}
        rows={rows}
        length={length}
        version={stream.version}
        showTimestamp={display.timestamps}
        tagging={tagging}
        structured={display.structured}
        matcher={search.matcher}
        currentMatch={currentMatch}
        reveal={currentMatch >= 0 ? { row: rows.matchRow(currentMatch), nonce: stepped.nonce } : null}
        onToggle={toggle}
        onFilter={addFilter}
        placeholder={
          <LogPlaceholder
            status={stream.status}
            caughtUp={store.caughtUp}
            following={settings.follow}
            searching={search.search?.pattern}
            filtered={fieldFilters.length > 0}
            onRetry={stream.retry}
          />
        }
      />
    </section>
  );
}
