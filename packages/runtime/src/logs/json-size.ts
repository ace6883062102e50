/**
 * What a log line costs as JSON, bounded from above without encoding it: a batch of lines must fit
 * one channel frame, whose limit is in bytes. Printable ASCII without quotes or backslashes (most
 * log text) is written as is; other text takes at most three bytes a UTF-16 unit (a CJK character,
 * or a quote escaped as two), and a control character becomes a six-byte escape (\u001b).
 */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const CONTROL = /[\u0000-\u001f]/;
// Its timestamp, stream, source and truncation mark as JSON, and the field names.
const LINE_FIELDS_BYTES = 112;

export function lineJsonBytes(text: string): number {
  return text.length * (PLAIN.test(text) ? 1 : CONTROL.test(text) ? 6 : 3) + LINE_FIELDS_BYTES;
}
