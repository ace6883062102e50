/**
 * An event's stored detail, made readable: it is JSON (a call's redacted input, or the error with
 * the input nested as a JSON string) or, from older writers, plain text shown as it is.
 */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function prettyDetail(detail: string | null): string | null {
  if (!detail) return null;
  const parsed = parseJson(detail);
  if (typeof parsed !== "object" || parsed === null) return detail;
  const nested = parsed as Record<string, unknown>;
  const expanded = typeof nested.input === "string" ? { ...nested, input: parseJson(nested.input) } : nested;
  return JSON.stringify(expanded, null, 2);
}
