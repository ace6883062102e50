/**
 * Docker objects as the control plane shows them. Agents map the Engine API's responses into
 * these shapes, so the browser never depends on a particular Engine API version.
 */
import { z } from "zod";

const Labels = z.record(z.string(), z.string());

export const PortBinding = z.object({
  privatePort: z.number().int(),
  publicPort: z.number().int().optional(),
  ip: z.string().optional(),
  type: z.string(),
});

export const ContainerState = z.enum(["created", "running", "paused", "restarting", "removing", "exited", "dead"]);
export type ContainerState = z.infer<typeof ContainerState>;

export const ContainerSummary = z.object({
  id: z.string(),
  name: z.string(),
  image: z.string(),
  imageId: z.string(),
  command: z.string(),
  state: ContainerState,
  status: z.string(),
  ports: z.array(PortBinding),
  createdAt: z.number(),
  labels: Labels,
});
export type ContainerSummary = z.infer<typeof ContainerSummary>;

export const ContainerDetails = z.object({
  id: z.string(),
  name: z.string(),
  image: z.string(),
  imageId: z.string(),
  createdAt: z.number(),
  state: z.object({
    status: ContainerState,
    exitCode: z.number().int(),
    error: z.string(),
    oomKilled: z.boolean(),
    pid: z.number().int(),
    startedAt: z.string(),
    finishedAt: z.string(),
  }),
  command: z.array(z.string()),
  entrypoint: z.array(z.string()),
  env: z.array(z.object({ key: z.string(), value: z.string() })),
  workingDir: z.string(),
  user: z.string(),
  tty: z.boolean(),
  hostname: z.string(),
  labels: Labels,
  restartPolicy: z.object({ name: z.string(), maximumRetryCount: z.number().int() }),
  resources: z.object({
    memoryBytes: z.number(),
    nanoCpus: z.number(),
    cpuShares: z.number(),
    pidsLimit: z.number().nullable(),
  }),
  privileged: z.boolean(),
  networkMode: z.string(),
  mounts: z.array(
    z.object({
      type: z.string(),
      name: z.string().optional(),
      source: z.string(),
      destination: z.string(),
      mode: z.string(),
      readWrite: z.boolean(),
    }),
  ),
  networks: z.array(
    z.object({
      name: z.string(),
      ipAddress: z.string(),
      gateway: z.string(),
      macAddress: z.string(),
      aliases: z.array(z.string()),
    }),
  ),
  ports: z.array(PortBinding),
});
export type ContainerDetails = z.infer<typeof ContainerDetails>;

export const ImageSummary = z.object({
  id: z.string(),
  tags: z.array(z.string()),
  createdAt: z.number(),
  sizeBytes: z.number(),
  containers: z.number().int(),
  dangling: z.boolean(),
});
export type ImageSummary = z.infer<typeof ImageSummary>;

export const ImageDetails = z.object({
  id: z.string(),
  tags: z.array(z.string()),
  digests: z.array(z.string()),
  createdAt: z.number(),
  sizeBytes: z.number(),
  architecture: z.string(),
  os: z.string(),
  author: z.string(),
  command: z.array(z.string()),
  entrypoint: z.array(z.string()),
  env: z.array(z.string()),
  workingDir: z.string(),
  user: z.string(),
  exposedPorts: z.array(z.string()),
  labels: Labels,
  layers: z.number().int(),
});
export type ImageDetails = z.infer<typeof ImageDetails>;

export const VolumeSummary = z.object({
  name: z.string(),
  driver: z.string(),
  mountpoint: z.string(),
  scope: z.string(),
  createdAt: z.number().nullable(),
  labels: Labels,
});
export type VolumeSummary = z.infer<typeof VolumeSummary>;

export const VolumeDetails = VolumeSummary.extend({
  options: Labels,
  usedBy: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type VolumeDetails = z.infer<typeof VolumeDetails>;

export const NetworkSummary = z.object({
  id: z.string(),
  name: z.string(),
  driver: z.string(),
  scope: z.string(),
  internal: z.boolean(),
  attachable: z.boolean(),
  builtIn: z.boolean(),
  subnets: z.array(z.object({ subnet: z.string(), gateway: z.string() })),
  createdAt: z.number(),
  labels: Labels,
});
export type NetworkSummary = z.infer<typeof NetworkSummary>;

export const NetworkDetails = NetworkSummary.extend({
  options: Labels,
  containers: z.array(z.object({ id: z.string(), name: z.string(), ipv4Address: z.string() })),
});
export type NetworkDetails = z.infer<typeof NetworkDetails>;

const UsageLine = z.object({
  count: z.number().int(),
  active: z.number().int(),
  sizeBytes: z.number(),
  reclaimableBytes: z.number(),
});
export const DiskUsage = z.object({
  images: UsageLine,
  containers: UsageLine,
  volumes: UsageLine,
  buildCache: UsageLine,
});
export type DiskUsage = z.infer<typeof DiskUsage>;

/** Docker's `label` filter: `key` (the label is present) or `key=value`. */
export const LabelFilter = z
  .string()
  .trim()
  .max(256)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*(=.*)?$/, "Write a label as key or key=value, e.g. com.example.team=payments");

export const PruneRequest = z
  .object({
    containers: z.boolean(),
    images: z.enum(["none", "dangling", "all"]),
    volumes: z.boolean(),
    networks: z.boolean(),
    buildCache: z.boolean(),
    /** Narrows the prune to objects carrying every one of these labels. */
    labels: z.array(LabelFilter).max(8).optional(),
  })
  .refine((r) => r.containers || r.images !== "none" || r.volumes || r.networks || r.buildCache, {
    message: "Choose at least one kind of object to prune",
  })
  .refine((r) => !(r.buildCache && r.labels?.length), {
    message: "Build cache carries no labels, so it cannot be pruned by label",
    path: ["buildCache"],
  });
export type PruneRequest = z.infer<typeof PruneRequest>;

export const PruneResult = z.object({
  containersDeleted: z.array(z.string()),
  imagesDeleted: z.array(z.string()),
  volumesDeleted: z.array(z.string()),
  networksDeleted: z.array(z.string()),
  buildCacheDeleted: z.number().int(),
  reclaimedBytes: z.number(),
});
export type PruneResult = z.infer<typeof PruneResult>;
