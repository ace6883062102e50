/**
 * The streams a browser opens on its socket (BrowserStream kinds): each open is checked for the
 * kind's permission from the registry (STREAM_PERMISSIONS), then handed to the kind's handler,
 * which checks the resources it reaches, relays from the agents involved, and sets the guards
 * that keep the stream allowed. A refused open is answered with a reason; a forbidden one is audited.
 */
import { authorizerFor, recordAudit, STREAM_PERMISSIONS, type AgentGateway, type Caller } from "@wheelhouse/api";
import { Channels, type Channel } from "@wheelhouse/channels";
import type { Database, User } from "@wheelhouse/db";
import { BrowserStream, MAX_FRAME_BYTES, fail, type BrowserStreamKind, type ErrorReply } from "@wheelhouse/protocol";
import { clientAddress } from "../http/client-address.ts";
import type { Logger } from "../logger.ts";
import type { BrowserSocket } from "../sockets/namespaces.ts";
import type { AgentLinks } from "./agent-links.ts";
import type { StreamGuard } from "./open-streams.ts";

export interface StreamContext extends Caller {
  user: User;
  client: { ip: string; userAgent?: string };
  links: AgentLinks;
  log: Logger;
  /** Keeps the stream open only while this holds; checked every few seconds with fresh access. */
  guard(check: StreamGuard): void;
}

/** Accepts (resolving to nothing, having called channel.send or started relaying) or refuses with a reason. */
export type StreamHandler = (channel: Channel, params: unknown, ctx: StreamContext) => Promise<ErrorReply | void>;
export type StreamHandlers = Partial<Record<BrowserStreamKind, StreamHandler>>;

export interface BrowserStreamDeps {
  db: Database;
  gateway: AgentGateway;
  links: AgentLinks;
  handlers: StreamHandlers;
  trustProxy: boolean;
  log: Logger;
}

export function serveStreamsOn(socket: BrowserSocket, { db, gateway, links, handlers, trustProxy, log }: BrowserStreamDeps): Channels {
  // Frames as large as the protocol allows: a message of log lines is one JSON value (log-merge.ts).
  const channels = new Channels(socket, { logger: log, maxFrameBytes: MAX_FRAME_BYTES });
  const client = clientAddress(socket.request, trustProxy);
  for (const kind of Object.values(BrowserStream)) {
    const handler = handlers[kind];
    if (!handler) continue;
    channels.handle(kind, async (channel, params) => {
      const { user } = socket.data.session;
      const permission = STREAM_PERMISSIONS[kind];
      const access = await authorizerFor(db, user);
      const guards: StreamGuard[] = [];
      const refusal = access.holds(permission)
        ? await handler(channel, params, { db, agents: gateway, access, user, client, links, log, guard: (check) => void guards.push(check) })
        : fail("FORBIDDEN", `You need the ${permission} permission to open ${kind} streams.`);
      if (refusal?.code === "FORBIDDEN") {
        await recordAudit(db, { userId: user.id, username: user.username, ip: client.ip, action: `stream.${kind}`, target: describeTarget(params), outcome: "denied", detail: refusal.message }).catch(
          (error: unknown) => log.error("could not audit a refused stream", error),
        );
      }
      if (refusal) return refusal;
      socket.data.streams.add(channel, permission, guards);
    });
  }
  return channels;
}

/** What a refused stream was aimed at, from whichever ids its params name. */
function describeTarget(params: unknown): string {
  if (typeof params !== "object" || params === null) return "";
  const ids = ["nodeId", "swarmId", "serviceId", "containerId", "sessionId"].flatMap((key) => {
    const value = (params as Record<string, unknown>)[key] ?? ((params as { target?: Record<string, unknown> }).target ?? {})[key];
    return typeof value === "string" ? [`${key}=${value.slice(0, 80)}`] : [];
  });
  return ids.join(" ");
}
