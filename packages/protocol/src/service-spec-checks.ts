/**
 * The checks a service spec must pass before it reaches Docker, each with a message a person can
 * act on. Docker would refuse most of these too, but later, in its own words, or (for a bad
 * constraint) not at all: the service would be created and its tasks would never start.
 */
import type { z } from "zod";
import type { ServiceSpecForm } from "./service-spec.ts";

// The grammar of github.com/distribution/reference: [domain[:port]/]path[:tag][@digest].
const domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const domain = `${domainComponent}(?:\\.${domainComponent})*(?::[0-9]+)?`;
const pathComponent = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
const tag = "[\\w][\\w.-]{0,127}";
const digest = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
const imageReference = new RegExp(`^((?:${domain}/)?${pathComponent}(?:/${pathComponent})*)(?::${tag})?(?:@${digest})?$`);

const envEntry = /^[A-Za-z_][A-Za-z0-9_.-]*=/;
/** `<key> == <value>` or `<key> != <value>`, as swarmkit parses placement constraints. */
const constraintSyntax = /^\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*(==|!=)\s*([A-Za-z0-9:_.*()?+[\]\\^$|/ -]*[A-Za-z0-9:_.*()?+[\]\\^$|/-])\s*$/;
const spreadDescriptor = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const healthTests = ["CMD", "CMD-SHELL", "NONE"];
const zeroDuration = /^(?:0+(?:ms|h|m|s))+$/;

type Issues = Array<{ path: PropertyKey[]; message: string }>;

export function checkServiceSpec(spec: ServiceSpecForm, ctx: z.RefinementCtx): void {
  const issues: Issues = [
    ...imageIssues(spec.image),
    ...envIssues(spec.env),
    ...portIssues(spec.ports),
    ...placementIssues(spec.placement),
    ...mountIssues(spec.mounts),
    ...policyIssues(spec),
  ];
  for (const { path, message } of issues) ctx.addIssue({ code: "custom", path, message });
}

function imageIssues(image: string): Issues {
  const name = imageReference.exec(image)?.[1];
  if (name === undefined) return [{ path: ["image"], message: `"${image}" is not an image reference; write it like nginx:1.27 or registry.example.com/team/app@sha256:...` }];
  if (name.length > 255) return [{ path: ["image"], message: "An image name has at most 255 characters" }];
  return [];
}

function envIssues(env: string[]): Issues {
  return env.flatMap((entry, i) => (envEntry.test(entry) ? [] : [{ path: ["env", i], message: `Write environment entries as KEY=VALUE; "${entry}" is not` }]));
}

function portIssues(ports: ServiceSpecForm["ports"]): Issues {
  const seen = new Set<string>();
  return ports.flatMap((port, i) => {
    if (port.published === undefined) return port.mode === "host" ? [{ path: ["ports", i, "published"], message: "A port published in host mode needs a published port" }] : [];
    const key = `${port.published}/${port.protocol}`;
    if (seen.has(key)) return [{ path: ["ports", i, "published"], message: `Port ${key} is published twice` }];
    seen.add(key);
    return [];
  });
}

function placementIssues(placement: ServiceSpecForm["placement"]): Issues {
  const constraints = placement.constraints.flatMap((c, i) =>
    constraintSyntax.test(c) ? [] : [{ path: ["placement", "constraints", i], message: `"${c}" is not a constraint; write <key>==<value> or <key>!=<value>, e.g. node.labels.rack==r1` }],
  );
  const preferences = placement.preferences.flatMap((p, i) =>
    spreadDescriptor.test(p) ? [] : [{ path: ["placement", "preferences", i], message: `"${p}" is not a spread descriptor; name a node attribute, e.g. node.labels.rack` }],
  );
  return [...constraints, ...preferences];
}

function mountIssues(mounts: ServiceSpecForm["mounts"]): Issues {
  return mounts.flatMap((m, i) => {
    if (m.type === "bind" && !m.source.startsWith("/")) return [{ path: ["mounts", i, "source"], message: "A bind mount's source is an absolute path on the node" }];
    if (m.type === "tmpfs" && m.source !== "") return [{ path: ["mounts", i, "source"], message: "A tmpfs mount has no source" }];
    return [];
  });
}

function policyIssues(spec: ServiceSpecForm): Issues {
  const issues: Issues = [];
  if (spec.rollbackConfig?.failureAction === "rollback") issues.push({ path: ["rollbackConfig", "failureAction"], message: "A failed rollback cannot roll back; choose pause or continue" });
  const health = spec.healthCheck;
  if (health) {
    if (!healthTests.includes(health.test[0] ?? "")) issues.push({ path: ["healthCheck", "test", 0], message: "A health check's test starts with CMD, CMD-SHELL or NONE" });
    // Docker reads a zero interval or timeout as "use the default", so zero would not mean zero.
    for (const key of ["interval", "timeout"] as const) {
      if (zeroDuration.test(health[key])) issues.push({ path: ["healthCheck", key], message: `A health check's ${key} must be more than 0` });
    }
  }
  return issues;
}
