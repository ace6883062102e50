"use client";
/**
 * The list view every resource page uses: a real <table> with client-side sort and filter, and the
 * loading, error, empty and no-match states drawn in place so the page layout never jumps.
 */
import { ArrowDown, ArrowUp, ChevronsUpDown, Search, X } from "lucide-react";
import { useId, useMemo, useState, type ReactNode } from "react";
import { Button } from "./button.tsx";
import { cx, focusRing } from "./class-names.ts";
import { EmptyState } from "./empty-state.tsx";
import { ErrorState } from "./error-state.tsx";
import { pluralize } from "./format.ts";
import { Skeleton } from "./skeleton.tsx";

export interface DataTableColumn<T> {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Applied to the header and every cell of the column (width, alignment, wrapping). */
  className?: string;
  /** Makes the column sortable; nulls sort last in both directions. */
  sortValue?: (row: T) => string | number | null | undefined;
}

export type SortDirection = "asc" | "desc";

export interface SortState {
  key: string;
  direction: SortDirection;
}

export interface DataTableProps<T> {
  /** The table's accessible name, e.g. "Containers". */
  label: string;
  columns: ReadonlyArray<DataTableColumn<T>>;
  /** undefined while the first load is in flight. */
  rows: readonly T[] | undefined;
  getRowId: (row: T) => string;
  /** Buttons for one row, drawn in a right-hand column. */
  rowActions?: (row: T) => ReactNode;
  /** Skeleton rows until `rows` arrive. */
  loading?: boolean;
  /** A human message; replaces the rows with an error and a retry button. */
  error?: string | null;
  onRetry?: () => void;
  /** Shown when there are no rows at all, usually an EmptyState. */
  empty?: ReactNode;
  /** Enables the filter box; returns the text a row is matched against. */
  filterText?: (row: T) => string;
  filterPlaceholder?: string;
  /** Singular noun for the row count and filter label ("container"). */
  noun?: string;
  /** Controls at the right of the toolbar. */
  toolbar?: ReactNode;
  defaultSort?: SortState;
  /** The scroll area's height limit; the header stays in view within it. */
  maxHeight?: string;
  className?: string;
}

const SKELETON_ROWS = 6;
const SKELETON_WIDTHS = ["w-3/4", "w-1/2", "w-2/3", "w-2/5"] as const;
const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

function compareValues(a: string | number | null | undefined, b: string | number | null | undefined, direction: SortDirection) {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  const order = typeof a === "number" && typeof b === "number" ? a - b : collator.compare(String(a), String(b));
  return direction === "asc" ? order : -order;
}

