/**
 * Reads one service of a compose file: warns about the options swarm ignores, refuses the ones it
 * can't take, and turns the rest into its ServiceSpec.
 */
import { isMapping, withoutExtensions } from "./compose-file.ts";
import type { DockerServiceSpec } from "./docker-service-spec.ts";
import { warnAboutUnsetVariables } from "./environment.ts";
import { serviceNameProblem } from "./names.ts";
import type { Findings, YamlPath } from "./problems.ts";
import { ignoredServiceOptions, refusedServiceOptions } from "./service-keys.ts";
import { serviceOptions } from "./service-options.ts";
import { serviceSpec } from "./service-spec.ts";
import type { StackContext } from "./top-level.ts";
import { composeMessages, findingsFromIssues } from "./zod-issues.ts";

export function readService(service: string, written: unknown, context: StackContext, findings: Findings): DockerServiceSpec | undefined {
  const path = ["services", service];
  const nameProblem = serviceNameProblem(context.stack, service);
  if (nameProblem) findings.problem(path, nameProblem);
  const options = withoutExtensions(written);
  const taken = isMapping(options) ? setAsideUntaken(options, path, findings) : options;
  if (isMapping(taken)) warnAboutUnsetVariables(taken.environment, [...path, "environment"], findings);
  const parsed = serviceOptions(service, context).safeParse(taken, { error: composeMessages });
  if (!parsed.success) {
    for (const { path: at, message } of findingsFromIssues(parsed.error.issues, path)) findings.problem(at, message);
    return undefined;
  }
  return serviceSpec(service, parsed.data, context);
}

function setAsideUntaken(options: Record<string, unknown>, path: YamlPath, findings: Findings): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(options).filter(([option]) => {
      const ignored = ignoredServiceOptions[option];
      const refused = refusedServiceOptions[option];
      if (ignored !== undefined) findings.warn([...path, option], `ignored; ${ignored}`);
      if (refused !== undefined) findings.problem([...path, option], refused);
      return ignored === undefined && refused === undefined;
    }),
  );
}
