/**
 * The quick start's local node: the host the control plane runs on, driven by an agent inside the
 * control-plane process. It dials in over loopback like any remote agent, so there is one code path.
 * Its credential is replaced at every start, so none outlives the process that knew it.
 */
import { hostname } from "node:os";
import { hashToken, newToken } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";

export async function prepareLocalNode(db: Database): Promise<{ nodeId: string; token: string }> {
  const existing = await db.node.findFirst({ where: { local: true } });
  const node = existing ?? (await db.node.create({ data: { name: await freeName(db, hostname() || "local"), local: true } }));
  const token = newToken();
  await db.$transaction([
    db.agentCredential.deleteMany({ where: { nodeId: node.id } }),
    db.agentCredential.create({ data: { nodeId: node.id, tokenHash: hashToken(token) } }),
  ]);
  return { nodeId: node.id, token };
}

async function freeName(db: Database, wanted: string): Promise<string> {
  return (await db.node.findUnique({ where: { name: wanted } })) ? `${wanted}-local` : wanted;
}
