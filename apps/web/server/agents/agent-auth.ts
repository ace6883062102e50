/** Admits an agent's socket only with a live (unrevoked) credential, and remembers which node it speaks for. */
import { hashToken } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import { AgentHandshake } from "@wheelhouse/protocol";
import type { AgentSocket } from "../sockets/namespaces.ts";

export function agentAuth(db: Database) {
  return async (socket: AgentSocket, next: (error?: Error) => void) => {
    const handshake = AgentHandshake.safeParse(socket.handshake.auth);
    if (!handshake.success) return next(new Error("UNAUTHORIZED"));
    try {
      const credential = await db.agentCredential.findUnique({ where: { tokenHash: hashToken(handshake.data.token) }, include: { node: true } });
      if (!credential || credential.revokedAt) return next(new Error("UNAUTHORIZED"));
      socket.data.nodeId = credential.nodeId;
      socket.data.nodeName = credential.node.name;
      next();
    } catch (error) {
      next(error as Error);
    }
  };
}
