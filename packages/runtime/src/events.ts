/** The engine's event stream (GET /events) as protocol EngineEvents, until the stream ends or the signal aborts. */
import type { Readable } from "node:stream";
import type Docker from "dockerode";
import { EngineEvent } from "@wheelhouse/protocol";
import { jsonLines } from "./json-lines.ts";

export async function* followEvents(docker: Docker, signal: AbortSignal): AsyncGenerator<EngineEvent> {
  const stream = (await docker.getEvents({ abortSignal: signal })) as Readable;
  const stop = () => stream.destroy();
  signal.addEventListener("abort", stop, { once: true });
  if (signal.aborted) stop();
  try {
    for await (const value of jsonLines(stream)) {
      const event = toEngineEvent(value);
      if (event) yield event;
    }
  } finally {
    signal.removeEventListener("abort", stop);
    stream.destroy();
  }
}

interface RawEvent {
  Type?: string;
  Action?: string;
  id?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> };
  time?: number;
  timeNano?: number;
}

function toEngineEvent(value: unknown): EngineEvent | undefined {
  const raw = (typeof value === "object" && value !== null ? value : {}) as RawEvent;
  const event = EngineEvent.safeParse({
    type: raw.Type,
    action: raw.Action,
    actorId: raw.Actor?.ID ?? raw.id ?? "",
    attributes: raw.Actor?.Attributes ?? {},
    timeNano: raw.timeNano ?? (raw.time ?? 0) * 1e9,
  });
  return event.data;
}
