/**
 * The browser's one socket.io connection to the control plane's browser namespace, shared by every
 * stream hook. It authenticates with the session cookie the page already has.
 */
import { BROWSER_NAMESPACE, type BrowserToServerEvents, type ServerToBrowserEvents } from "@wheelhouse/protocol";
import { io, type Socket } from "socket.io-client";

export type BrowserSocket = Socket<ServerToBrowserEvents, BrowserToServerEvents>;

let socket: BrowserSocket | null = null;

export function browserSocket(): BrowserSocket {
  socket ??= io(BROWSER_NAMESPACE, { transports: ["websocket"], withCredentials: true });
  return socket;
}

export function closeBrowserSocket(): void {
  socket?.close();
  socket = null;
}
