/**
 * The header our own pages send with every API call, and the server requires on state-changing
 * calls made with the session cookie (see server/http/csrf.ts). Its value does not matter; being
 * able to set it at all is what proves the request came from a page on this origin.
 */
export const CSRF_HEADER = "x-wheelhouse-csrf";
