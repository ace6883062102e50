/**
 * Puts values into a configured search filter. Each value is escaped per RFC 4515 first, so a
 * username such as "*)(uid=*" matches only itself instead of widening the search.
 */
import { Filter } from "ldapts";

export function fillFilter(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`the filter ${template} names ${placeholder}, which has no value here`);
    return Filter.escape(value);
  });
}
