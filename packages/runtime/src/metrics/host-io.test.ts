import { createServer, connect, type AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createHostIoReader, parseDiskStats, parseNetDev } from "./host-io.ts";

describe("host I/O counters", () => {
  it("parse /proc/net/dev: received bytes first, transmitted ninth", () => {
    const text = [
      "Inter-|   Receive                                                |  Transmit",
      " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed",
      "    lo:  1000      10    0    0    0     0          0         0     1000      10    0    0    0     0       0          0",
      "  eth0: 123456    100    0    0    0     0          0         0    65432      90    0    0    0     0       0          0",
    ].join("\n");
    expect(parseNetDev(text).get("eth0")).toEqual({ rx: 123456, tx: 65432 });
    expect(parseNetDev(text).get("lo")).toEqual({ rx: 1000, tx: 1000 });
  });

  it("parse /proc/diskstats: sectors read and written, in 512-byte units", () => {
    const text = " 253       0 vda 9000 10 40000 500 7000 20 80000 900 0 1000 1400 0 0 0 0\n 253       1 vda1 8000 10 30000 400 6000 20 70000 800 0 900 1200 0 0 0 0";
    expect(parseDiskStats(text).get("vda")).toEqual({ read: 40000 * 512, write: 80000 * 512 });
  });

  it("read this host's physical devices only: 32 MiB sent over loopback does not show", async () => {
    const reader = createHostIoReader();
    const before = await reader.read();
    await sendOverLoopback(32 * 1024 * 1024);
    const after = await reader.read();
    expect(after.netRx - before.netRx).toBeLessThan(8 * 1024 * 1024);
    expect(after.netTx - before.netTx).toBeLessThan(8 * 1024 * 1024);
  });
});

async function sendOverLoopback(bytes: number): Promise<void> {
  const server = createServer((socket) => socket.resume());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.end(Buffer.alloc(bytes), resolve));
    socket.on("error", reject);
  });
  await new Promise((resolve) => server.close(resolve));
}
