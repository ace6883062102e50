/**
 * Test support for services on the two-node swarm: a runtime on the manager, specs of idle services
 * named and labelled by a swarm sandbox (cleanup() removes them), and polling with a deadline.
 */
import { ServiceSpec, type ServiceSpecInput } from "@wheelhouse/protocol";
import { createDockerRuntime } from "../runtime.ts";
import { TEST_ENDPOINT, TEST_IMAGE } from "./engine.ts";
import { createSwarmObjectSandbox } from "./swarm-objects.ts";
import { until as waitUntil } from "./until.ts";

export function createServiceSandbox() {
  const sandbox = createSwarmObjectSandbox();
  const runtime = createDockerRuntime({ endpoint: TEST_ENDPOINT });
  const run = sandbox.labels["wheelhouse.test.run"];
  return {
    runtime,
    /** A service idling on any node. Its PID 1 ignores SIGTERM, so a stop takes the grace period: keep it short. */
    spec(suffix: string, change: Partial<ServiceSpecInput> = {}): ServiceSpec {
      return ServiceSpec.parse({ name: sandbox.name(suffix), image: TEST_IMAGE, command: ["sleep", "3600"], labels: sandbox.labels, stopGracePeriod: "100ms", ...change });
    },
    async cleanup() {
      const services = await runtime.run("service.list", {});
      for (const s of services.filter((s) => s.labels["wheelhouse.test.run"] === run)) await runtime.run("service.remove", { id: s.id });
      await sandbox.cleanup();
    },
  };
}

/** Swarm convergence takes longer than most waits: tasks are scheduled and started across both nodes. */
export const until = <T>(probe: () => Promise<T | undefined>, what: string, ms = 45_000): Promise<T> => waitUntil(probe, what, ms);
