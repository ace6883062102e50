/** Small conversions the mappings share: timestamps, container names, and the Engine API's string-or-list, sometimes-null fields. */

/** RFC 3339 (with nanoseconds, as Docker writes it) to milliseconds; 0 when absent or unreadable. */
export function millisFromIso(iso: string | null | undefined): number {
  const millis = Date.parse(iso ?? "");
  return Number.isNaN(millis) ? 0 : millis;
}

/** Docker gives Cmd and Entrypoint as null, a string or a list. */
export function listOf(value: string | string[] | null | undefined): string[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

// Docker names a container "/web": the slash is an artefact of its old link hierarchy.
export function containerName(name: string | undefined): string {
  return (name ?? "").replace(/^\//, "");
}
