import { ServiceSpecForm } from "@wheelhouse/protocol";
import { describe, expect, it } from "vitest";
import { checkDraft } from "./check-draft";
import { draftFromSpec } from "./draft-from-spec";
import { emptyDraft, type ServiceDraft } from "./service-draft";

const spec = ServiceSpecForm.parse({
  name: "web",
  image: "nginx:1.27",
  args: ["nginx", "-g", "daemon off;"],
  env: ["LOG_LEVEL=info", "EMPTY="],
  labels: { team: "payments" },
  mode: { type: "replicated", replicas: 3 },
  ports: [{ target: 80, published: 8080 }],
  mounts: [{ type: "volume", source: "data", target: "/data", readOnly: true }],
  networks: ["backend"],
  resources: { limits: { cpus: 0.5, memoryBytes: 512 * 1024 ** 2 } },
  placement: { constraints: ["node.labels.rack==r1"], preferences: ["node.labels.rack"] },
  healthCheck: { test: ["CMD-SHELL", "wget -q --spider http://localhost/ || exit 1"] },
  restartPolicy: { condition: "on-failure", maxAttempts: 3 },
  updateConfig: { parallelism: 2, delay: "10s", failureAction: "rollback", order: "start-first" },
  secrets: [{ name: "db_password", target: "db_password" }],
  logDriver: { name: "json-file", options: { "max-size": "10m", "max-file": "3" } },
});

const valid = (): ServiceDraft => ({ ...emptyDraft(), name: "web", image: "nginx:1.27" });

describe("the service form's draft", () => {
  it("gives back the spec it was made from", () => {
    expect(checkDraft(draftFromSpec(spec))).toMatchObject({ spec, problems: [] });
  });

  it("leaves blank rows out instead of calling them mistakes", () => {
    const draft = { ...valid(), env: [{ id: "a", key: "", value: "" }], ports: [{ id: "b", target: "", published: "", protocol: "tcp" as const, mode: "ingress" as const }] };
    expect(checkDraft(draft).spec).toMatchObject({ env: [], ports: [] });
  });

  it("reports text that is not a number once, at the field it was typed in", () => {
    const draft = { ...valid(), replicas: "three", limits: { cpus: "", memory: "lots" }, ports: [{ id: "p1", target: "eighty", published: "", protocol: "tcp" as const, mode: "ingress" as const }] };
    const check = checkDraft(draft);
    expect(check.spec).toBeUndefined();
    expect(check.convertible).toBe(false);
    expect(check.problems.map((p) => p.path)).toEqual(["mode.replicas", "resources.limits.memoryBytes", "ports.0.target"]);
    expect(Object.keys(check.fieldErrors)).toEqual(["replicas", "limits.memory", "ports.p1.target"]);
  });

  it("applies the protocol's checks and files each problem under its row", () => {
    const draft = {
      ...valid(),
      image: "Not An Image",
      constraints: [
        { id: "c1", value: "node.role==manager" },
        { id: "c2", value: "rack r1" },
      ],
    };
    const check = checkDraft(draft);
    expect(check.convertible).toBe(true);
    expect(check.problems.map((p) => p.path)).toEqual(["image", "placement.constraints.1"]);
    expect(check.fieldErrors["constraints.c2"]).toMatch(/not a constraint/);
  });
});
