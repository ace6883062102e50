/**
 * Swarm secrets: list, create and remove. A secret's data goes into the engine and is never read
 * back: Docker does not return it, and nothing here would pass it on if it did.
 */
import type Docker from "dockerode";
import type { SecretCreate, SecretSummary } from "@wheelhouse/protocol";
import { encodeData, toStoredObjectSummary, type EngineStoredObject } from "./stored-object.ts";
import { withSwarmErrors } from "./swarm-errors.ts";

export function listSecrets(docker: Docker): Promise<SecretSummary[]> {
  return withSwarmErrors(async () => ((await docker.listSecrets()) as unknown as EngineStoredObject[]).map(toStoredObjectSummary));
}

export function createSecret(docker: Docker, { name, data, labels }: SecretCreate): Promise<{ id: string }> {
  return withSwarmErrors(async () => {
    const created = (await docker.createSecret({ Name: name, Labels: labels, Data: encodeData(data) })) as { id: string };
    return { id: created.id };
  });
}

export function removeSecret(docker: Docker, id: string): Promise<Record<string, never>> {
  return withSwarmErrors(async () => {
    await docker.getSecret(id).remove();
    return {};
  });
}
