/**
 * A service's `volumes`, short ("data:/var/lib/data:ro", "/srv/www:/usr/share/nginx/html",
 * "/scratch") or long (type volume/bind/tmpfs), as the Mounts of its container spec. A named
 * volume must be declared at the top level; it carries that declaration's labels and driver, since
 * each node creates the volume from them.
 */
import { z } from "zod";
import { ByteSize, via } from "./compose-values.ts";
import type { BindPropagation, Mount } from "./docker-service-spec.ts";
import { parseFailure, parsedValue, type Parsed } from "./parsed.ts";
import type { StackVolume } from "./stack-plan.ts";

const Propagation = z.enum(["private", "rprivate", "shared", "rshared", "slave", "rslave"]);

const LongVolume = z.strictObject({
  type: z.enum(["volume", "bind", "tmpfs"]),
  source: z.string().min(1).optional(),
  target: z.string().min(1),
  read_only: z.boolean().optional(),
  // A Docker Desktop for Mac setting; swarm ignores it, as docker does.
  consistency: z.string().optional(),
  bind: z.strictObject({ propagation: Propagation.optional() }).optional(),
  volume: z.strictObject({ nocopy: z.boolean().optional() }).optional(),
  tmpfs: z.strictObject({ size: ByteSize.optional(), mode: z.number().int().min(0).max(0o7777).optional() }).optional(),
});

type VolumeEntry = z.infer<typeof LongVolume>;

/** One entry of a service's `volumes`, resolved against the file's declared volumes. */
export const mountEntry = (volumes: ReadonlyMap<string, StackVolume>) =>
  z.union([z.string().transform(via(parseShortVolume)), LongVolume]).transform(via((entry: VolumeEntry) => toMount(entry, volumes)));

export function parseShortVolume(text: string): Parsed<VolumeEntry> {
  const parts = text.split(":");
  if (parts.length > 3) return parseFailure(`${JSON.stringify(text)} has too many parts; write source:target or source:target:options`);
  const [source, target = "", options = ""] = parts.length === 1 ? [undefined, ...parts] : parts;
  const type = source === undefined || !/^[/.~]/.test(source) ? "volume" : "bind";
  const entry: VolumeEntry = { type, source, target };
  for (const option of options === "" ? [] : options.split(",")) {
    const propagation = Propagation.safeParse(option);
    if (option === "ro" || option === "rw") entry.read_only = option === "ro";
    else if (option === "nocopy" && type === "volume") entry.volume = { nocopy: true };
    else if (propagation.success && type === "bind") entry.bind = { propagation: propagation.data };
    else if (option === "z" || option === "Z") return parseFailure(`SELinux relabeling ("${option}") isn't available to swarm services; relabel the host folder instead`);
    else return parseFailure(`${JSON.stringify(option)} is not an option for a ${type} mount`);
  }
  return parsedValue(entry);
}

function toMount(entry: VolumeEntry, volumes: ReadonlyMap<string, StackVolume>): Parsed<Mount> {
  if (!entry.target.startsWith("/")) return parseFailure(`the target ${JSON.stringify(entry.target)} must be an absolute path in the container`);
  const misplaced = (["bind", "volume", "tmpfs"] as const).find((options) => entry[options] !== undefined && options !== entry.type);
  if (misplaced) return parseFailure(`${misplaced} options don't apply to a ${entry.type} mount`);
  const base = { Target: entry.target, ReadOnly: entry.read_only };
  switch (entry.type) {
    case "bind":
      return bindMount(entry.source, base, entry.bind?.propagation);
    case "tmpfs":
      if (entry.source !== undefined) return parseFailure("a tmpfs mount has no source");
      return parsedValue({ Type: "tmpfs", ...base, TmpfsOptions: entry.tmpfs && { SizeBytes: entry.tmpfs.size, Mode: entry.tmpfs.mode } });
    case "volume":
      return volumeMount(entry.source, base, entry.volume?.nocopy, volumes);
  }
}

function bindMount(source: string | undefined, base: Pick<Mount, "Target" | "ReadOnly">, propagation: BindPropagation | undefined): Parsed<Mount> {
  if (source === undefined) return parseFailure("a bind mount needs the host path as its source");
  if (!source.startsWith("/")) {
    return parseFailure(`${JSON.stringify(source)} is relative to the machine docker runs on, which Wheelhouse doesn't have; write the absolute path on the nodes`);
  }
  return parsedValue({ Type: "bind", Source: source, ...base, BindOptions: propagation && { Propagation: propagation } });
}

function volumeMount(
  source: string | undefined,
  base: Pick<Mount, "Target" | "ReadOnly">,
  noCopy: boolean | undefined,
  volumes: ReadonlyMap<string, StackVolume>,
): Parsed<Mount> {
  // No source: an anonymous volume, new for each task.
  if (source === undefined) return parsedValue({ Type: "volume", ...base, VolumeOptions: noCopy === undefined ? undefined : { NoCopy: noCopy } });
  const volume = volumes.get(source);
  if (!volume) return parseFailure(`the volume ${JSON.stringify(source)} is not declared under the top-level volumes`);
  const created = volume.external
    ? {}
    : { Labels: volume.labels, DriverConfig: volume.driver || volume.driverOptions ? { Name: volume.driver, Options: volume.driverOptions } : undefined };
  return parsedValue({ Type: "volume", Source: volume.name, ...base, VolumeOptions: { NoCopy: noCopy, ...created } });
}
