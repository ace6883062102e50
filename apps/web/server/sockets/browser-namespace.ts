/**
 * The browser side: admits signed-in browsers, lets them watch nodes they may see, and puts those
 * that may see the node list where they hear it change. Each event's permission comes from the
 * registry in packages/api. A node's events name every container on it, so hearing them needs
 * the permission on the node itself; a watcher whose grants reach only labelled objects there
 * hears that something changed, and of what type, so its pages stay live. Streams (logs,
 * terminals, metrics) are channels on the same socket: see ../streams.
 */
import { authorizerFor, nodeResources, SOCKET_EVENT_PERMISSIONS } from "@wheelhouse/api";
import type { SessionPolicy } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import { BrowserEvent, WatchNode, fail, ok } from "@wheelhouse/protocol";
import { sessionOf } from "../http/session.ts";
import { serveStreamsOn, type BrowserStreamDeps } from "../streams/browser-streams.ts";
import { OpenStreams } from "../streams/open-streams.ts";
import { NODE_LIST_ROOM, nodeChangesRoom, nodeWatchersRoom, type BrowserNamespace, type BrowserSocket } from "./namespaces.ts";
import { WATCH_PERMISSION, watchScope } from "./watch-scope.ts";

export function serveBrowsers(browsers: BrowserNamespace, db: Database, policy: SessionPolicy, streams: Omit<BrowserStreamDeps, "db">): void {
  browsers.use(async (socket: BrowserSocket, next) => {
    try {
      const session = await sessionOf(socket.request, db, policy);
      if (!session) return next(new Error("UNAUTHORIZED"));
      socket.data.session = session;
      socket.data.streams = new OpenStreams();
      next();
    } catch (error) {
      next(error as Error);
    }
  });

  browsers.on("connection", async (socket: BrowserSocket) => {
    serveStreamsOn(socket, { db, ...streams });

    socket.on(BrowserEvent.watchNode, async (payload, ack) => {
      if (typeof ack !== "function") return;
      const request = WatchNode.safeParse(payload);
      if (!request.success) return ack(fail("BAD_REQUEST", "Name a node to watch."));
      const access = await authorizerFor(db, socket.data.session.user);
      if (!access.holds(WATCH_PERMISSION)) return ack(fail("FORBIDDEN", `You need the ${WATCH_PERMISSION} permission to watch nodes.`));
      const scope = watchScope(access, (await nodeResources({ db })).get(request.data.nodeId));
      if (scope === null) return ack(fail("NOT_FOUND", "No such node."));
      await socket.join(scope === "events" ? nodeWatchersRoom(request.data.nodeId) : nodeChangesRoom(request.data.nodeId));
      ack(ok({ scope }));
    });

    socket.on(BrowserEvent.unwatchNode, async (payload) => {
      const request = WatchNode.safeParse(payload);
      if (!request.success) return;
      await socket.leave(nodeWatchersRoom(request.data.nodeId));
      await socket.leave(nodeChangesRoom(request.data.nodeId));
    });

    if ((await authorizerFor(db, socket.data.session.user)).holds(SOCKET_EVENT_PERMISSIONS[BrowserEvent.nodesChanged])) await socket.join(NODE_LIST_ROOM);
  });
}
