/**
 * The agent namespace: what an agent and a control plane say to each other over socket.io.
 * Event names are constants; payloads are zod schemas parsed on receipt.
 */
import { z } from "zod";
import type { AgentCommandRequest } from "./agent-commands.ts";
import type { ChannelEvents } from "./channels.ts";
import type { IssuedCredential } from "./agent-enrollment.ts";
import { EngineEvent, EngineStatus } from "./engine.ts";
import type { ExecEnded } from "./exec-streams.ts";
import { HostAddresses, HostUsage } from "./host.ts";
import type { Reply } from "./reply.ts";

export const AGENT_NAMESPACE = "/agent";

export const AgentEvent = {
  hello: "agent:hello",
  heartbeat: "agent:heartbeat",
  engineStatus: "engine:status",
  engineEvents: "engine:events",
  command: "agent:command",
  credential: "agent:credential",
  /** A terminal session ended on the agent (ExecEnded); the control plane audits it and acknowledges. */
  execEnded: "exec:ended",
} as const;

export const AgentHello = z.object({
  agentVersion: z.string(),
  protocolVersion: z.number().int(),
  engine: EngineStatus,
});
export type AgentHello = z.infer<typeof AgentHello>;

export const HelloAccepted = z.object({ nodeId: z.string(), heartbeatMs: z.number().int().positive() });
export type HelloAccepted = z.infer<typeof HelloAccepted>;

/** Host usage and addresses come only from an agent on its engine's host, and not from older agents. */
export const Heartbeat = z.object({ sentAt: z.number(), usage: HostUsage.optional(), addresses: HostAddresses.optional() });
export type Heartbeat = z.infer<typeof Heartbeat>;
export const EngineEventBatch = z.object({ events: z.array(EngineEvent).max(1000) });
export type EngineEventBatch = z.infer<typeof EngineEventBatch>;

/** Streams travel as channels (channels.ts), whose events both ends send. */
export interface AgentToServerEvents extends ChannelEvents {
  [AgentEvent.hello]: (hello: AgentHello, ack: (reply: Reply<HelloAccepted>) => void) => void;
  [AgentEvent.heartbeat]: (beat: Heartbeat) => void;
  [AgentEvent.engineStatus]: (status: EngineStatus) => void;
  [AgentEvent.engineEvents]: (batch: EngineEventBatch) => void;
  [AgentEvent.execEnded]: (report: ExecEnded, ack: (reply: Reply<null>) => void) => void;
}

export interface ServerToAgentEvents extends ChannelEvents {
  [AgentEvent.command]: (request: AgentCommandRequest, ack: (reply: Reply<unknown>) => void) => void;
  [AgentEvent.credential]: (issued: IssuedCredential, ack: (reply: Reply<null>) => void) => void;
}
