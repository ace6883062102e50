/**
 * Exec terminals as streams: the params of the channel a browser opens on the control plane
 * (BrowserStream.exec) and of the one the control plane opens on the container's agent
 * (AgentStream.exec), and the control messages both carry as JSON values. Terminal bytes travel
 * as binary frames both ways and are never decoded on the way, so UTF-8 split across frames and
 * control sequences arrive as they were sent.
 */
import { z } from "zod";
import { ExecExit, ExecOpenRequest, ExecSessionInfo, TerminalSize } from "./exec.ts";
import { ContainerRef, NodeId } from "./refs.ts";

/** Docker's exec id, which is the session's id. */
export const ExecSessionId = z.string().regex(/^[0-9a-f]{64}$/, "Not a terminal session id");
const UserId = z.string().min(1).max(128);

/** A new session, owned by the user who opens it. Strict: a reattach whose session id is malformed must not pass for an open. */
export const AgentExecOpen = ExecOpenRequest.extend({ owner: UserId }).strict();
/** Its owner back on one of their sessions (the container named must be the session's), at the viewer's size. */
export const AgentExecAttach = TerminalSize.extend({ attach: ExecSessionId, containerId: ContainerRef.shape.id, owner: UserId });
export const AgentExecParams = z.union([AgentExecAttach, AgentExecOpen]);
export type AgentExecParams = z.infer<typeof AgentExecParams>;

export const BrowserExecOpen = ExecOpenRequest.extend({ nodeId: NodeId }).strict();
export type BrowserExecOpen = z.infer<typeof BrowserExecOpen>;
/** The container travels with the session id so that access to it is checked before the agent is asked. */
export const BrowserExecAttach = TerminalSize.extend({ nodeId: NodeId, containerId: ContainerRef.shape.id, attach: ExecSessionId });
export type BrowserExecAttach = z.infer<typeof BrowserExecAttach>;
export const BrowserExecParams = z.union([BrowserExecAttach, BrowserExecOpen]);
export type BrowserExecParams = z.infer<typeof BrowserExecParams>;

/** From the viewer to the session: the terminal was resized, or its input has ended (Ctrl-D without a tty). */
export const ExecInputControl = z.discriminatedUnion("type", [TerminalSize.extend({ type: z.literal("resize") }), z.object({ type: z.literal("eof") })]);
export type ExecInputControl = z.infer<typeof ExecInputControl>;

/**
 * From the session to the viewer. `session` comes first, before any byte: on a reattach
 * (`resumed`) the bytes that follow redraw the screen from the session's replay buffer. `exit`
 * comes last, once the process has ended.
 */
export const ExecOutputControl = z.discriminatedUnion("type", [
  z.object({ type: z.literal("session"), id: ExecSessionId, resumed: z.boolean() }),
  ExecExit.extend({ type: z.literal("exit") }),
]);
export type ExecOutputControl = z.infer<typeof ExecOutputControl>;

/** An agent's report that one of its sessions ended, however it ended, for the control plane to audit. */
export const ExecEnded = z.object({ session: ExecSessionInfo, exit: ExecExit });
export type ExecEnded = z.infer<typeof ExecEnded>;
