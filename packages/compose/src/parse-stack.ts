/**
 * A compose file to a swarm stack, the way `docker stack deploy -c <file> <stack>` reads it,
 * without a Docker Engine: either the plan to deploy, or every problem found, each with where
 * it is in the file.
 */
import { readSections } from "./compose-file.ts";
import { unescapeDollars } from "./interpolation.ts";
import { stackNameProblem } from "./names.ts";
import { Findings, formatPath, type StackProblem, type YamlPath } from "./problems.ts";
import { checkPublishedPorts } from "./published-ports.ts";
import { readService } from "./service.ts";
import type { StackPlan } from "./stack-plan.ts";
import { readDeclarations, type StackContext } from "./top-level.ts";
import { readYaml, type Locate } from "./yaml-source.ts";

export type ParseStackResult = { ok: true; stack: StackPlan; warnings: string[] } | { ok: false; problems: StackProblem[] };

export function parseStack(yamlText: string, stackName: string): ParseStackResult {
  const source = readYaml(yamlText);
  if (!source.ok) return source;
  const findings = new Findings();
  const sections = readSections(unescapeDollars(source.value, findings), findings);
  const context = sections && readDeclarations(stackName, sections, findings);
  const services = Object.entries(sections?.services ?? {}).flatMap(([name, written]) => {
    const spec = context && readService(name, written, context, findings);
    return spec ? [spec] : [];
  });
  checkPublishedPorts(sections?.services ?? {}, findings);

  const nameProblem = stackNameProblem(stackName);
  if (nameProblem || findings.problems.length > 0 || !context) {
    const problems = findings.problems.map(({ path, message }) => located(path, message, source.locate)).sort(byPlace);
    return { ok: false, problems: nameProblem ? [{ path: "", message: nameProblem }, ...problems] : problems };
  }
  return {
    ok: true,
    stack: { name: stackName, services, ...stackObjects(context, services) },
    warnings: findings.warnings.map(({ path, message }) => `${formatPath(path)}: ${message}`),
  };
}

/** The declared objects; of the networks, only those services attach to, as docker creates no other. */
function stackObjects(context: StackContext, services: StackPlan["services"]): Omit<StackPlan, "name" | "services"> {
  const attached = new Set(services.flatMap((service) => service.TaskTemplate.Networks.map((network) => network.Target)));
  const networks = new Map([...context.networks.values()].filter(({ name }) => attached.has(name)).map((network) => [network.name, network]));
  return {
    networks: [...networks.values()],
    volumes: [...context.volumes.values()],
    secrets: [...context.secrets.values()],
    configs: [...context.configs.values()],
  };
}

function located(path: YamlPath, message: string, locate: Locate): StackProblem {
  return { path: formatPath(path), ...locate(path), message };
}

function byPlace(a: StackProblem, b: StackProblem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
