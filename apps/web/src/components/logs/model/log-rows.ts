/**
 * The rows a log view shows, derived from its store: one per entry that passes the field filters,
 * plus the lines of entries the user expanded or whose hidden lines hold a search match. Rows are
 * line numbers in an Int32Array, and every match is one item of another (its row), so stepping
 * between matches and counting them costs nothing at render. New entries are added as they
 * arrive; only a change of filters, of expansions or of the store's epoch rebuilds the whole.
 */
import { ensureRoom } from "./growable";
import { fieldValue, parseJsonLine } from "./json-line";
import type { LogStore } from "./log-store";
import type { LineMatcher } from "./search";

export interface FieldFilter {
  key: string;
  value: string;
}

export interface RowOptions {
  fieldFilters: readonly FieldFilter[];
  /** Entries shown with all their lines. */
  expanded: ReadonlySet<number>;
  matcher?: LineMatcher;
}

export class LogRows {
  readonly #store: LogStore;
  readonly #options: RowOptions;
  #rows = new Int32Array(0);
  #length = 0;
  #matches = new Int32Array(0);
  #matchCount = 0;
  #epoch = -1;
  #entriesSeen = 0;
  /** The sizes of the entries that may still grow, when they were laid out. */
  #openSizes = new Map<number, number>();

  constructor(store: LogStore, options: RowOptions) {
    this.#store = store;
    this.#options = options;
    this.update();
  }

  get length(): number {
    return this.#length;
  }

  get matchCount(): number {
    return this.#matchCount;
  }

  /** The line shown on the row. */
  line(row: number): number {
    return this.#rows[row] ?? -1;
  }

  /** The row holding the match. */
  matchRow(match: number): number {
    return this.#matches[match] ?? -1;
  }

  /** The number of the row's first match (matches of a row are consecutive), or -1 without any. */
  firstMatchOf(row: number): number {
    let low = 0;
    let high = this.#matchCount;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#matches[middle] ?? 0) < row) low = middle + 1;
      else high = middle;
    }
    return low < this.#matchCount && this.#matches[low] === row ? low : -1;
  }

  /** Whether the entry is shown with all its lines. */
  isOpen(entry: number): boolean {
    return this.#options.expanded.has(entry) || this.#revealed(entry);
  }

  /** Brings the rows up to date with the store; answers whether they changed. */
  update(): boolean {
    const store = this.#store;
    if (this.#epoch !== store.epoch || this.#grewWhereShownWhole()) return this.#rebuild();
    const before = this.#length;
    for (; this.#entriesSeen < store.entryCount; this.#entriesSeen++) this.#addEntry(this.#entriesSeen);
    this.#noteOpenSizes();
    return this.#length !== before;
  }

  #rebuild(): true {
    this.#epoch = this.#store.epoch;
    this.#length = 0;
    this.#matchCount = 0;
    this.#entriesSeen = 0;
    for (; this.#entriesSeen < this.#store.entryCount; this.#entriesSeen++) this.#addEntry(this.#entriesSeen);
    this.#noteOpenSizes();
    return true;
  }

  /** An entry already laid out with all its lines got more: they belong in the middle of the rows. */
  #grewWhereShownWhole(): boolean {
    for (const [entry, size] of this.#openSizes) {
      if (this.#store.entrySize(entry) !== size && this.#passes(entry) && this.isOpen(entry)) return true;
    }
    return false;
  }

  #noteOpenSizes(): void {
    this.#openSizes = new Map(this.#store.openEntries().map((entry) => [entry, this.#store.entrySize(entry)]));
  }

  #addEntry(entry: number): void {
    if (!this.#passes(entry)) return;
    this.#addRow(this.#store.entryHead(entry));
    if (this.#store.entrySize(entry) > 1 && this.isOpen(entry)) {
      for (const line of this.#store.continuationLines(entry)) this.#addRow(line);
    }
  }

  #addRow(line: number): void {
    const row = this.#length++;
    this.#rows = ensureRoom(this.#rows, this.#length);
    this.#rows[row] = line;
    const matcher = this.#options.matcher;
    if (!matcher || this.#store.kind(line) === "dropped") return;
    const count = matcher.count(this.#store.plain(line));
    if (count === 0) return;
    this.#matches = ensureRoom(this.#matches, this.#matchCount + count);
    this.#matches.fill(row, this.#matchCount, this.#matchCount + count);
    this.#matchCount += count;
  }

  #revealed(entry: number): boolean {
    const matcher = this.#options.matcher;
    if (!matcher || this.#store.entrySize(entry) < 2) return false;
    return this.#store.continuationLines(entry).some((line) => matcher.count(this.#store.plain(line)) > 0);
  }

  #passes(entry: number): boolean {
    const filters = this.#options.fieldFilters;
    if (filters.length === 0) return true;
    const head = this.#store.entryHead(entry);
    if (this.#store.kind(head) === "dropped") return true;
    const text = this.#store.plain(head);
    // Most lines lack the value altogether: skip parsing those.
    if (!filters.every((filter) => !plainJson(filter.value) || text.includes(filter.value))) return false;
    const json = parseJsonLine(text);
    return json !== undefined && filters.every((filter) => fieldValue(json, filter.key) === filter.value);
  }
}

/** A value every JSON writer leaves unescaped (printable ASCII, no quote, slash or backslash): a line holding it contains it. */
function plainJson(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code > 0x7e || code === 0x22 || code === 0x2f || code === 0x5c) return false;
  }
  return true;
}
