/**
 * What a channel sends from: a Node Readable (paused and resumed in place, so its own bounded
 * buffer holds what credit does not yet allow) or an async iterable (simply not pulled). Both are
 * seen through one small interface so the sender's pacing is written once.
 */

/**
 * Bytes (a string is sent as UTF-8) or a batch of JSON values, which arrive as JSON.stringify
 * writes them: a Date as its ISO string, undefined in an array as null, bytes as an object.
 */
export type Payload = Uint8Array | unknown[];
export type SourceChunk = Payload | string;

/** The parts of a Node Readable a channel uses; duck-typed so this package stays browser-safe. */
export interface ReadableSource {
  on(event: "data", listener: (chunk: SourceChunk) => void): unknown;
  on(event: "end" | "close", listener: () => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  pause(): unknown;
  resume(): unknown;
  destroy(error?: Error): unknown;
  readonly readableEnded: boolean;
  readonly destroyed: boolean;
}

export type Source = ReadableSource | AsyncIterable<SourceChunk>;

export interface UpstreamSink {
  write(payload: Payload): void;
  end(): void;
  fail(message: string): void;
}

export interface Upstream {
  pause(): void;
  resume(): void;
  destroy(): void;
}

const encoder = new TextEncoder();
const toPayload = (chunk: SourceChunk): Payload => (typeof chunk === "string" ? encoder.encode(chunk) : chunk);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function isReadable(source: Source): source is ReadableSource {
  return typeof (source as Partial<ReadableSource>).pause === "function" && typeof (source as Partial<ReadableSource>).on === "function";
}

export function startUpstream(source: Source, sink: UpstreamSink): Upstream {
  return isReadable(source) ? readableUpstream(source, sink) : iterableUpstream(source, sink);
}

function readableUpstream(readable: ReadableSource, sink: UpstreamSink): Upstream {
  let destroyed = false;
  // A Readable that finished before it was handed over would otherwise never say so.
  if (readable.readableEnded) queueMicrotask(() => sink.end());
  else if (readable.destroyed) queueMicrotask(() => sink.fail("the upstream was destroyed before it was sent"));
  readable.on("data", (chunk) => sink.write(toPayload(chunk)));
  readable.on("end", () => sink.end());
  readable.on("error", (error) => sink.fail(messageOf(error)));
  // A Readable destroyed by its producer (a killed process, a dropped engine socket) may not error.
  readable.on("close", () => {
    if (!destroyed && !readable.readableEnded) sink.fail("the upstream closed before its end");
  });
  return {
    pause: () => readable.pause(),
    resume: () => readable.resume(),
    destroy: () => {
      destroyed = true;
      readable.destroy();
    },
  };
}

function iterableUpstream(iterable: AsyncIterable<SourceChunk>, sink: UpstreamSink): Upstream {
  const iterator = iterable[Symbol.asyncIterator]();
  let paused = false;
  let destroyed = false;
  let wake: (() => void) | undefined;
  const pump = async () => {
    try {
      for (;;) {
        while (paused && !destroyed) await new Promise<void>((resolve) => (wake = resolve));
        if (destroyed) return;
        const next = await iterator.next();
        if (destroyed) return;
        if (next.done) return sink.end();
        sink.write(toPayload(next.value));
      }
    } catch (error) {
      if (!destroyed) sink.fail(messageOf(error));
    }
  };
  const release = () => {
    wake?.();
    wake = undefined;
  };
  void pump();
  return {
    pause: () => void (paused = true),
    resume: () => {
      paused = false;
      release();
    },
    destroy: () => {
      destroyed = true;
      release();
      iterator.return?.().catch(() => undefined);
    },
  };
}
