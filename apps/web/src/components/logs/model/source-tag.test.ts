import { describe, expect, it } from "vitest";
import type { SourceView } from "./log-store";
import { sourceTag } from "./source-tag";

const base: SourceView = { id: "0123456789ab", name: "web.2.x7k2p9q1w3e5r7t9y1u3i5o7p", nodeId: "n2", nodeName: "wh-node-2", index: 0, state: "live" };

describe("source tags", () => {
  it("name a replicated task by its slot, and its node, in a service's view", () => {
    expect(sourceTag({ ...base, serviceName: "web", taskSlot: 2, taskId: "x7k2p9q1" }, "name-and-node")).toBe("web.2 · wh-node-2");
  });

  it("name a global task, which has no slot, by the start of its task id", () => {
    expect(sourceTag({ ...base, serviceName: "agent", taskId: "q1w2e3r4t5" }, "name-and-node")).toBe("agent.q1w2e3 · wh-node-2");
  });

  it("cut a long service name, never the task or the node", () => {
    expect(sourceTag({ ...base, serviceName: "payments-reconciliation-worker", taskSlot: 12 }, "name-and-node")).toBe("payments-reconci….12 · wh-node-2");
  });

  it("name a container by its name in a node's view, and a plain container with its node in a service's", () => {
    expect(sourceTag({ ...base, name: "postgres" }, "name")).toBe("postgres");
    expect(sourceTag({ ...base, name: "postgres" }, "name-and-node")).toBe("postgres · wh-node-2");
  });
});
