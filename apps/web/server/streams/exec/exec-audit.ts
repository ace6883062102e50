/**
 * The audit records of terminal sessions: who opened (or reattached to) a shell in which container,
 * from where, with which command and user; and how each session ended, whoever ended it, as its
 * agent reports it. Environment values are left out: they often carry credentials.
 */
import { recordAudit } from "@wheelhouse/api";
import type { Database, User } from "@wheelhouse/db";
import type { BrowserExecParams, ExecEnded } from "@wheelhouse/protocol";

/** exec.close comes from the session's agent, not from a request: the opener's address is on exec.open. */
const AGENT_ORIGIN = "agent";

export function recordExecOpen(db: Database, who: { user: User; ip: string }, request: BrowserExecParams, session: { id: string; resumed: boolean }): Promise<void> {
  const opened = "attach" in request ? {} : { command: request.command, user: request.user, tty: request.tty, workingDir: request.workingDir, env: Object.keys(request.env ?? {}) };
  return recordAudit(db, {
    userId: who.user.id,
    username: who.user.username,
    ip: who.ip,
    action: session.resumed ? "exec.attach" : "exec.open",
    target: target(request.nodeId, request.containerId, session.id),
    outcome: "allowed",
    detail: JSON.stringify({ sessionId: session.id, ...opened, cols: request.cols, rows: request.rows }),
  });
}

export async function recordExecClose(db: Database, node: { id: string }, { session, exit }: ExecEnded): Promise<void> {
  const owner = await db.user.findUnique({ where: { id: session.owner }, select: { id: true, username: true } });
  await recordAudit(db, {
    userId: owner?.id ?? null,
    username: owner?.username ?? null,
    ip: AGENT_ORIGIN,
    action: "exec.close",
    target: target(node.id, session.containerId, session.id),
    outcome: "allowed",
    detail: JSON.stringify({ sessionId: session.id, exitCode: exit.code, signal: exit.signal, command: session.command, user: session.user, durationMs: Date.now() - session.startedAt }),
  });
}

function target(nodeId: string, containerId: string, sessionId: string): string {
  return `nodeId=${nodeId} containerId=${containerId} sessionId=${sessionId}`;
}
