import type { ServiceDetails, TaskSummary } from "@wheelhouse/protocol";
import { describe, expect, it } from "vitest";
import { updateProgress } from "./update-progress";

const START = 1_000_000;
const service = (state: string): ServiceDetails => ({
  id: "s1",
  name: "web",
  image: "app:2",
  mode: "replicated",
  replicas: { desired: 4, running: 4 },
  ports: [],
  createdAt: 0,
  updatedAt: START,
  updateStatus: { state, message: "update in progress", startedAt: START, completedAt: null },
  labels: {},
  stack: null,
  spec: null,
  version: 7,
  hasPreviousSpec: true,
  previousSpec: null,
});
const task = (slot: number, createdAt: number, state = "running", desiredState = "running", image = "app:2"): TaskSummary => ({
  id: `t${slot}-${createdAt}`,
  serviceId: "s1",
  slot,
  nodeId: "n1",
  nodeHostname: "vm",
  desiredState,
  state,
  message: "",
  error: null,
  containerId: null,
  image,
  createdAt,
  updatedAt: createdAt,
  stateChangedAt: createdAt,
});

describe("rolling update progress", () => {
  it("counts running tasks created since the update began, new slots of the same change included", () => {
    const tasks = [
      task(1, START + 5000),
      task(2, START - 60_000, "running", "running", "app:1"),
      task(3, START - 3),
      task(4, START + 9000, "starting"),
      task(1, START - 60_000, "shutdown", "shutdown", "app:1"),
    ];
    expect(updateProgress(service("updating"), tasks)).toMatchObject({ replaced: 2, total: 4, onOtherImage: 1, paused: false, rollback: false });
  });

  it("is shown only while an update or rollback is under way or paused", () => {
    expect(updateProgress(service("completed"), [])).toBeNull();
    expect(updateProgress(service("rollback_paused"), [])).toMatchObject({ paused: true, rollback: true });
  });
});
