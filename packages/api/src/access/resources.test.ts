/**
 * Who reaches which resource, as a table: a subject (their grants), a permission, a resource as
 * the helpers derive it, and whether the check passes.
 */
import { BUILT_IN_ROLES, createAuthorizer, ResourceScope, type Authorizer, type EffectiveGrant, type Permission, type Resource } from "@wheelhouse/auth";
import { describe, expect, it } from "vitest";
import { labelledResource, swarmNodeResource, swarmResource, taskResources } from "./swarm-object-resources.ts";

const role = (name: string) => {
  const found = BUILT_IN_ROLES.find((r) => r.name === name);
  if (!found) throw new Error(`no built-in role ${name}`);
  return { id: name, name, permissions: found.permissions };
};

const grant = (roleName: string, scope: Partial<ResourceScope>): EffectiveGrant => ({
  grantId: `${roleName}:${JSON.stringify(scope)}`,
  via: { kind: "user" },
  role: role(roleName),
  resourceSet: { id: JSON.stringify(scope), name: "set", scope: ResourceScope.parse(scope) },
});

const subjects: Record<string, Authorizer> = {
  admin: createAuthorizer({ isAdmin: true, grants: [] }),
  payments: createAuthorizer({ isAdmin: false, grants: [grant("Full Control", { clusterIds: ["swarm:abc"], labels: { team: "payments" } })] }),
  "payments (restricted)": createAuthorizer({ isAdmin: false, grants: [grant("Restricted Control", { labels: { team: "payments" } })] }),
  "gpu scheduler": createAuthorizer({ isAdmin: false, grants: [grant("Scheduler", { clusterIds: ["swarm:abc"], nodeLabels: { pool: "gpu" } })] }),
  "admin's token narrowed to View Only": createAuthorizer({ isAdmin: true, grants: [], narrowTo: role("View Only").permissions }),
};

const payments = labelledResource("abc", { team: "payments", "com.docker.stack.namespace": "shop" });
const search = labelledResource("abc", { team: "search" });
const elsewhere = labelledResource("other", { team: "payments" });
const tasks = taskResources("abc", [{ id: "svc-pay", labels: { team: "payments" } }]);
const gpuNode = swarmNodeResource("abc", { labels: { pool: "gpu" } });
const cpuNode = swarmNodeResource("abc", { labels: { pool: "cpu" } });

const table: [subject: string, permission: Permission, what: string, expected: boolean, resource: Resource][] = [
  ["admin", "service.remove", "search service", true, search],
  ["payments", "service.view", "payments service", true, payments],
  ["payments", "service.update", "payments service", true, payments],
  ["payments", "workload.host-access", "payments service", true, payments],
  ["payments", "service.view", "search service", false, search],
  ["payments", "service.view", "payments service in another swarm", false, elsewhere],
  ["payments", "service.view", "task of the payments service", true, tasks({ serviceId: "svc-pay" })],
  ["payments", "service.view", "task of a removed service", false, tasks({ serviceId: "gone" })],
  ["payments", "swarm.manage", "the swarm itself", false, swarmResource("abc")],
  ["payments", "node.schedule", "a swarm node", false, gpuNode],
  ["payments (restricted)", "service.update", "payments service", true, payments],
  ["payments (restricted)", "workload.host-access", "payments service", false, payments],
  ["payments (restricted)", "container.exec", "payments container", false, payments],
  ["gpu scheduler", "node.schedule", "gpu node", true, gpuNode],
  ["gpu scheduler", "node.schedule", "cpu node", false, cpuNode],
  ["gpu scheduler", "service.view", "a service (no node labels)", false, payments],
  ["admin's token narrowed to View Only", "service.view", "search service", true, search],
  ["admin's token narrowed to View Only", "service.remove", "search service", false, search],
];

describe("resource checks", () => {
  it.each(table)("%s: %s on %s -> %s", (subject, permission, _what, expected, resource) => {
    expect(subjects[subject]?.can(permission, resource)).toBe(expected);
  });
});
