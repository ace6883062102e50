/**
 * A TCP link between an agent and the control plane that a test can cut the way a network does:
 * packets stop flowing but no FIN or RST is sent, so neither side learns of it from the socket.
 */
import { connect, createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

export interface CuttableLink {
  /** The control plane's URL as seen through the link. */
  url: string;
  /** Stops every byte both ways, silently, and takes no new connections until restore(). */
  cut(): void;
  /** Forwards again, for new connections: those that lived through the cut are dropped. */
  restore(): void;
  close(): Promise<void>;
}

export async function openCuttableLink(target: string): Promise<CuttableLink> {
  const { hostname, port } = new URL(target);
  const pairs = new Set<[Socket, Socket]>();
  let cut = false;

  const server = createServer((client) => {
    if (cut) return void client.destroy();
    const upstream = connect(Number(port), hostname);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    for (const [from, to] of [pair, [upstream, client] as const]) {
      from.on("data", (chunk) => {
        if (!cut) to.write(chunk);
      });
      from.on("error", () => undefined);
      // During a cut one end hanging up tells the other nothing: it must notice by itself.
      from.on("close", () => {
        if (cut) return;
        pairs.delete(pair);
        to.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    cut: () => void (cut = true),
    restore() {
      cut = false;
      // Both ends gave up on them during the cut (tests restore only after seeing so), and bytes
      // swallowed by the cut are not replayed.
      for (const [client, upstream] of pairs) {
        client.destroy();
        upstream.destroy();
      }
      pairs.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const [client, upstream] of pairs) {
          client.destroy();
          upstream.destroy();
        }
        server.close(() => resolve());
      }),
  };
}