export function DataTable<T>({
  label,
  columns,
  rows,
  getRowId,
  rowActions,
  loading = false,
  error,
  onRetry,
  empty,
  filterText,
  filterPlaceholder,
  noun = "item",
  toolbar,
  defaultSort,
  maxHeight = "max(20rem, calc(100dvh - 15rem))",
  className,
}: DataTableProps<T>) {
  const filterId = useId();
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState<SortState | undefined>(defaultSort);
  const plural = `${noun}s`;

  const visibleRows = useMemo(() => {
    if (!rows) return [];
    const needle = query.trim().toLowerCase();
    const matched = needle && filterText ? rows.filter((row) => filterText(row).toLowerCase().includes(needle)) : [...rows];
    const sortValue = sort && columns.find((column) => column.key === sort.key)?.sortValue;
    if (sort && sortValue) matched.sort((a, b) => compareValues(sortValue(a), sortValue(b), sort.direction));
    return matched;
  }, [rows, query, filterText, sort, columns]);

  const toggleSort = (key: string) =>
    setSort((current) => (current?.key === key && current.direction === "asc" ? { key, direction: "desc" } : { key, direction: "asc" }));

  const columnCount = columns.length + (rowActions ? 1 : 0);
  const fullWidthRow = (content: ReactNode) => (
    <tr>
      <td colSpan={columnCount}>{content}</td>
    </tr>
  );

  let body: ReactNode;
  if (error) {
    body = fullWidthRow(<ErrorState title={`Could not load ${plural}`} message={error} onRetry={onRetry} />);
  } else if (!rows) {
    body = loading
      ? Array.from({ length: SKELETON_ROWS }, (_, rowIndex) => (
          <tr key={rowIndex}>
            {Array.from({ length: columnCount }, (_, columnIndex) => (
              <td key={columnIndex} className="px-3 py-3 first:pl-4">
                <Skeleton className={cx("h-3.5", SKELETON_WIDTHS[(rowIndex + columnIndex) % SKELETON_WIDTHS.length])} />
              </td>
            ))}
          </tr>
        ))
      : null;
  } else if (rows.length === 0) {
    body = fullWidthRow(empty ?? <EmptyState title={`No ${plural}`} />);
  } else if (visibleRows.length === 0) {
    body = fullWidthRow(
      <EmptyState
        icon={<Search />}
        title={`No ${plural} match “${query.trim()}”`}
        description="Check the spelling, or clear the filter to see everything."
        action={
          <Button size="sm" onClick={() => setQuery("")}>
            Clear filter
          </Button>
        }
      />,
    );
  } else {
    body = visibleRows.map((row) => (
      <tr key={getRowId(row)} className="transition-colors hover:bg-surface-muted">
        {columns.map((column) => (
          <td key={column.key} className={cx("px-3 py-2 align-middle whitespace-nowrap first:pl-4", column.className)}>
            {column.cell(row)}
          </td>
        ))}
        {rowActions && (
          <td className="w-px px-3 py-1.5 text-right whitespace-nowrap">
            <div className="flex items-center justify-end gap-0.5">{rowActions(row)}</div>
          </td>
        )}
      </tr>
    ));
  }

  const countText =
    rows && rows.length > 0
      ? visibleRows.length === rows.length
        ? pluralize(rows.length, noun, plural)
        : `${visibleRows.length.toLocaleString("en-US")} of ${pluralize(rows.length, noun, plural)}`
      : null;

  return (
    <div className={cx("overflow-hidden rounded-lg border border-line bg-surface shadow-card", className)}>
      {(filterText || toolbar !== undefined) && (
        <div className="flex flex-wrap items-center gap-3 border-b border-line px-3 py-2.5">
          {filterText && (
            <div className="relative w-full max-w-xs">
              <label htmlFor={filterId} className="sr-only">
                Filter {plural}
              </label>
              <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-fg-subtle" />
              <input
                id={filterId}
                type="search"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                placeholder={filterPlaceholder ?? `Filter ${plural}…`}
                autoComplete="off"
                spellCheck={false}
                className={cx(
                  "h-8 w-full rounded-md border border-line-strong bg-surface pr-8 pl-8 text-sm text-fg placeholder:text-fg-subtle",
                  "[&::-webkit-search-cancel-button]:hidden",
                  "focus-visible:border-accent-500 focus-visible:outline-2 focus-visible:outline-accent-500/25",
                )}
              />
              {query && (
                <button
                  type="button"
                  aria-label="Clear filter"
                  onClick={() => setQuery("")}
                  className={cx("absolute top-1/2 right-1.5 flex size-5 -translate-y-1/2 items-center justify-center rounded text-fg-subtle hover:text-fg", focusRing)}
                >
                  <X className="size-3.5" />
                </button>
              )}
            </div>
          )}
          {countText && <span className="text-xs text-fg-subtle tabular-nums">{countText}</span>}
          {toolbar !== undefined && <div className="ml-auto flex items-center gap-2">{toolbar}</div>}
        </div>
      )}
      <div className="overflow-auto" style={{ maxHeight }}>
        <table aria-label={label} aria-busy={loading || undefined} className="w-full border-separate border-spacing-0 text-sm">
          <thead className="sticky top-0 z-10 bg-surface-muted">
            <tr>
              {columns.map((column) => {
                const active = sort?.key === column.key ? sort.direction : undefined;
                return (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={active ? (active === "asc" ? "ascending" : "descending") : undefined}
                    className={cx(
                      "h-9 border-b border-line px-3 text-left text-xs font-medium whitespace-nowrap text-fg-muted first:pl-4",
                      column.className,
                    )}
                  >
                    {column.sortValue ? (
                      <button
                        type="button"
                        onClick={() => toggleSort(column.key)}
                        className={cx("group -mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 hover:text-fg", focusRing)}
                      >
                        {column.header}
                        {active === "asc" ? (
                          <ArrowUp aria-hidden="true" className="size-3.5 text-accent-600" />
                        ) : active === "desc" ? (
                          <ArrowDown aria-hidden="true" className="size-3.5 text-accent-600" />
                        ) : (
                          <ChevronsUpDown aria-hidden="true" className="size-3.5 opacity-0 transition-opacity group-hover:opacity-60 group-focus-visible:opacity-60" />
                        )}
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
              {rowActions && (
                <th scope="col" className="w-px border-b border-line px-3">
                  <span className="sr-only">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody className="[&>tr:not(:last-child)>td]:border-b [&>tr>td]:border-line">{body}</tbody>
        </table>
      </div>
    </div>
  );
}
