/** Class-name helpers shared by the components. */

/** Joins the truthy class names; lets components take `className` without a dependency. */
export function cx(...names: ReadonlyArray<string | false | null | undefined>): string {
  return names.filter(Boolean).join(" ");
}

/** The one keyboard focus ring, so every control shows focus the same way. */
export const focusRing = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600";

/**
 * For every <dialog>: it inherits text styles from where it is rendered, often a right-aligned,
 * unwrapped table cell, and must not.
 */
export const dialogTextReset = "text-left whitespace-normal";
