/** The reader of a subscription's target, once the caller's access to it is checked; throws as the access checks do. */
import type { Caller } from "@wheelhouse/api";
import type { LogTarget } from "@wheelhouse/protocol";
import { containerTarget } from "./container-target.ts";
import type { LogTargetReader } from "./log-target.ts";
import { nodeTarget } from "./node-target.ts";
import { serviceTarget } from "./service-target.ts";

export function openTarget(ctx: Caller, target: LogTarget): Promise<LogTargetReader> {
  switch (target.kind) {
    case "container":
      return containerTarget(ctx, target);
    case "service":
      return serviceTarget(ctx, target);
    case "node":
      return nodeTarget(ctx, target);
  }
}
