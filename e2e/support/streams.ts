/**
 * Streams as a script would open them, signed in as one user: for checking that what the UI
 * does not offer (a terminal, another team's logs) the server refuses too.
 */
import { Channels, type Channel } from "@wheelhouse/channels";
import { BROWSER_NAMESPACE, type BrowserStreamKind, type Reply } from "@wheelhouse/protocol";
import { io } from "socket.io-client";
import type { Api } from "./api";
import { E2E_URL } from "./server";

/** Opens one stream on a socket of its own; the socket closes with the stream. */
export async function openStreamAs(api: Api, kind: BrowserStreamKind, params: unknown): Promise<Reply<Channel>> {
  const socket = io(`${E2E_URL}${BROWSER_NAMESPACE}`, { transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders: { cookie: api.cookie, origin: E2E_URL } });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  const opened = await new Channels(socket).open(kind, params);
  if (opened.ok) void opened.data.closed.then(() => socket.close());
  else socket.close();
  return opened;
}
