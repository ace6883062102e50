/**
 * A service's `networks`, as a list of names or a map with aliases, as the attachments of its
 * tasks. Each network is reachable under the service's own name too, as docker stack deploy sets.
 */
import { z } from "zod";
import type { NetworkAttachment } from "./docker-service-spec.ts";
import { byText } from "./ordering.ts";
import type { StackNetwork } from "./stack-plan.ts";

const ServiceNetworks = z.union([
  z.array(z.string()),
  z.record(z.string(), z.strictObject({ aliases: z.array(z.string()).optional() }).nullable()),
]);

export const serviceNetworks = (networks: ReadonlyMap<string, StackNetwork>, service: string) =>
  ServiceNetworks.transform((written, ctx): NetworkAttachment[] => {
    const entries: { key: string; at: string | number; aliases: string[] }[] = Array.isArray(written)
      ? written.map((key, at) => ({ key, at, aliases: [] }))
      : Object.entries(written).map(([key, options]) => ({ key, at: key, aliases: options?.aliases ?? [] }));
    const attachments: NetworkAttachment[] = [];
    for (const { key, at, aliases } of entries) {
      const network = networks.get(key);
      if (network) attachments.push(attachment(network.name, aliases, service));
      else ctx.issues.push({ code: "custom", path: [at], message: `the network ${JSON.stringify(key)} is not declared under the top-level networks`, input: key });
    }
    return attachments.sort(byText((a) => a.Target));
  });

// Docker's own networks take no aliases.
const builtIn = new Set(["host", "bridge", "none"]);

export function attachment(target: string, aliases: string[], service: string): NetworkAttachment {
  return { Target: target, Aliases: builtIn.has(target) ? aliases : [...aliases, service] };
}
