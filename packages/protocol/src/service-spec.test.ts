/** The service spec's checks: each bad input refused with a message that says what to write instead. */
import { describe, expect, it } from "vitest";
import { ServiceSpec, type ServiceSpecInput } from "./service-spec.ts";

const base: ServiceSpecInput = { name: "web", image: "local/busybox:1" };

function refusal(change: Partial<ServiceSpecInput>): { path: string; message: string } | undefined {
  const result = ServiceSpec.safeParse({ ...base, ...change });
  const issue = result.error?.issues[0];
  return issue && { path: issue.path.join("."), message: issue.message };
}

describe("ServiceSpec", () => {
  it("accepts a bare name and image, filling in the defaults", () => {
    expect(ServiceSpec.parse(base)).toMatchObject({ mode: { type: "replicated", replicas: 1 }, env: [], ports: [], placement: { constraints: [] } });
  });

  it.each(["nginx", "nginx:1.27", "library/nginx:latest", "localhost:5000/team/app", "registry.example.com/a/b@sha256:" + "a".repeat(64), "my_app-x.y:v1.0-rc1"])(
    "accepts the image reference %s",
    (image) => expect(refusal({ image })).toBeUndefined(),
  );

  it.each(["Not An Image!", "Busybox:1", "team/App", "app:", "app::1", ":latest", "-app", "app@sha256:short"])("refuses the image reference %j", (image) => {
    expect(refusal({ image })).toEqual({ path: "image", message: expect.stringContaining("is not an image reference") });
  });

  it("refuses ports outside 1-65535", () => {
    expect(refusal({ ports: [{ target: 80, published: 70000 }] })).toEqual({ path: "ports.0.published", message: "Ports run from 1 to 65535" });
    expect(refusal({ ports: [{ target: 0 }] })).toEqual({ path: "ports.0.target", message: "Ports run from 1 to 65535" });
  });

  it("refuses a port published twice, but not the same number over tcp and udp", () => {
    expect(refusal({ ports: [{ target: 80, published: 8080 }, { target: 81, published: 8080 }] })).toEqual({ path: "ports.1.published", message: "Port 8080/tcp is published twice" });
    expect(refusal({ ports: [{ target: 53, published: 53 }, { target: 53, published: 53, protocol: "udp" }] })).toBeUndefined();
  });

  it("checks the syntax of placement constraints and preferences", () => {
    for (const ok of ["node.labels.rack==r1", "node.role != manager", "engine.labels.os==linux"]) expect(refusal({ placement: { constraints: [ok] } })).toBeUndefined();
    for (const bad of ["node.labels.rack=r1", "rack", "node.labels.rack==", "== r1", "node.labels.rack ~= r1"]) {
      expect(refusal({ placement: { constraints: [bad] } })?.message).toContain("write <key>==<value> or <key>!=<value>");
    }
    expect(refusal({ placement: { preferences: ["spread=node.labels.rack"] } })?.path).toBe("placement.preferences.0");
  });

  it("wants environment entries as KEY=VALUE", () => {
    expect(refusal({ env: ["A=1", "B="] })).toBeUndefined();
    expect(refusal({ env: ["A=1", "JUSTAKEY"] })).toEqual({ path: "env.1", message: 'Write environment entries as KEY=VALUE; "JUSTAKEY" is not' });
    expect(refusal({ env: ["=value"] })?.path).toBe("env.0");
  });

  it("reads durations one way only", () => {
    expect(refusal({ stopGracePeriod: "10s" })).toBeUndefined();
    expect(refusal({ stopGracePeriod: "10" })?.message).toBe('Use a duration like "10s", "1m30s" or "500ms"');
    expect(refusal({ healthCheck: { test: ["CMD", "true"], interval: "0s" } })?.message).toBe("A health check's interval must be more than 0");
  });

  it("refuses what Docker would refuse later or not at all", () => {
    expect(refusal({ name: "-web" })?.path).toBe("name");
    expect(refusal({ rollbackConfig: { failureAction: "rollback" } })?.path).toBe("rollbackConfig.failureAction");
    expect(refusal({ mounts: [{ type: "bind", source: "relative", target: "/x" }] })?.path).toBe("mounts.0.source");
    expect(refusal({ healthCheck: { test: ["curl", "localhost"] } })?.path).toBe("healthCheck.test.0");
  });
});
