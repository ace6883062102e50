/** What a parser of one compose value returns: the value, or why the text isn't one. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export const parsedValue = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const parseFailure = (message: string): Parsed<never> => ({ ok: false, message });
