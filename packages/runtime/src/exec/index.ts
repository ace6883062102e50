/** Exec terminals: sessions in containers over the Engine API, and the agent's registry of them. */
export { openExec, type ExecSession, type ExecOptions } from "./open-exec.ts";
export { ExecSessions, type ExecAttachment, type ExecViewer, type ExecSessionsOptions, type SessionOwnership } from "./exec-sessions.ts";
export type { ExecChunk, OutputStream } from "./stdcopy.ts";
export type { TeardownOptions } from "./end-session.ts";
