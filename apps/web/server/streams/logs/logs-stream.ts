/**
 * The browser's logs stream (BrowserStream.logs): a LogSubscription in, LogStreamMessage values
 * out. The open is refused with a reason for bad input (BAD_REQUEST), a target that does not exist
 * or that the caller may not see (NOT_FOUND), or may see but not read (FORBIDDEN); once open, the
 * stream stays open only while the caller may read the target and every container in it.
 */
import { errorReplyOf } from "@wheelhouse/api";
import { fail } from "@wheelhouse/protocol";
import type { AgentLinks } from "../agent-links.ts";
import type { StreamHandler } from "../browser-streams.ts";
import { FollowHubs } from "./follow-hubs.ts";
import { LogSession } from "./log-session.ts";
import { parseSubscription } from "./subscription.ts";
import { openTarget } from "./targets/open-target.ts";

// Follows are shared by every viewer of a container on this replica, whose agents its links reach.
const hubsByLinks = new WeakMap<AgentLinks, FollowHubs>();

export function followHubsOf(links: AgentLinks): FollowHubs {
  let hubs = hubsByLinks.get(links);
  if (hubs === undefined) hubsByLinks.set(links, (hubs = new FollowHubs(links)));
  return hubs;
}

export const serveLogStream: StreamHandler = async (channel, params, ctx) => {
  const subscription = parseSubscription(params);
  if ("ok" in subscription) return subscription;
  let target, initial;
  try {
    target = await openTarget(ctx, subscription.target);
    initial = await target.list(ctx.access);
  } catch (error) {
    const refusal = errorReplyOf(error);
    if (refusal) return refusal;
    ctx.log.error("could not open a logs stream", error);
    return fail("INTERNAL", "The logs could not be opened.");
  }
  if (initial === null) return fail("NOT_FOUND", "It is gone: it was removed as the stream opened.");
  const session = new LogSession({
    links: ctx.links,
    hubs: followHubsOf(ctx.links),
    subscription,
    target,
    access: ctx.access,
    fail: (error) => channel.close(error),
    warn: (message) => ctx.log.warn(message),
  });
  ctx.guard((access) => session.allowed(access));
  void channel.closed.then(() => session.close());
  session.start(initial);
  channel.send(session.messages());
};
