import { describe, expect, it } from "vitest";
import { HandOff } from "./hand-off.ts";
import { Channels } from "./multiplexer.ts";
import { connectSocketPair } from "./testing/socket-pair.ts";

describe("HandOff", () => {
  it("yields what is pushed in order, settling each push as it is taken, and ends once drained", async () => {
    const handOff = new HandOff();
    const settled: string[] = [];
    void handOff.push("a").then(() => settled.push("a"));
    void handOff.push([{ type: "b" }]).then(() => settled.push("b"));
    handOff.end();
    const iterator = handOff[Symbol.asyncIterator]();
    await Promise.resolve();
    expect(settled).toEqual([]);
    expect(await iterator.next()).toEqual({ done: false, value: "a" });
    expect(await iterator.next()).toEqual({ done: false, value: [{ type: "b" }] });
    expect(settled).toEqual(["a", "b"]);
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it("drops what waits when its reader leaves, settling those pushes, and takes nothing after", async () => {
    const handOff = new HandOff();
    const pending = handOff.push("never read");
    await handOff[Symbol.asyncIterator]().return?.();
    await expect(pending).resolves.toBeUndefined();
    await expect(handOff.push("late")).resolves.toBeUndefined();
    expect(handOff.ended).toBe(true);
  });

  it("paces a producer that awaits its pushes by the receiver's credit", async () => {
    const pair = await connectSocketPair();
    const window = { window: 64 * 1024, lowWatermark: 32 * 1024 };
    const server = new Channels(pair.server, { window });
    const client = new Channels(pair.client, { window });
    const handOff = new HandOff();
    server.handle("push", (channel) => void channel.send(handOff));
    const opened = await client.open("push", {});
    if (!opened.ok) throw new Error(opened.message);

    let pushed = 0;
    const producing = (async () => {
      for (; pushed < 64; pushed++) await handOff.push(new Uint8Array(16 * 1024));
      handOff.end();
    })();
    // Nobody reads: the producer stops once the window (and one chunk held by the sender) is full.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pushed).toBeLessThanOrEqual(6);

    let received = 0;
    for await (const frame of opened.data.frames) received += (frame as Uint8Array).byteLength;
    await producing;
    expect(received).toBe(64 * 16 * 1024);
    server.dispose();
    client.dispose();
    await pair.close();
  });
});
