/** Rows of the form's repeating lists: each gets a key that survives edits, so React keeps focus on the right input. */
let lastRowId = 0;

export function rowId(): string {
  lastRowId += 1;
  return `row-${lastRowId}`;
}

export function replaceRow<T extends { id: string }>(rows: readonly T[], id: string, patch: Partial<T>): T[] {
  return rows.map((row) => (row.id === id ? { ...row, ...patch } : row));
}

export function withoutRow<T extends { id: string }>(rows: readonly T[], id: string): T[] {
  return rows.filter((row) => row.id !== id);
}
