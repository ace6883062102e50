/**
 * One stream's log messages (`<RFC3339Nano> <text>` as the engine writes them with timestamps=true)
 * turned into whole lines. Bytes are kept until a line ends and decoded once, so a UTF-8 character
 * split across frames or chunks arrives intact.
 *
 * Docker's json-file driver stores a line longer than 16 KiB as several messages, each but the last
 * without a newline and each with its own timestamp prefix; they are joined back into one line.
 * With framing, every message is one frame, so a frame start means a timestamp comes next. A TTY
 * container's log has no framing: the only sign of a split is a full 16 KiB piece followed by
 * something that reads as a timestamp, which is what is checked there.
 */
import type { LogTimestamp } from "@wheelhouse/protocol";
import { normalizeTimestamp } from "./timestamps.ts";

export interface AssembledLine {
  /** The timestamp of the message that ended the line (Docker gives all pieces of a split line one). */
  ts: LogTimestamp;
  text: string;
  truncated: boolean;
}

/** The size at which Docker's log copier splits a line (its defaultBufSize). */
export const DOCKER_SPLIT_BYTES = 16 * 1024;

const SPACE = 0x20;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
// `2026-11-23T13:54:15.338086833+01:00`, the longest prefix Docker writes.
const MAX_PREFIX = 35;
const timestampChar = /^[0-9TZ:.+-]*$/;

export class LineAssembler {
  private readingPrefix = true;
  // True when the prefix being read may turn out to be text (a TTY line that reached 16 KiB).
  private tentative = false;
  private prefix = "";
  private ts: LogTimestamp | undefined;
  // TTY only: how many more bytes of this message may come before Docker would have split it.
  private untilSplit = Infinity;
  private parts: Buffer[] = [];
  private lineBytes = 0;
  private truncated = false;
  /** The first timestamp read, so a reader can tell how far back its history reached. */
  firstTs: LogTimestamp | undefined;

  constructor(
    private readonly emit: (line: AssembledLine) => void,
    private readonly options: { tty: boolean; maxLineBytes: number },
  ) {}

  /** A new message begins (framed logs: a new frame). */
  startMessage(): void {
    this.readingPrefix = true;
    this.tentative = false;
    this.prefix = "";
  }

  write(piece: Buffer): void {
    let at = 0;
    while (at < piece.length) {
      if (this.readingPrefix) {
        at = this.readPrefix(piece, at);
        continue;
      }
      const newline = piece.indexOf(NEWLINE, at);
      const end = Math.min(newline === -1 ? piece.length : newline, at + this.untilSplit);
      this.appendText(piece, at, end);
      if (end === newline) {
        this.finishLine();
        at = newline + 1;
        // Framed messages hold at most one line; a TTY log goes straight on with the next prefix.
        if (this.options.tty) this.startMessage();
        continue;
      }
      at = end;
    }
  }

  /** The stream ended: a last line without a newline is still a line. */
  end(): void {
    if (this.tentative) this.abandonPrefix();
    if (this.parts.length > 0) this.finishLine();
  }

  private readPrefix(piece: Buffer, at: number): number {
    const space = piece.indexOf(SPACE, at);
    const end = Math.min(space === -1 ? piece.length : space, at + MAX_PREFIX + 1 - this.prefix.length);
    this.prefix += piece.toString("latin1", at, end);
    const complete = end === space;
    const ts = complete ? normalizeTimestamp(this.prefix) : undefined;
    if (ts !== undefined) {
      this.ts = ts;
      this.firstTs ??= ts;
      this.readingPrefix = false;
      this.tentative = false;
      this.untilSplit = this.options.tty ? DOCKER_SPLIT_BYTES : Infinity;
      return space + 1;
    }
    const hopeless = complete || this.prefix.length > MAX_PREFIX || !timestampChar.test(this.prefix);
    if (!hopeless) return end;
    if (!this.tentative) throw new Error(`A log message without a timestamp prefix: ${JSON.stringify(this.prefix.slice(0, MAX_PREFIX))}`);
    this.abandonPrefix();
    return end;
  }

  // What looked like it might be a prefix was text of the line after all; it may hold a newline.
  private abandonPrefix(): void {
    const text = Buffer.from(this.prefix, "latin1");
    this.readingPrefix = false;
    this.tentative = false;
    this.prefix = "";
    this.untilSplit = Infinity;
    this.write(text);
  }

  private appendText(piece: Buffer, start: number, end: number): void {
    const room = this.options.maxLineBytes - this.lineBytes;
    if (end - start > room) this.truncated = true;
    const kept = Math.min(end - start, room);
    if (kept > 0) {
      this.parts.push(piece.subarray(start, start + kept));
      this.lineBytes += kept;
    }
    this.untilSplit -= end - start;
    if (this.untilSplit === 0) {
      this.readingPrefix = true;
      this.tentative = true;
      this.prefix = "";
    }
  }

  private finishLine(): void {
    const bytes = this.parts.length === 1 ? (this.parts[0] as Buffer) : Buffer.concat(this.parts, this.lineBytes);
    let end = this.truncated ? completeCharacters(bytes) : bytes.length;
    if (this.options.tty && end > 0 && bytes[end - 1] === CARRIAGE_RETURN) end -= 1;
    if (this.ts === undefined) throw new Error("A log line before any timestamp");
    this.emit({ ts: this.ts, text: bytes.toString("utf8", 0, end), truncated: this.truncated });
    this.parts = [];
    this.lineBytes = 0;
    this.truncated = false;
  }
}

// A line cut at the cap may end inside a character; the character is dropped rather than mangled.
function completeCharacters(bytes: Buffer): number {
  let lead = bytes.length - 1;
  while (lead >= 0 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead -= 1;
  if (lead < 0) return bytes.length;
  const first = bytes[lead] ?? 0;
  const size = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  return lead + size <= bytes.length ? bytes.length : lead;
}
