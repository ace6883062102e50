/**
 * The form model of a Swarm service: what the UI form and the YAML editor edit, not Docker's raw
 * ServiceSpec JSON. Durations are strings like "10s", "1m30s" or "500ms" everywhere; CPUs are a
 * number of CPUs (0.5 is half of one).
 *
 * `ServiceSpecForm` is the shape alone, so a service made outside Wheelhouse still reads back;
 * `ServiceSpec` adds the checks a spec must pass before it is sent to Docker.
 */
import { z } from "zod";
import { checkServiceSpec } from "./service-spec-checks.ts";

export const Duration = z.string().regex(/^(?:\d+(?:ms|h|m|s))+$/, 'Use a duration like "10s", "1m30s" or "500ms"');

const Labels = z.record(z.string().min(1, "A label needs a key"), z.string());
const AbsolutePath = z.string().regex(/^\//, "Use an absolute path inside the container, e.g. /data");

export const ServiceName = z
  .string()
  .max(63, "A service name has at most 63 characters")
  .regex(/^[a-zA-Z0-9](?:[-_]*[a-zA-Z0-9]+)*$/, "A service name is letters, digits, - and _, starting and ending with a letter or digit");

export const ServiceMode = z.discriminatedUnion("type", [
  z.object({ type: z.literal("replicated"), replicas: z.number().int().min(0).max(10_000) }),
  z.object({ type: z.literal("global") }),
]);
export type ServiceMode = z.infer<typeof ServiceMode>;

const Port = z.number().int().min(1, "Ports run from 1 to 65535").max(65535, "Ports run from 1 to 65535");

export const PublishedPort = z.object({
  target: Port,
  /** Left out, Docker picks one (ingress mode only). */
  published: Port.optional(),
  protocol: z.enum(["tcp", "udp", "sctp"]).default("tcp"),
  mode: z.enum(["ingress", "host"]).default("ingress"),
});

export const ServiceMount = z.object({
  type: z.enum(["volume", "bind", "tmpfs"]),
  /** A volume name (empty for an anonymous volume), a host path for a bind; none for tmpfs. */
  source: z.string().default(""),
  target: AbsolutePath,
  readOnly: z.boolean().default(false),
});

const Cpus = z.number().positive("CPUs must be more than 0");
const ResourceAmounts = z.object({
  cpus: Cpus.optional(),
  memoryBytes: z.number().int().positive("Memory must be more than 0 bytes").optional(),
});

export const RestartPolicy = z.object({
  condition: z.enum(["none", "on-failure", "any"]).default("any"),
  delay: Duration.default("5s"),
  /** 0: no limit. */
  maxAttempts: z.number().int().min(0).default(0),
  /** How long a restart has to stay up to count as a success; "0s" counts every one. */
  window: Duration.default("0s"),
});

export const HealthCheck = z.object({
  /** ["CMD", argv...], ["CMD-SHELL", "a shell line"] or ["NONE"] to turn off the image's own. */
  test: z.array(z.string()).min(1, "A health check needs a test"),
  interval: Duration.default("30s"),
  timeout: Duration.default("30s"),
  // Docker reads 0 as "the default", 3.
  retries: z.number().int().min(1, "A health check needs at least 1 retry").default(3),
  startPeriod: Duration.default("0s"),
});

/** How an update (or a rollback) replaces tasks. */
export const UpdatePolicy = z.object({
  /** Tasks replaced at once; 0 replaces them all together. */
  parallelism: z.number().int().min(0).default(1),
  delay: Duration.default("0s"),
  failureAction: z.enum(["pause", "continue", "rollback"]).default("pause"),
  order: z.enum(["stop-first", "start-first"]).default("stop-first"),
  /** How long each new task is watched for failure. */
  monitor: Duration.default("5s"),
  maxFailureRatio: z.number().min(0).max(1).default(0),
});

export const FileReference = z.object({
  name: z.string().min(1, "Name the secret or config"),
  /** A secret's file under /run/secrets, or a config's path in the container. */
  target: z.string().min(1, "Name the file it appears as"),
});

export const LogDriver = z.object({
  name: z.string().min(1, "Name the log driver"),
  options: z.record(z.string(), z.string()).default({}),
});

export const ServiceSpecForm = z.object({
  name: ServiceName,
  image: z.string().min(1, "Name an image"),
  /** Replaces the image's entrypoint when given. */
  command: z.array(z.string()).default([]),
  /** Replaces the image's CMD when given. */
  args: z.array(z.string()).default([]),
  /** KEY=VALUE entries. */
  env: z.array(z.string()).default([]),
  labels: Labels.default({}),
  mode: ServiceMode.default({ type: "replicated", replicas: 1 }),
  ports: z.array(PublishedPort).default([]),
  mounts: z.array(ServiceMount).default([]),
  networks: z.array(z.string().min(1)).default([]),
  resources: z.object({ limits: ResourceAmounts.default({}), reservations: ResourceAmounts.default({}) }).default({ limits: {}, reservations: {} }),
  restartPolicy: RestartPolicy.optional(),
  healthCheck: HealthCheck.optional(),
  /** How long a task may take to stop before it is killed. */
  stopGracePeriod: Duration.optional(),
  updateConfig: UpdatePolicy.optional(),
  rollbackConfig: UpdatePolicy.optional(),
  placement: z
    .object({
      /** e.g. "node.labels.rack==r1", "node.role!=manager". */
      constraints: z.array(z.string()).default([]),
      /** Spread descriptors, e.g. "node.labels.rack". */
      preferences: z.array(z.string()).default([]),
    })
    .default({ constraints: [], preferences: [] }),
  secrets: z.array(FileReference).default([]),
  configs: z.array(FileReference).default([]),
  logDriver: LogDriver.optional(),
});
export type ServiceSpecForm = z.infer<typeof ServiceSpecForm>;

export const ServiceSpec = ServiceSpecForm.superRefine(checkServiceSpec);
export type ServiceSpec = z.infer<typeof ServiceSpec>;
/** What a person or the YAML editor may leave out: every defaulted field. */
export type ServiceSpecInput = z.input<typeof ServiceSpec>;
