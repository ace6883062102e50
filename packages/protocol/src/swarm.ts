/**
 * Swarm mode as the control plane shows and changes it: the swarm itself and its membership, its
 * nodes (with the labels placement uses), secrets and configs. A secret's value goes into the
 * engine and never comes back out: no schema here has room for it.
 */
import { z } from "zod";
import { SwarmNodeRef } from "./services.ts";

const Labels = z.record(z.string(), z.string());

export const OnSwarmNode = z.object({ id: SwarmNodeRef });
// Ids and names become URL paths of the Engine API.
export const SecretRef = z.object({ id: z.string().min(1).max(128).regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, "Not a secret ID or name") });
export const ConfigRef = z.object({ id: z.string().min(1).max(128).regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, "Not a config ID or name") });

// What `docker swarm init --advertise-addr` accepts: an address or interface name, with an optional port.
const NodeAddress = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .regex(/^[a-zA-Z0-9.:[\]%_-]+$/, "Write an address as an IP, host or interface name, optionally with :port");

const JoinTokens = z.object({ worker: z.string(), manager: z.string() });

export const SwarmInfo = z.object({
  id: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Where nodes reach the swarm's managers (`host:port`), as a join needs them. */
  managerAddresses: z.array(z.string()),
  nodes: z.number().int(),
  managers: z.number().int(),
  /** Present only when asked for: they let any engine join the swarm. */
  joinTokens: JoinTokens.optional(),
});
export type SwarmInfo = z.infer<typeof SwarmInfo>;

export const SwarmInfoRequest = z.object({ joinTokens: z.boolean().default(false) });

export const SwarmInit = z.object({
  advertiseAddr: NodeAddress.optional(),
  /** Docker's default, 0.0.0.0:2377, when absent. */
  listenAddr: NodeAddress.optional(),
});
export type SwarmInit = z.infer<typeof SwarmInit>;

export const SwarmJoin = z.object({
  remoteAddrs: z.array(NodeAddress).min(1, "Name at least one manager address").max(16),
  joinToken: z
    .string()
    .max(256)
    .regex(/^SWMTKN-\d+-[a-z0-9]+-[a-z0-9]+$/, "Not a swarm join token"),
  advertiseAddr: NodeAddress.optional(),
});
export type SwarmJoin = z.infer<typeof SwarmJoin>;

export const SwarmLeave = z.object({ force: z.boolean().default(false) });

export const SwarmNodeRole = z.enum(["manager", "worker"]);
export const SwarmNodeAvailability = z.enum(["active", "pause", "drain"]);
export const SwarmNodeState = z.enum(["unknown", "down", "ready", "disconnected"]);

export const SwarmNode = z.object({
  id: z.string(),
  /** The node's Version.Index: an update names the version it was based on. */
  version: z.number().int(),
  createdAt: z.number(),
  updatedAt: z.number(),
  hostname: z.string(),
  role: SwarmNodeRole,
  availability: SwarmNodeAvailability,
  state: SwarmNodeState,
  /** Why the node is in its state, e.g. "heartbeat failure"; often empty. */
  stateMessage: z.string(),
  address: z.string(),
  engineVersion: z.string(),
  /** The swarm's labels on the node, which placement constraints and preferences read. */
  labels: Labels,
  /** The engine's own labels (dockerd --label). */
  engineLabels: Labels,
  leader: z.boolean(),
  resources: z.object({ nanoCpus: z.number(), memoryBytes: z.number() }),
});
export type SwarmNode = z.infer<typeof SwarmNode>;

export const SwarmNodeUpdate = OnSwarmNode.extend({
  /** The version the change is based on; a node changed since is refused rather than overwritten. */
  version: z.number().int().nonnegative(),
  /** Replaces all of the node's swarm labels. */
  labels: z.record(z.string().min(1).max(1024), z.string().max(4096)).optional(),
  availability: SwarmNodeAvailability.optional(),
  role: SwarmNodeRole.optional(),
});
export type SwarmNodeUpdate = z.infer<typeof SwarmNodeUpdate>;

/** What secrets and configs share: the engine keeps both as named, labelled, versioned blobs. */
const StoredObjectSummary = z.object({
  id: z.string(),
  name: z.string(),
  labels: Labels,
  createdAt: z.number(),
  updatedAt: z.number(),
});
export const SecretSummary = StoredObjectSummary;
export type SecretSummary = z.infer<typeof SecretSummary>;
export const ConfigSummary = StoredObjectSummary;
export type ConfigSummary = z.infer<typeof ConfigSummary>;

export const ConfigDetails = ConfigSummary.extend({ data: z.string() });
export type ConfigDetails = z.infer<typeof ConfigDetails>;

// Docker's own rule for secret and config names (swarmkit's controlapi), checked here so a person
// gets the reason before anything reaches an engine.
const StoredObjectName = z
  .string()
  .max(64, "A name has at most 64 characters")
  .regex(/^[a-zA-Z0-9]+(?:[a-zA-Z0-9-_.]*[a-zA-Z0-9])?$/, "Use letters, digits, dashes, underscores and dots, starting and ending with a letter or digit");

// The engine stores at most this much for a secret (500 KiB, exclusive); configs are held to the same.
const MAX_DATA_BYTES = 500 * 1024;
const StoredObjectData = z
  .string()
  .min(1, "Give it some data")
  .refine((data) => new TextEncoder().encode(data).length < MAX_DATA_BYTES, "The data must be smaller than 500 KiB");

export const SecretCreate = z.object({ name: StoredObjectName, data: StoredObjectData, labels: Labels.default({}) });
export type SecretCreate = z.infer<typeof SecretCreate>;
export const ConfigCreate = SecretCreate;
export type ConfigCreate = z.infer<typeof ConfigCreate>;

export const CreatedObject = z.object({ id: z.string() });
