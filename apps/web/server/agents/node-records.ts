/** Keeps each node's row in step with what its agent reports. */
import type { Database } from "@wheelhouse/db";
import type { EngineStatus, Heartbeat } from "@wheelhouse/protocol";

export async function recordEngineStatus(db: Database, nodeId: string, engine: EngineStatus, agentVersion?: string): Promise<void> {
  await db.node.update({
    where: { id: nodeId },
    data: {
      engineReachable: engine.reachable,
      engineEndpoint: engine.endpoint,
      engineError: engine.reachable ? null : engine.error,
      ...(engine.reachable ? { facts: JSON.stringify(engine.facts), hostname: engine.facts.hostname } : {}),
      ...(agentVersion ? { agentVersion } : {}),
      lastSeenAt: new Date(),
    },
  });
}

/** One UPDATE per heartbeat that brings the host's usage; an agent sending none is only seen. */
export async function recordHeartbeat(db: Database, nodeId: string, beat: Heartbeat): Promise<void> {
  await db.node.update({
    where: { id: nodeId },
    data: {
      lastSeenAt: new Date(),
      ...(beat.usage ? { usage: JSON.stringify(beat.usage) } : {}),
      ...(beat.addresses ? { addresses: JSON.stringify(beat.addresses) } : {}),
    },
  });
}
