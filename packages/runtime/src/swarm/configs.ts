/** Swarm configs: list, inspect (with their data, which unlike a secret's is no secret), create and remove. */
import type Docker from "dockerode";
import type { ConfigCreate, ConfigDetails, ConfigSummary } from "@wheelhouse/protocol";
import { encodeData, toStoredObjectSummary, type EngineStoredObject } from "./stored-object.ts";
import { withSwarmErrors } from "./swarm-errors.ts";

export function listConfigs(docker: Docker): Promise<ConfigSummary[]> {
  return withSwarmErrors(async () => ((await docker.listConfigs()) as EngineStoredObject[]).map(toStoredObjectSummary));
}

export function inspectConfig(docker: Docker, id: string): Promise<ConfigDetails> {
  return withSwarmErrors(async () => {
    const config = (await docker.getConfig(id).inspect()) as EngineStoredObject;
    return { ...toStoredObjectSummary(config), data: Buffer.from(config.Spec?.Data ?? "", "base64").toString("utf8") };
  });
}

export function createConfig(docker: Docker, { name, data, labels }: ConfigCreate): Promise<{ id: string }> {
  return withSwarmErrors(async () => {
    const created = (await docker.createConfig({ Name: name, Labels: labels, Data: encodeData(data) })) as { id: string };
    return { id: created.id };
  });
}

export function removeConfig(docker: Docker, id: string): Promise<Record<string, never>> {
  return withSwarmErrors(async () => {
    await docker.getConfig(id).remove();
    return {};
  });
}
