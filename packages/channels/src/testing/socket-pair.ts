/**
 * A real socket.io server on an ephemeral loopback port and one client connected to it, for tests
 * and benches of what runs over a socket.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server, type Socket as ServerSocket } from "socket.io";
import { io, type Socket as ClientSocket } from "socket.io-client";

export interface SocketPair {
  server: ServerSocket;
  client: ClientSocket;
  /** Drops the connection from the server's side, as a lost network would. */
  drop(): void;
  close(): Promise<void>;
}

export async function connectSocketPair(): Promise<SocketPair> {
  const http = createServer();
  const ioServer = new Server(http);
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  const accepted = new Promise<ServerSocket>((resolve) => ioServer.once("connection", resolve));
  const client = io(`http://127.0.0.1:${port}`, { transports: ["websocket"], reconnection: false, forceNew: true });
  const server = await accepted;
  if (!client.connected) await new Promise<void>((resolve) => client.once("connect", () => resolve()));
  return {
    server,
    client,
    drop: () => void server.disconnect(true),
    close: async () => {
      client.disconnect();
      await new Promise((resolve) => ioServer.close(resolve));
    },
  };
}
