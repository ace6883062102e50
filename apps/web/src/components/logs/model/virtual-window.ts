/**
 * Which rows of a fixed-row-height list to draw for a scroll position. Browsers cap an element's
 * height (about 17.9 million px in Firefox, 33.5 million in Chromium): a million 20 px rows is
 * past Firefox's cap, so above MAX_SCROLL_HEIGHT the scrollbar spans a scaled-down height and a
 * scroll position maps to a row proportionally, the last position to the last row.
 *
 * Written here rather than taken from @tanstack/react-virtual: its measurement pass walks every
 * item on each count change (a million on each batch of a live log), and it does not scale past
 * the browsers' height cap. Fixed rows make this a few lines of arithmetic.
 */

export const MAX_SCROLL_HEIGHT = 8_000_000;

export interface VirtualLayout {
  /** The height of the scrolling content. */
  scrollHeight: number;
  /** The content's rows from first to last (inclusive), drawn from `top` within it. */
  first: number;
  last: number;
  top: number;
}

/** The real (unscaled) offset of the viewport's top, in px. */
export function realOffset(scrollTop: number, viewport: number, count: number, rowHeight: number): number {
  const real = count * rowHeight;
  const scrollHeight = Math.min(real, MAX_SCROLL_HEIGHT);
  if (real <= scrollHeight || scrollHeight <= viewport) return scrollTop;
  return (scrollTop * (real - viewport)) / (scrollHeight - viewport);
}

/** The scroll position that puts the real offset at the viewport's top. */
export function scrollTopFor(offset: number, viewport: number, count: number, rowHeight: number): number {
  const real = count * rowHeight;
  const scrollHeight = Math.min(real, MAX_SCROLL_HEIGHT);
  const clamped = Math.max(0, Math.min(offset, real - viewport));
  if (real <= scrollHeight || scrollHeight <= viewport) return clamped;
  return (clamped * (scrollHeight - viewport)) / (real - viewport);
}

export function virtualLayout(scrollTop: number, viewport: number, count: number, rowHeight: number, overscan = 10): VirtualLayout {
  const scrollHeight = Math.min(count * rowHeight, MAX_SCROLL_HEIGHT);
  if (count === 0) return { scrollHeight: 0, first: 0, last: -1, top: 0 };
  const offset = realOffset(scrollTop, viewport, count, rowHeight);
  const first = Math.max(0, Math.floor(offset / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((offset + viewport) / rowHeight) + overscan);
  // Rows sit where they would in the real list, moved by the gap between real and scaled offsets.
  return { scrollHeight, first, last, top: first * rowHeight - offset + scrollTop };
}
