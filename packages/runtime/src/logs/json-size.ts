/**
 * What a log line costs as JSON, bounded from above without encoding it: a batch of lines must fit
 * one channel frame, whose limit is in bytes. Text without control characters takes at most three
 * bytes a UTF-16 unit (a CJK character, or a quote escaped as two); a control character becomes a
 * six-byte escape (ANSI colours: \u001b).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const CONTROL = /[\u0000-\u001f]/;
// Its timestamp, stream, source and truncation mark as JSON, and the field names.
const LINE_FIELDS_BYTES = 112;

export function lineJsonBytes(text: string): number {
  return text.length * (CONTROL.test(text) ? 6 : 3) + LINE_FIELDS_BYTES;
}
