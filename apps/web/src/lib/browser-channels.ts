/**
 * Streams from the browser: channels on the page's one socket (see browser-socket.ts). A channel
 * closes when the socket drops; each stream's hook reopens its own once the socket is back,
 * resuming where it stopped.
 */
import { Channels, type Channel } from "@wheelhouse/channels";
import { BROWSER_STREAM_WINDOW, type BrowserStreamKind, type Reply } from "@wheelhouse/protocol";
import { browserSocket } from "./browser-socket";

let bound: { socket: ReturnType<typeof browserSocket>; channels: Channels } | null = null;

// Signing out closes the socket and a new one follows: its channels go with it.
function browserChannels(): Channels {
  const socket = browserSocket();
  if (bound?.socket !== socket) {
    bound?.channels.dispose();
    bound = { socket, channels: new Channels(socket, { window: BROWSER_STREAM_WINDOW, unreachableCode: "AGENT_UNAVAILABLE", logger: { warn: (message) => console.warn(`[streams] ${message}`) } }) };
  }
  return bound.channels;
}

/** Opens a stream once the socket is connected; the reply says why when it cannot be opened. */
export async function openStream(kind: BrowserStreamKind, params: unknown): Promise<Reply<Channel>> {
  const socket = browserSocket();
  if (!socket.connected) await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  return browserChannels().open(kind, params);
}
