/**
 * Enrollment: an agent that shows a join token becomes a node. The handshake only checks the token;
 * it is spent at the agent's hello, which says what host the agent is on, in the transaction that
 * creates the node and its credential. The credential goes to the agent, which stores it before
 * acknowledging, and presents it from then on.
 */
import { hashToken, joinTokenStatus, newToken, type JoinTokenStatus } from "@wheelhouse/auth";
import type { Database, JoinToken } from "@wheelhouse/db";
import { AgentEvent, replySchema, type AgentHello, type AgentRefusal, type ErrorReply } from "@wheelhouse/protocol";
import { z } from "zod";
import type { Logger } from "../logger.ts";
import type { AgentSocket } from "../sockets/namespaces.ts";
import { freeNodeName, validNodeName } from "./node-name.ts";

// Well within the agent's wait for its hello's answer (10 s), so a slow disk yields a clear error.
const CREDENTIAL_ACK_MS = 5_000;
const StoredReply = replySchema(z.null());

const REFUSALS: Record<Exclude<JoinTokenStatus, "active">, (token: JoinToken) => AgentRefusal> = {
  expired: (token) => ({ code: "JOIN_TOKEN_EXPIRED", message: `join token expired at ${token.expiresAt.toISOString()}` }),
  "used-up": (token) => ({
    code: "JOIN_TOKEN_USED_UP",
    message: token.maxUses === 1 ? "join token already used" : `join token already used by as many nodes as it allows (${token.maxUses})`,
  }),
  revoked: () => ({ code: "JOIN_TOKEN_REVOKED", message: "join token revoked" }),
};

type Checked = { ok: true; joinTokenId: string } | { ok: false; refusal: AgentRefusal };

/** Whether a join token can still enroll a node; spends nothing. */
export async function checkJoinToken(db: Database, secret: string): Promise<Checked> {
  const token = await db.joinToken.findUnique({ where: { tokenHash: hashToken(secret) } });
  if (!token) return { ok: false, refusal: { code: "UNAUTHORIZED", message: "the control plane does not know this join token" } };
  const status = joinTokenStatus(token);
  return status === "active" ? { ok: true, joinTokenId: token.id } : { ok: false, refusal: REFUSALS[status](token) };
}

type Enrolled = { ok: true; node: { id: string; name: string }; credential: { id: string; secret: string } } | { ok: false; refusal: AgentRefusal };

// Enrollments with different tokens may pick the same free name at once; the unique index refuses
// all but one, and the others pick again.
const NAME_ATTEMPTS = 5;

/** Spends one use of the token and creates the node with its credential: all of it, or nothing. */
export async function enrollNode(db: Database, joinTokenId: string, wantedName: string | undefined): Promise<Enrolled> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await enrollOnce(db, joinTokenId, validNodeName(wantedName));
    } catch (error) {
      if ((error as { code?: unknown }).code !== "P2002" || attempt === NAME_ATTEMPTS) throw error;
    }
  }
}

async function enrollOnce(db: Database, joinTokenId: string, baseName: string): Promise<Enrolled> {
  const secret = newToken();
  return db.$transaction(async (tx) => {
    const token = await tx.joinToken.findUniqueOrThrow({ where: { id: joinTokenId } });
    const now = new Date();
    const status = joinTokenStatus(token, now);
    if (status !== "active") return { ok: false, refusal: REFUSALS[status](token) };
    // The conditions are checked again by the UPDATE itself, which the database runs atomically:
    // of two agents racing for the last use, one matches and the other changes nothing.
    const spent = await tx.joinToken.updateMany({
      where: { id: token.id, revokedAt: null, expiresAt: { gt: now }, ...(token.maxUses === null ? {} : { uses: { lt: token.maxUses } }) },
      data: { uses: { increment: 1 } },
    });
    if (spent.count === 0) return { ok: false, refusal: REFUSALS["used-up"](token) };
    const name = await freeNodeName(tx, baseName);
    const node = await tx.node.create({ data: { name } });
    const stored = await tx.agentCredential.create({ data: { nodeId: node.id, tokenHash: hashToken(secret) } });
    return { ok: true, node: { id: node.id, name: node.name }, credential: { id: stored.id, secret } };
  });
}

/**
 * Makes the joining agent on `socket` a node and hands it its credential. Resolves to the node, or
 * to the error its hello is answered with; if the agent says it could not store the credential,
 * the node is dropped and the token's use given back, so the agent can try again.
 */
export async function joinWithToken(db: Database, socket: AgentSocket, hello: AgentHello, log: Logger): Promise<{ id: string; name: string } | ErrorReply> {
  const joining = socket.data.joining;
  if (!joining) return { ok: false, code: "UNAUTHORIZED", message: "This connection presented no join token." };
  const wanted = joining.nodeName ?? (hello.engine.reachable ? hello.engine.facts.hostname : undefined);
  const enrolled = await enrollNode(db, joining.joinTokenId, wanted);
  if (!enrolled.ok) return { ok: false, code: "CONFLICT", message: enrolled.refusal.message };
  const { node, credential } = enrolled;

  const answer: unknown = await socket
    .timeout(CREDENTIAL_ACK_MS)
    .emitWithAck(AgentEvent.credential, { nodeId: node.id, nodeName: node.name, credential: credential.secret })
    .catch(() => undefined);
  const reply = StoredReply.safeParse(answer);
  if (reply.success && !reply.data.ok) {
    await db.$transaction([
      db.node.delete({ where: { id: node.id } }),
      db.joinToken.update({ where: { id: joining.joinTokenId }, data: { uses: { decrement: 1 } } }),
    ]);
    log.warn(`the agent joining as ${node.name} could not store its credential: ${reply.data.message}`);
    return reply.data;
  }
  // Without an answer the agent may still have stored the credential, so the node stays; if it did
  // not, the node never connects and an administrator can remove it.
  if (!reply.success) log.warn(`the agent joining as ${node.name} did not confirm it stored its credential`);
  socket.data.joining = undefined;
  socket.data.node = node;
  socket.data.credentialId = credential.id;
  log.info(`node ${node.name} joined`);
  return node;
}
