/** Form → Docker → form keeps every field: what a person saved is what the form shows next time. */
import { ServiceSpec, type ServiceSpecInput } from "@wheelhouse/protocol";
import { describe, expect, it } from "vitest";
import { fromDockerSpec } from "./docker-to-spec.ts";
import { durationFromNanos, nanosFromDuration } from "./durations.ts";
import { toDockerSpec } from "./spec-to-docker.ts";

// Every field set, and to something other than its default.
const everything: ServiceSpecInput = {
  name: "web-front",
  image: "registry.example.com:5000/team/web:1.4.2",
  command: ["/bin/web"],
  args: ["--port", "8080"],
  env: ["MODE=production", "EMPTY="],
  labels: { "com.example.team": "payments", "com.docker.stack.namespace": "shop" },
  mode: { type: "replicated", replicas: 4 },
  ports: [
    { target: 8080, published: 18080, protocol: "tcp", mode: "ingress" },
    { target: 53, published: 10053, protocol: "udp", mode: "host" },
    { target: 9000, protocol: "tcp", mode: "ingress" },
  ],
  mounts: [
    { type: "volume", source: "web-data", target: "/data", readOnly: false },
    { type: "bind", source: "/etc/ssl", target: "/ssl", readOnly: true },
    { type: "tmpfs", source: "", target: "/scratch", readOnly: false },
  ],
  networks: ["backend", "frontend"],
  resources: { limits: { cpus: 0.5, memoryBytes: 268_435_456 }, reservations: { cpus: 0.25, memoryBytes: 67_108_864 } },
  restartPolicy: { condition: "on-failure", delay: "2s", maxAttempts: 5, window: "1m30s" },
  healthCheck: { test: ["CMD", "wget", "-q", "localhost:8080/health"], interval: "10s", timeout: "2s500ms", retries: 4, startPeriod: "20s" },
  stopGracePeriod: "15s",
  updateConfig: { parallelism: 2, delay: "10s", failureAction: "rollback", order: "start-first", monitor: "30s", maxFailureRatio: 0.25 },
  rollbackConfig: { parallelism: 0, delay: "1s", failureAction: "continue", order: "stop-first", monitor: "2s", maxFailureRatio: 0.5 },
  placement: { constraints: ["node.labels.rack==r1", "node.role != manager"], preferences: ["node.labels.rack", "node.labels.zone"] },
  secrets: [{ name: "db-password", target: "db_password" }],
  configs: [{ name: "web-config", target: "/etc/web/config.yaml" }],
  logDriver: { name: "json-file", options: { "max-size": "10m", "max-file": "3" } },
};

const ids = { secrets: new Map([["db-password", "sec123"]]), configs: new Map([["web-config", "cfg456"]]) };
const networkIds: Record<string, string> = { backend: "net-b", frontend: "net-f" };
const networkNames = new Map(Object.entries(networkIds).map(([name, id]) => [id, name]));

/** What Docker stores: the JSON as sent, with network names replaced by their IDs. */
function asDockerStoresIt(spec: ServiceSpec) {
  const stored = JSON.parse(JSON.stringify(toDockerSpec(spec, ids)));
  for (const n of stored.TaskTemplate.Networks) n.Target = networkIds[n.Target];
  return stored;
}

describe("form → Docker → form", () => {
  it("keeps every field of a fully specified replicated service", () => {
    const form = ServiceSpec.parse(everything);
    expect(fromDockerSpec(asDockerStoresIt(form), networkNames)).toEqual(form);
  });

  it("keeps a minimal global service, defaults included", () => {
    const form = ServiceSpec.parse({ name: "agent", image: "local/busybox:1", mode: { type: "global" } });
    expect(fromDockerSpec(asDockerStoresIt(form), networkNames)).toEqual(form);
  });

  it("sends Docker nanoseconds, CPUs in billionths, and secrets by ID", () => {
    const docker = toDockerSpec(ServiceSpec.parse(everything), ids);
    expect(docker.TaskTemplate).toMatchObject({
      Resources: { Limits: { NanoCPUs: 500_000_000 } },
      RestartPolicy: { Window: 90_000_000_000 },
      ContainerSpec: { Secrets: [{ SecretID: "sec123", SecretName: "db-password", File: { Name: "db_password" } }] },
    });
  });

  it("refuses a secret the swarm does not have", () => {
    const form = ServiceSpec.parse({ ...everything, secrets: [{ name: "nope", target: "x" }] });
    expect(() => toDockerSpec(form, ids)).toThrow('No secret named "nope" in this swarm');
  });
});

describe("durations", () => {
  it.each([
    ["0s", 0],
    ["500ms", 500_000_000],
    ["1m30s", 90_000_000_000],
    ["1h5m", 3_900_000_000_000],
    ["2s500ms", 2_500_000_000],
  ])("%s is %d ns and back", (text, nanos) => {
    expect(nanosFromDuration(text)).toBe(nanos);
    expect(durationFromNanos(nanos)).toBe(text);
  });

  it("writes Docker's own values in the canonical form", () => {
    expect(nanosFromDuration("90s")).toBe(nanosFromDuration("1m30s"));
    expect(durationFromNanos(undefined)).toBe("0s");
  });
});
