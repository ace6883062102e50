/**
 * Stacks: a compose file deployed as services (and their networks) on a swarm, found again by the
 * com.docker.stack.namespace label Docker's own `docker stack` puts on everything it creates.
 * The compose file's own rules (names, keys, references) are checked by @wheelhouse/compose,
 * which answers with problems located in the file.
 */
import { z } from "zod";
import { ServiceSummary } from "./services.ts";

/** docker stack deploy's limit on a compose file is the engine's; this one keeps a command small. */
export const MAX_COMPOSE_BYTES = 256 * 1024;

// A label value, never a URL path; the compose parser states the exact naming rule.
export const StackName = z.string().trim().min(1, "Name the stack.").max(63, "A stack's name has at most 63 characters.");

export const StackRef = z.object({ name: StackName });

export const StackDeploy = z.object({
  name: StackName,
  compose: z
    .string()
    .min(1, "Paste or load a compose file.")
    .refine((text) => new TextEncoder().encode(text).length <= MAX_COMPOSE_BYTES, "A compose file has at most 256 KiB."),
});
export type StackDeploy = z.infer<typeof StackDeploy>;

export const StackSummary = z.object({
  name: z.string(),
  services: z.number().int(),
  tasksRunning: z.number().int(),
  tasksDesired: z.number().int(),
  /** The latest change to any of its services. */
  updatedAt: z.number(),
});
export type StackSummary = z.infer<typeof StackSummary>;

export const StackNetwork = z.object({ id: z.string(), name: z.string() });

export const StackDetails = z.object({
  name: z.string(),
  services: z.array(ServiceSummary),
  /** The networks the stack created; external networks it only attaches to are not listed. */
  networks: z.array(StackNetwork),
});
export type StackDetails = z.infer<typeof StackDetails>;

export const DeployedService = z.object({ id: z.string(), name: z.string() });

export const StackDeployResult = z.object({
  created: z.array(DeployedService),
  /** Services of the stack that already existed: their specs were replaced by the file's. */
  updated: z.array(DeployedService),
  /** The compose file's warnings, then Docker's, each naming what it is about. */
  warnings: z.array(z.string()),
});
export type StackDeployResult = z.infer<typeof StackDeployResult>;

export const StackRemoveResult = z.object({
  services: z.array(z.string()),
  networks: z.array(z.string()),
  /** Networks still attached to tasks shutting down when time ran out; they stay until removed on their own. */
  networksInUse: z.array(z.string()),
});
export type StackRemoveResult = z.infer<typeof StackRemoveResult>;

/** One reason a compose file can't be deployed, with where it is: path "" is the file as a whole. */
export const StackProblem = z.object({
  path: z.string(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  message: z.string(),
});
export type StackProblem = z.infer<typeof StackProblem>;

const Refused = z.object({ ok: z.literal(false), problems: z.array(StackProblem) });

/** A compose file checked without a swarm: what it would deploy, or every problem in it. */
export const StackCheck = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), services: z.array(z.string()), networks: z.array(z.string()), warnings: z.array(z.string()) }),
  Refused,
]);
export type StackCheck = z.infer<typeof StackCheck>;

/** A deploy refused for the file's problems changed nothing; one accepted says what it did. */
export const StackDeployOutcome = z.discriminatedUnion("ok", [StackDeployResult.extend({ ok: z.literal(true) }), Refused]);
export type StackDeployOutcome = z.infer<typeof StackDeployOutcome>;
