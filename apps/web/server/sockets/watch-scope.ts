/**
 * What watching a node lets a browser hear, decided in one place for the watch request and for
 * the checks that follow it: every event, with node.view on the node itself; only each change's
 * type, when its grants reach nothing there but labelled objects; nothing, when they do not reach
 * the node at all.
 */
import { SOCKET_EVENT_PERMISSIONS, type NodeResource } from "@wheelhouse/api";
import type { Authorizer } from "@wheelhouse/auth";
import { BrowserEvent, type WatchScope } from "@wheelhouse/protocol";

export const WATCH_PERMISSION = SOCKET_EVENT_PERMISSIONS[BrowserEvent.watchNode];

export function watchScope(access: Authorizer, node: NodeResource | undefined): WatchScope | null {
  if (!node || !access.holds(WATCH_PERMISSION) || !access.reaches(node.clusterId, node.nodeLabels)) return null;
  return access.can(WATCH_PERMISSION, node) ? "events" : "changes";
}
