/** An update replaces what the form models and keeps what it does not. */
import type Docker from "dockerode";
import { ServiceSpec } from "@wheelhouse/protocol";
import { describe, expect, it } from "vitest";
import { mergeOntoCurrent } from "./merge-spec.ts";
import { toDockerSpec } from "./spec-to-docker.ts";

const noIds = { secrets: new Map(), configs: new Map() };

// A spec made outside Wheelhouse, with fields the form has no place for.
const current: Docker.ServiceSpec = {
  Name: "web",
  TaskTemplate: {
    ContainerSpec: { Image: "web:1", Env: ["A=1"], User: "nobody", Hostname: "web-{{.Task.Slot}}" },
    Resources: { Limits: { NanoCPUs: 1e9, Pids: 100 } },
    RestartPolicy: { Condition: "on-failure" },
    Placement: { Constraints: ["node.role==worker"], MaxReplicas: 2 },
  },
  Mode: { Replicated: { Replicas: 3 } },
  EndpointSpec: { Mode: "dnsrr" },
};

describe("mergeOntoCurrent", () => {
  it("keeps the fields the form does not model and replaces the ones it does", () => {
    const next = toDockerSpec(ServiceSpec.parse({ name: "web", image: "web:2", env: ["A=2"], mode: { type: "replicated", replicas: 1 } }), noIds);
    const merged = JSON.parse(JSON.stringify(mergeOntoCurrent(current, next)));
    expect(merged.TaskTemplate.ContainerSpec).toMatchObject({ Image: "web:2", Env: ["A=2"], User: "nobody", Hostname: "web-{{.Task.Slot}}" });
    expect(merged.TaskTemplate.Resources.Limits).toEqual({ Pids: 100 });
    expect(merged.TaskTemplate.Placement).toEqual({ Constraints: [], Preferences: [], MaxReplicas: 2 });
    expect(merged.TaskTemplate.RestartPolicy).toBeUndefined();
    expect(merged.Mode).toEqual({ Replicated: { Replicas: 1 } });
    expect(merged.EndpointSpec).toEqual({ Mode: "dnsrr", Ports: [] });
  });
});
