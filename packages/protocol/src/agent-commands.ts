/**
 * The typed operations a control plane may ask of an agent. This table is the whole surface:
 * an agent carries out these and nothing else (there is no raw proxy to the Docker API), and both
 * sides parse inputs and outputs with the schemas below.
 */
import { z } from "zod";
import {
  ContainerDetails,
  ContainerSummary,
  DiskUsage,
  ImageDetails,
  ImageSummary,
  NetworkDetails,
  NetworkSummary,
  PruneRequest,
  PruneResult,
  VolumeDetails,
  VolumeSummary,
} from "./docker-objects.ts";
import { NodeFacts } from "./engine.ts";
import { ExecSessionInfo } from "./exec.ts";
import { ExecSessionId } from "./exec-streams.ts";
import { ContainerRef, ImageRef, NetworkRef, VolumeRef } from "./refs.ts";
import {
  ConfigCreate,
  ConfigDetails,
  ConfigRef,
  ConfigSummary,
  CreatedObject,
  OnSwarmNode,
  SecretCreate,
  SecretRef,
  SecretSummary,
  SwarmInfo,
  SwarmInfoRequest,
  SwarmInit,
  SwarmJoin,
  SwarmLeave,
  SwarmNode,
  SwarmNodeUpdate,
} from "./swarm.ts";
import { ServiceCreate, ServiceDetails, ServiceRef, ServiceScale, ServiceSummary, ServiceUpdate, TaskFilter, TaskSummary, Warnings } from "./services.ts";
import { StackDeploy, StackDeployResult, StackDetails, StackRef, StackRemoveResult, StackSummary } from "./stacks.ts";

const Empty = z.object({});

export const ContainerAction = z.enum(["start", "stop", "restart", "kill", "pause", "unpause"]);
export type ContainerAction = z.infer<typeof ContainerAction>;

export const agentCommands = {
  "node.facts": { input: Empty, output: NodeFacts },
  "container.list": { input: Empty, output: z.array(ContainerSummary) },
  "container.inspect": { input: ContainerRef, output: ContainerDetails },
  "container.action": { input: ContainerRef.extend({ action: ContainerAction }), output: Empty },
  "container.remove": {
    input: ContainerRef.extend({ force: z.boolean().default(false), removeVolumes: z.boolean().default(false) }),
    output: Empty,
  },
  "image.list": { input: Empty, output: z.array(ImageSummary) },
  "image.inspect": { input: ImageRef, output: ImageDetails },
  "image.remove": { input: ImageRef.extend({ force: z.boolean().default(false) }), output: z.object({ deleted: z.array(z.string()), untagged: z.array(z.string()) }) },
  "volume.list": { input: Empty, output: z.array(VolumeSummary) },
  "volume.inspect": { input: VolumeRef, output: VolumeDetails },
  "volume.remove": { input: VolumeRef.extend({ force: z.boolean().default(false) }), output: Empty },
  "network.list": { input: Empty, output: z.array(NetworkSummary) },
  "network.inspect": { input: NetworkRef, output: NetworkDetails },
  "network.remove": { input: NetworkRef, output: Empty },
  "system.df": { input: Empty, output: DiskUsage },
  "system.prune": { input: PruneRequest, output: PruneResult },
  "swarm.info": { input: SwarmInfoRequest, output: SwarmInfo },
  "swarm.init": { input: SwarmInit, output: z.object({ nodeId: z.string() }) },
  "swarm.join": { input: SwarmJoin, output: Empty },
  "swarm.leave": { input: SwarmLeave, output: Empty },
  "swarmNode.list": { input: Empty, output: z.array(SwarmNode) },
  "swarmNode.inspect": { input: OnSwarmNode, output: SwarmNode },
  "swarmNode.update": { input: SwarmNodeUpdate, output: SwarmNode },
  "secret.list": { input: Empty, output: z.array(SecretSummary) },
  "secret.create": { input: SecretCreate, output: CreatedObject },
  "secret.remove": { input: SecretRef, output: Empty },
  "config.list": { input: Empty, output: z.array(ConfigSummary) },
  "config.inspect": { input: ConfigRef, output: ConfigDetails },
  "config.create": { input: ConfigCreate, output: CreatedObject },
  "config.remove": { input: ConfigRef, output: Empty },
  "service.list": { input: Empty, output: z.array(ServiceSummary) },
  "service.inspect": { input: ServiceRef, output: ServiceDetails },
  "service.create": { input: ServiceCreate, output: Warnings.extend({ id: z.string() }) },
  "service.update": { input: ServiceUpdate, output: Warnings },
  "service.scale": { input: ServiceScale, output: Warnings },
  "service.rollback": { input: ServiceRef, output: Warnings },
  "service.remove": { input: ServiceRef, output: Empty },
  "task.list": { input: TaskFilter, output: z.array(TaskSummary) },
  "stack.list": { input: Empty, output: z.array(StackSummary) },
  "stack.services": { input: StackRef, output: StackDetails },
  "stack.deploy": { input: StackDeploy, output: StackDeployResult },
  "stack.remove": { input: StackRef, output: StackRemoveResult },
  "exec.sessions": { input: Empty, output: z.array(ExecSessionInfo) },
  "exec.terminate": { input: z.object({ sessionId: ExecSessionId }), output: Empty },
} as const;

export type AgentCommands = typeof agentCommands;
export type AgentCommandName = keyof AgentCommands;
export type AgentCommandInput<N extends AgentCommandName> = z.input<AgentCommands[N]["input"]>;
export type AgentCommandArgs<N extends AgentCommandName> = z.output<AgentCommands[N]["input"]>;
export type AgentCommandOutput<N extends AgentCommandName> = z.infer<AgentCommands[N]["output"]>;
export const agentCommandNames = Object.keys(agentCommands) as AgentCommandName[];

/**
 * Commands about the agent's own terminal sessions rather than the engine: the agent answers them
 * from its session registry, and sends every other command to the engine through its runtime.
 */
export const SESSION_COMMANDS = ["exec.sessions", "exec.terminate"] as const satisfies readonly AgentCommandName[];
export type SessionCommandName = (typeof SESSION_COMMANDS)[number];
export type EngineCommandName = Exclude<AgentCommandName, SessionCommandName>;
export const isSessionCommand = (name: AgentCommandName): name is SessionCommandName => (SESSION_COMMANDS as readonly string[]).includes(name);

/** The envelope of a command as it travels: parsed first, then its input against its own schema. */
export const AgentCommandRequest = z.object({
  name: z.enum(agentCommandNames as [AgentCommandName, ...AgentCommandName[]]),
  input: z.unknown(),
});
export type AgentCommandRequest = z.infer<typeof AgentCommandRequest>;
