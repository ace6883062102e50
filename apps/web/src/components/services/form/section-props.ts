/** What every section of the service form receives. */
import type { DraftPatch, ServiceDraft } from "./service-draft";

export interface SectionProps {
  draft: ServiceDraft;
  update: (patch: DraftPatch) => void;
  /** Problems by field key (see issue-paths.ts); empty until the first submit. */
  errors: Readonly<Record<string, string>>;
}

/** The problems of one list row: every field key under `<list>.<row id>`. */
export function rowErrors(errors: SectionProps["errors"], list: string, id: string): string[] {
  const prefix = `${list}.${id}`;
  return Object.entries(errors).flatMap(([key, message]) => (key === prefix || key.startsWith(`${prefix}.`) ? [message] : []));
}
