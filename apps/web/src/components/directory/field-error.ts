/**
 * The server validates the settings with one schema and names the field first in its message
 * ("url: Use ldap://host…", or "settings.url: …" from the test): which field that is, so the form
 * can show the message beside it.
 */
import type { DirectoryField, DirectoryForm } from "./directory-types";

export interface FieldError {
  field: DirectoryField;
  message: string;
}

export function fieldError(message: string, form: DirectoryForm): FieldError | null {
  const match = /^(?:settings\.)?(\w+): (.+)$/.exec(message);
  if (!match?.[1] || !match[2] || !(match[1] in form)) return null;
  return { field: match[1] as DirectoryField, message: match[2] };
}
