/**
 * Channel ids are random so either end may open channels without agreeing on who numbers them;
 * crypto.getRandomValues exists in Node and in browsers, even on plain-HTTP pages.
 */
export function newChannelId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
