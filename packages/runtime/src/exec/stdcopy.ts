/**
 * Docker's stdcopy framing, as the Engine multiplexes stdout and stderr of a process without a tty
 * on one connection: an 8-byte header (stream type, three zero bytes, big-endian payload length)
 * before each payload. Payloads pass through as they arrive, so a large frame is never held whole
 * and bytes are never decoded.
 */
import { Transform, type TransformCallback } from "node:stream";

export type OutputStream = "stdout" | "stderr";

export interface ExecChunk {
  stream: OutputStream;
  data: Buffer;
}

const HEADER_BYTES = 8;

export class StdcopyDemux extends Transform {
  #header = Buffer.alloc(0);
  #stream: OutputStream = "stdout";
  #remaining = 0;

  constructor() {
    super({ readableObjectMode: true });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.#remaining === 0) {
        const needed = HEADER_BYTES - this.#header.length;
        this.#header = Buffer.concat([this.#header, chunk.subarray(offset, offset + needed)]);
        offset += needed;
        if (this.#header.length < HEADER_BYTES) break;
        this.#stream = this.#header[0] === 2 ? "stderr" : "stdout";
        this.#remaining = this.#header.readUInt32BE(4);
        this.#header = Buffer.alloc(0);
        continue;
      }
      const data = chunk.subarray(offset, offset + this.#remaining);
      offset += data.length;
      this.#remaining -= data.length;
      this.push({ stream: this.#stream, data } satisfies ExecChunk);
    }
    done();
  }
}

/** A tty's bytes are one stream: everything the process writes, as the terminal shows it. */
export class TtyChunks extends Transform {
  constructor() {
    super({ readableObjectMode: true });
  }

  override _transform(data: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    done(null, { stream: "stdout", data } satisfies ExecChunk);
  }
}
