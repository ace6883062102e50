import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { EngineEvent, EngineEventBatch } from "@wheelhouse/protocol";
import { BATCH_DELAY_MS, BATCH_SIZE, EventBatcher, MAX_WAITING } from "./event-batcher.ts";
import { createLogger } from "./logger.ts";

const event = (n: number): EngineEvent => ({ type: "container", action: "start", actorId: `c${n}`, attributes: {}, timeNano: n });

describe("EventBatcher", () => {
  let sent: EngineEventBatch[];
  let open: boolean;
  let warnings: string[];
  let batcher: EventBatcher;

  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    open = true;
    warnings = [];
    const logger = createLogger("test", (line) => warnings.push(line));
    batcher = new EventBatcher((batch) => open && sent.push(batch) > 0, logger);
  });
  afterEach(() => {
    batcher.close();
    vi.useRealTimers();
  });

  it("sends a few events together after a short delay", () => {
    batcher.push(event(1));
    batcher.push(event(2));
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(BATCH_DELAY_MS);
    expect(sent).toEqual([{ events: [event(1), event(2)] }]);
  });

  it("sends a full batch at once", () => {
    for (let n = 0; n < BATCH_SIZE; n++) batcher.push(event(n));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.events).toHaveLength(BATCH_SIZE);
  });

  it("keeps at most MAX_WAITING events while it cannot send, dropping the oldest and saying so", () => {
    open = false;
    for (let n = 0; n < MAX_WAITING + 50; n++) batcher.push(event(n));
    open = true;
    vi.advanceTimersByTime(BATCH_DELAY_MS);
    const delivered = sent.flatMap((b) => b.events);
    expect(delivered).toHaveLength(MAX_WAITING);
    expect(delivered[0]).toEqual(event(50));
    expect(sent.every((b) => b.events.length <= BATCH_SIZE)).toBe(true);
    expect(warnings.some((w) => w.includes("dropped 50 engine events"))).toBe(true);
  });
});
