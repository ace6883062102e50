/**
 * Streams follow access as it changes. Every few seconds each browser socket of this replica is
 * checked again: a session that ended (signed out, revoked, expired, user disabled) is
 * disconnected, rooms whose permission was withdrawn are left and streams whose access was
 * withdrawn are closed, so a removed grant stops them within seconds rather than at the next reconnect.
 */
import { authorizerFor, nodeResources, SOCKET_EVENT_PERMISSIONS } from "@wheelhouse/api";
import type { SessionPolicy } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import { BrowserEvent } from "@wheelhouse/protocol";
import { sessionOf } from "../http/session.ts";
import type { Logger } from "../logger.ts";
import { NODE_LIST_ROOM, type BrowserNamespace } from "./namespaces.ts";
import { watchScope } from "./watch-scope.ts";

export const REVALIDATE_INTERVAL_MS = 3_000;
const NODE_ROOM = /^node:(.+)$/;
const NODE_CHANGES_ROOM = /^node-changes:(.+)$/;

export function revalidateBrowsers(browsers: BrowserNamespace, db: Database, policy: SessionPolicy, log: Logger, intervalMs = REVALIDATE_INTERVAL_MS): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    revalidateAll(browsers, db, policy)
      .catch((error: unknown) => log.error("revalidating browser sockets failed", error))
      .finally(() => void (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

async function revalidateAll(browsers: BrowserNamespace, db: Database, policy: SessionPolicy): Promise<void> {
  if (browsers.sockets.size === 0) return;
  const nodes = await nodeResources({ db });
  for (const socket of browsers.sockets.values()) {
    const session = await sessionOf(socket.request, db, policy, { touch: false });
    if (!session) {
      socket.disconnect(true);
      continue;
    }
    socket.data.session = session;
    const access = await authorizerFor(db, session.user);
    for (const room of socket.rooms) {
      const fullId = NODE_ROOM.exec(room)?.[1];
      const changesId = NODE_CHANGES_ROOM.exec(room)?.[1];
      if (fullId === undefined && changesId === undefined) continue;
      const scope = watchScope(access, nodes.get(fullId ?? changesId ?? ""));
      // A watcher who may now hear more keeps what it has until it watches again.
      if (scope === null || (fullId !== undefined && scope !== "events")) await socket.leave(room);
    }
    await socket.data.streams.recheck(access);
    if (socket.rooms.has(NODE_LIST_ROOM) && !access.holds(SOCKET_EVENT_PERMISSIONS[BrowserEvent.nodesChanged])) await socket.leave(NODE_LIST_ROOM);
  }
}
