/**
 * A top-level volume declaration. Swarm creates a named volume on each node the first time a
 * task there mounts it, from the options its mounts carry, so this is what those mounts say.
 */
import { z } from "zod";
import { StringMap } from "./compose-values.ts";
import { External, externalName, refuseOptionsOfExternal } from "./external.ts";
import { scoped, withStackLabel } from "./names.ts";
import type { StackVolume } from "./stack-plan.ts";

const VolumeDeclaration = z.strictObject({
  driver: z.string().min(1).optional(),
  driver_opts: StringMap.optional(),
  labels: StringMap.optional(),
  external: External.optional(),
  name: z.string().min(1).optional(),
});

export const volumeDeclaration = (stack: string, key: string) =>
  VolumeDeclaration.transform((volume, ctx): StackVolume => {
    const external = externalName(volume.external, key, volume.name);
    if (external !== undefined) {
      refuseOptionsOfExternal(volume, "volume", ctx);
      return { name: external, external: true };
    }
    return {
      name: volume.name ?? scoped(stack, key),
      external: false,
      labels: withStackLabel(stack, volume.labels),
      driver: volume.driver,
      driverOptions: volume.driver_opts,
    };
  });
