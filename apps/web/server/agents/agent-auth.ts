/**
 * Admits an agent's socket with a live credential, remembering which node it speaks for, or with a
 * join token that can still enroll a node. Every refusal says why: the error's message is the
 * code and its data the AgentRefusal the agent logs.
 */
import { hashToken } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import { AgentHandshake, type AgentRefusal } from "@wheelhouse/protocol";
import type { AgentSocket } from "../sockets/namespaces.ts";
import { checkJoinToken } from "./enrollment.ts";

export function agentAuth(db: Database) {
  return async (socket: AgentSocket, next: (error?: Error) => void) => {
    const handshake = AgentHandshake.safeParse(socket.handshake.auth);
    if (!handshake.success) return next(refusal({ code: "UNAUTHORIZED", message: "the handshake carries neither a credential nor a join token" }));
    try {
      if ("joinToken" in handshake.data) {
        const check = await checkJoinToken(db, handshake.data.joinToken);
        if (!check.ok) return next(refusal(check.refusal));
        socket.data.joining = { joinTokenId: check.joinTokenId, nodeName: handshake.data.nodeName };
        return next();
      }
      const credential = await db.agentCredential.findUnique({ where: { tokenHash: hashToken(handshake.data.credential) }, include: { node: true } });
      if (!credential) return next(refusal({ code: "UNAUTHORIZED", message: "the control plane does not know this credential (was its node removed?)" }));
      if (credential.revokedAt) return next(refusal(revokedRefusal(credential.revokedAt)));
      socket.data.node = { id: credential.nodeId, name: credential.node.name };
      socket.data.credentialId = credential.id;
      next();
    } catch (error) {
      next(error as Error);
    }
  };
}

export function revokedRefusal(revokedAt: Date): AgentRefusal {
  return { code: "CREDENTIAL_REVOKED", message: `this node's credential was revoked at ${revokedAt.toISOString()}` };
}

function refusal(reason: AgentRefusal): Error {
  return Object.assign(new Error(reason.code), { data: reason });
}
