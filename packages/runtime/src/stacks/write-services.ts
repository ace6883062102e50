/**
 * A stack's services written as docker stack deploy writes them: each created, or updated by full
 * replacement of its spec at its current version. Docker's warnings are kept, each naming its
 * service; a failure part way says what had been written before it.
 */
import type { DockerServiceSpec } from "@wheelhouse/compose";
import type { StackDeployResult } from "@wheelhouse/protocol";
import type Docker from "dockerode";
import { RuntimeError } from "../errors.ts";
import { withServiceErrors } from "../services/service-errors.ts";
import { postServiceCreate, postServiceUpdate } from "../services/service-writes.ts";
import { ofStack } from "./stack-label.ts";

export async function writeStackServices(docker: Docker, stack: string, specs: DockerServiceSpec[]): Promise<StackDeployResult> {
  const current = new Map((await docker.listServices({ filters: ofStack(stack) })).map((s) => [s.Spec?.Name ?? "", s]));
  const written: StackDeployResult = { created: [], updated: [], warnings: [] };
  for (const spec of specs) {
    const service = current.get(spec.Name);
    try {
      const { id, warnings } = await withServiceErrors(() => (service ? update(docker, service, spec) : postServiceCreate(docker, engineSpec(spec))));
      (service ? written.updated : written.created).push({ id, name: spec.Name });
      written.warnings.push(...warnings.map((warning) => `${spec.Name}: ${warning}`));
    } catch (error) {
      throw partway(error, spec.Name, written);
    }
  }
  for (const name of current.keys()) {
    if (!specs.some((spec) => spec.Name === name)) written.warnings.push(`${name}: no longer in the file, so left as it was; remove it on its own if it should go`);
  }
  return written;
}

async function update(docker: Docker, service: Docker.Service, spec: DockerServiceSpec): Promise<{ id: string; warnings: string[] }> {
  const next = engineSpec(spec);
  // A compose file can't state ForceUpdate; keeping the service's, as docker stack deploy does, keeps its tasks from restarting for it.
  const keepingForceUpdate = { ...next, TaskTemplate: { ...next.TaskTemplate, ForceUpdate: service.Spec?.TaskTemplate?.ForceUpdate } };
  const { warnings } = await postServiceUpdate(docker, service.ID, service.Version?.Index ?? 0, keepingForceUpdate);
  return { id: service.ID, warnings };
}

// The Engine API takes a tmpfs mount without a Source; dockerode's types demand one on every mount.
function engineSpec(spec: DockerServiceSpec): Docker.ServiceSpec {
  return spec as unknown as Docker.ServiceSpec;
}

function partway(error: unknown, service: string, written: StackDeployResult): unknown {
  if (!(error instanceof RuntimeError)) return error;
  const done = [...written.created.map((s) => `created ${s.name}`), ...written.updated.map((s) => `updated ${s.name}`)];
  return new RuntimeError(error.code, `${service}: ${error.message}${done.length > 0 ? ` (before it: ${done.join(", ")})` : ""}`, { cause: error });
}
