import { describe, expect, it } from "vitest";
import { createAuthorizer, type EffectiveGrant } from "./authorizer.ts";
import { BUILT_IN_ROLES } from "./built-in-roles.ts";
import { ResourceScope } from "./resource-scope.ts";

const role = (name: string) => {
  const found = BUILT_IN_ROLES.find((r) => r.name === name);
  if (!found) throw new Error(name);
  return { id: name, name, permissions: found.permissions };
};
const grant = (roleName: string, scope: Partial<ResourceScope>, id = "g1"): EffectiveGrant => ({
  grantId: id,
  via: { kind: "user" },
  role: role(roleName),
  resourceSet: { id: `set-${id}`, name: `set ${id}`, scope: ResourceScope.parse(scope) },
});

const payments = { clusterId: "swarm:s1", labels: { team: "payments" } };
const search = { clusterId: "swarm:s1", labels: { team: "search" } };

describe("authorizer", () => {
  it("builds the built-in roles from least to most", () => {
    const names = ["View Only", "Restricted Control", "Scheduler", "Full Control"];
    for (let i = 1; i < names.length; i++) {
      const lower = role(names[i - 1] as string).permissions;
      const higher = role(names[i] as string).permissions;
      expect(lower.every((p) => higher.includes(p)), `${names[i - 1]} within ${names[i]}`).toBe(true);
      expect(higher.length).toBeGreaterThan(lower.length);
    }
    expect(role("Restricted Control").permissions).not.toContain("container.exec");
    expect(role("Restricted Control").permissions).not.toContain("workload.host-access");
    expect(role("View Only").permissions).not.toContain("service.update");
  });

  it("reaches only the labelled objects of a label-scoped set", () => {
    const access = createAuthorizer({ isAdmin: false, grants: [grant("Full Control", { clusterIds: ["swarm:s1"], labels: { team: "payments" } })] });
    expect(access.can("service.update", payments)).toBe(true);
    expect(access.can("service.update", search)).toBe(false);
    expect(access.can("service.update", { ...payments, clusterId: "swarm:s2" })).toBe(false);
    // Images carry no labels the set could match: no team owns a node's images.
    expect(access.can("image.remove", { clusterId: "swarm:s1", nodeLabels: {} })).toBe(false);
    expect(access.reaches("swarm:s1")).toBe(true);
    expect(access.reaches("swarm:s2")).toBe(false);
  });

  it("matches node labels on node-bound resources only", () => {
    const access = createAuthorizer({ isAdmin: false, grants: [grant("Scheduler", { nodeLabels: { rack: "r1" } })] });
    expect(access.can("node.schedule", { clusterId: "swarm:s1", nodeLabels: { rack: "r1", zone: "a" } })).toBe(true);
    expect(access.can("node.schedule", { clusterId: "swarm:s1", nodeLabels: { rack: "r2" } })).toBe(false);
    expect(access.can("service.view", { clusterId: "swarm:s1", labels: {} })).toBe(false);
    expect(access.reaches("swarm:s1", { rack: "r2" })).toBe(false);
  });

  it("lets a token's role narrow even an administrator", () => {
    const admin = createAuthorizer({ isAdmin: true, grants: [] });
    expect(admin.isAdmin && admin.can("container.exec", payments)).toBe(true);
    const narrowed = createAuthorizer({ isAdmin: true, grants: [], narrowTo: role("View Only").permissions });
    expect(narrowed.isAdmin).toBe(false);
    expect(narrowed.can("service.view", payments)).toBe(true);
    expect(narrowed.can("service.update", payments)).toBe(false);
    expect(narrowed.holds("container.exec")).toBe(false);
  });

  it("explains which grants give a permission", () => {
    const access = createAuthorizer({
      isAdmin: false,
      grants: [grant("View Only", { labels: { team: "payments" } }, "a"), grant("Full Control", { labels: { team: "payments" } }, "b")],
    });
    expect(access.explain("service.view", payments).map((g) => g.grantId)).toEqual(["a", "b"]);
    expect(access.explain("container.exec", payments).map((g) => g.grantId)).toEqual(["b"]);
    expect(access.explain("container.exec", search)).toEqual([]);
    expect([...access.permissionsOnSet("set-a")].sort()).toEqual([...role("View Only").permissions].sort());
  });
});
