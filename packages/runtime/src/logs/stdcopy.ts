/**
 * Docker's stdcopy framing, undone as bytes arrive: each frame is an 8-byte header (stream type,
 * three zero bytes, big-endian payload size) then the payload. A chunk from the socket may end
 * inside a header or a payload and may hold many frames; payload pieces are handed on as views of
 * the chunk, never copied.
 */

export const STDIN = 0;
export const STDOUT = 1;
export const STDERR = 2;
/** The engine's own complaints while reading a log ("Error grabbing logs: ..."), untimestamped. */
export const SYSTEMERR = 3;
export type FrameStream = typeof STDIN | typeof STDOUT | typeof STDERR | typeof SYSTEMERR;

/** Receives a frame's payload in one or more pieces; `startsFrame` is true for the first. */
export type FrameSink = (stream: FrameStream, piece: Buffer, startsFrame: boolean) => void;

const HEADER_SIZE = 8;

export class StdcopyDemuxer {
  private readonly header = Buffer.alloc(HEADER_SIZE);
  private headerFill = 0;
  private stream: FrameStream = STDOUT;
  private remaining = 0;
  private startsFrame = false;

  constructor(private readonly sink: FrameSink) {}

  write(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.remaining > 0) {
        const end = Math.min(chunk.length, at + this.remaining);
        this.sink(this.stream, chunk.subarray(at, end), this.startsFrame);
        this.startsFrame = false;
        this.remaining -= end - at;
        at = end;
        continue;
      }
      const take = Math.min(HEADER_SIZE - this.headerFill, chunk.length - at);
      chunk.copy(this.header, this.headerFill, at, at + take);
      this.headerFill += take;
      at += take;
      if (this.headerFill === HEADER_SIZE) this.readHeader();
    }
  }

  /** Whether the bytes ended on a frame boundary (a truncated frame means the connection broke). */
  get atBoundary(): boolean {
    return this.headerFill === 0 && this.remaining === 0;
  }

  private readHeader(): void {
    const type = this.header[0] ?? -1;
    if (type > SYSTEMERR || this.header[1] !== 0 || this.header[2] !== 0 || this.header[3] !== 0) {
      throw new Error(`Not a stdcopy frame header: ${this.header.toString("hex")} (is the container's TTY setting what the reader assumed?)`);
    }
    this.stream = type as FrameStream;
    this.remaining = this.header.readUInt32BE(4);
    this.startsFrame = true;
    this.headerFill = 0;
  }
}
