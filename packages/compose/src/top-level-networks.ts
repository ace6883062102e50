/**
 * A top-level network declaration: a network the stack creates (an overlay unless a driver is
 * named) or an external one it only attaches to.
 */
import { z } from "zod";
import { StringMap } from "./compose-values.ts";
import { External, externalName, refuseOptionsOfExternal } from "./external.ts";
import { scoped, withStackLabel } from "./names.ts";
import type { StackNetwork } from "./stack-plan.ts";

const Ipam = z.strictObject({
  driver: z.string().optional(),
  config: z
    .array(z.strictObject({ subnet: z.string().optional(), ip_range: z.string().optional(), gateway: z.string().optional(), aux_addresses: StringMap.optional() }))
    .optional(),
});

const NetworkDeclaration = z.strictObject({
  driver: z.string().min(1).optional(),
  driver_opts: StringMap.optional(),
  attachable: z.boolean().optional(),
  internal: z.boolean().optional(),
  labels: StringMap.optional(),
  ipam: Ipam.optional(),
  external: External.optional(),
  name: z.string().min(1).optional(),
});

export const networkDeclaration = (stack: string, key: string) =>
  NetworkDeclaration.transform((network, ctx): StackNetwork => {
    const external = externalName(network.external, key, network.name);
    if (external !== undefined) {
      refuseOptionsOfExternal(network, "network", ctx);
      return { name: external, external: true };
    }
    const name = network.name ?? scoped(stack, key);
    const ipam = network.ipam && {
      Driver: network.ipam.driver,
      Config: network.ipam.config?.map((c) => ({ Subnet: c.subnet, IPRange: c.ip_range, Gateway: c.gateway, AuxiliaryAddresses: c.aux_addresses })),
    };
    return {
      name,
      external: false,
      spec: {
        Name: name,
        Driver: network.driver ?? "overlay",
        Labels: withStackLabel(stack, network.labels),
        Options: network.driver_opts,
        Attachable: network.attachable,
        Internal: network.internal,
        IPAM: ipam,
      },
    };
  });

/** The network of every service that names none, unless the file declares `default` itself. */
export const defaultNetwork = (stack: string): StackNetwork => {
  const name = scoped(stack, "default");
  return { name, external: false, spec: { Name: name, Driver: "overlay", Labels: withStackLabel(stack) } };
};
