/** The look of every text input, select and textarea in the service form, matching TextField's. */
export const inputClasses =
  "block w-full rounded-md border border-line-strong bg-surface px-3 text-sm text-fg shadow-xs placeholder:text-fg-subtle focus:border-accent-600 focus:outline-2 focus:outline-offset-0 focus:outline-accent-600/30 disabled:cursor-not-allowed disabled:bg-surface-muted disabled:text-fg-muted aria-invalid:border-danger";
