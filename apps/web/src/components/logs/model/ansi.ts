/**
 * ANSI escape sequences in log lines. SGR sequences (colours and styles) become styled segments;
 * every other escape sequence (cursor moves, erase, OSC window titles and hyperlinks, charset
 * switches) is dropped. One parser yields both the segments the view renders and the plain text
 * that search, JSON detection and downloads see, so their offsets agree.
 *
 * Written here rather than taken from anser (the usual choice): anser 2.3.5 leaves OSC sequences
 * (`ESC ] 0;title BEL`, hyperlinks) in the text and keeps a stale true colour after a later SGR
 * changes the colour, and the view needs the exact plain text offsets for highlighting anyway.
 */

export interface AnsiStyle {
  /** A CSS colour, or a palette index 0-15 the view maps to its theme. */
  fg?: string | number;
  bg?: string | number;
  bold?: boolean;
  dim?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  inverse?: boolean;
}

export interface AnsiSegment {
  text: string;
  /** Absent for unstyled text. */
  style?: AnsiStyle;
}

const ESC = "\x1b";

/** The plain text of a line, without its escape sequences. */
export function stripAnsi(text: string): string {
  if (!text.includes(ESC)) return text;
  let plain = "";
  for (const segment of parseAnsi(text)) plain += segment.text;
  return plain;
}

export function parseAnsi(text: string): AnsiSegment[] {
  if (!text.includes(ESC)) return text ? [{ text }] : [];
  const segments: AnsiSegment[] = [];
  let style: AnsiStyle = {};
  let pending = "";
  let i = 0;
  const flush = () => {
    if (pending) segments.push(hasStyle(style) ? { text: pending, style: { ...style } } : { text: pending });
    pending = "";
  };
  while (i < text.length) {
    const esc = text.indexOf(ESC, i);
    if (esc === -1) {
      pending += text.slice(i);
      break;
    }
    pending += text.slice(i, esc);
    const sequence = readSequence(text, esc);
    if (sequence.sgr !== undefined) {
      flush();
      style = applySgr(style, sequence.sgr);
    }
    i = sequence.end;
  }
  flush();
  return segments;
}

/** Where the escape sequence at `start` ends, and its SGR parameters when it is one. */
function readSequence(text: string, start: number): { end: number; sgr?: string } {
  const kind = text[start + 1];
  if (kind === "[") {
    // CSI: parameter bytes 0x30-0x3F, intermediate bytes 0x20-0x2F, one final byte 0x40-0x7E.
    let i = start + 2;
    while (i < text.length && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x3f) i++;
    const final = text.charCodeAt(i);
    if (!(final >= 0x40 && final <= 0x7e)) return { end: i };
    return text[i] === "m" ? { end: i + 1, sgr: text.slice(start + 2, i) } : { end: i + 1 };
  }
  if (kind === "]" || kind === "P" || kind === "X" || kind === "^" || kind === "_") {
    // OSC and the other string sequences end at BEL or ST (ESC \); an unterminated one runs to the end.
    for (let i = start + 2; i < text.length; i++) {
      if (text[i] === "\x07") return { end: i + 1 };
      if (text[i] === ESC && text[i + 1] === "\\") return { end: i + 2 };
    }
    return { end: text.length };
  }
  // Two-character sequences, with intermediate bytes before the final one (ESC ( B).
  let i = start + 1;
  while (i < text.length && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x2f) i++;
  return { end: Math.min(i + 1, text.length) };
}

function applySgr(current: AnsiStyle, parameters: string): AnsiStyle {
  const style = { ...current };
  const codes = parameters === "" ? ["0"] : parameters.split(";");
  for (let k = 0; k < codes.length; k++) {
    const code = codes[k] ?? "";
    if (code.includes(":")) {
      // ITU form (38:2::r:g:b, 38:5:n): one parameter holds the whole colour.
      const parts = code.split(":");
      const colour = extendedColour(parts[1], parts.slice(2).filter((part) => part !== "").slice(-3));
      setColour(style, parts[0], colour);
      continue;
    }
    const n = Number(code || "0");
    if (n === 38 || n === 48) {
      const mode = codes[k + 1];
      const argCount = mode === "5" ? 1 : mode === "2" ? 3 : 0;
      setColour(style, String(n), extendedColour(mode, codes.slice(k + 2, k + 2 + argCount)));
      k += 1 + argCount;
      continue;
    }
    applyCode(style, n);
  }
  return style;
}

function applyCode(style: AnsiStyle, n: number): void {
  if (n === 0) for (const key of Object.keys(style)) delete style[key as keyof AnsiStyle];
  else if (n === 1) style.bold = true;
  else if (n === 2) style.dim = true;
  else if (n === 3) style.italic = true;
  else if (n === 4) style.underline = true;
  else if (n === 7) style.inverse = true;
  else if (n === 9) style.strike = true;
  else if (n === 22) {
    delete style.bold;
    delete style.dim;
  }
  else if (n === 23) delete style.italic;
  else if (n === 24) delete style.underline;
  else if (n === 27) delete style.inverse;
  else if (n === 29) delete style.strike;
  else if (n >= 30 && n <= 37) style.fg = n - 30;
  else if (n === 39) delete style.fg;
  else if (n >= 40 && n <= 47) style.bg = n - 40;
  else if (n === 49) delete style.bg;
  else if (n >= 90 && n <= 97) style.fg = n - 90 + 8;
  else if (n >= 100 && n <= 107) style.bg = n - 100 + 8;
}

function setColour(style: AnsiStyle, which: string | undefined, colour: string | number | undefined): void {
  if (colour === undefined) return;
  if (which === "38") style.fg = colour;
  else if (which === "48") style.bg = colour;
}

/** A 256-colour index or an RGB triple, as a palette index (0-15) or a CSS colour. */
function extendedColour(mode: string | undefined, args: string[]): string | number | undefined {
  const values = args.map(Number);
  if (values.some((v) => !Number.isInteger(v) || v < 0 || v > 255)) return undefined;
  if (mode === "5" && values.length === 1) return xterm256(values[0] ?? 0);
  if (mode === "2" && values.length === 3) return `rgb(${values.join(", ")})`;
  return undefined;
}

const CUBE_STEPS = [0, 95, 135, 175, 215, 255];

function xterm256(index: number): string | number {
  if (index < 16) return index;
  if (index >= 232) {
    const level = 8 + (index - 232) * 10;
    return `rgb(${level}, ${level}, ${level})`;
  }
  const cube = index - 16;
  const r = CUBE_STEPS[Math.floor(cube / 36)] ?? 0;
  const g = CUBE_STEPS[Math.floor(cube / 6) % 6] ?? 0;
  const b = CUBE_STEPS[cube % 6] ?? 0;
  return `rgb(${r}, ${g}, ${b})`;
}

function hasStyle(style: AnsiStyle): boolean {
  for (const key in style) if (style[key as keyof AnsiStyle] !== undefined) return true;
  return false;
}
