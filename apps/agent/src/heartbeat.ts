/**
 * What each heartbeat carries: the time, and this host's usage and addresses when the engine runs on
 * this host. An agent driving an engine over TCP on another machine would describe the wrong one,
 * so usage is sent only for a local socket or loopback.
 */
import type { EngineStatus, Heartbeat, HostUsage } from "@wheelhouse/protocol";
import { onThisHost } from "./engine-locality.ts";
import { hostAddresses } from "./host-addresses.ts";
import { createHostUsageSampler } from "./host-usage.ts";

export interface Heartbeats {
  /** Keeps up with the engine's status (its endpoint and Docker root dir) and starts a fresh sample. */
  observe(engine: EngineStatus): void;
  next(): Heartbeat;
}

export function createHeartbeats(): Heartbeats {
  const sampler = createHostUsageSampler();
  let local = false;
  let dockerRootDir: string | undefined;
  let latest: HostUsage | undefined;
  let sampling = false;

  // statfs on a hung filesystem never returns: a beat carries the last finished sample rather than
  // wait for one, and one sample at a time is in flight. Samples are thus one beat old at most.
  const refresh = () => {
    if (!local || sampling) return;
    sampling = true;
    void sampler
      .sample(dockerRootDir)
      .then((usage) => {
        latest = usage;
      })
      .finally(() => {
        sampling = false;
      });
  };

  return {
    observe(engine) {
      local = onThisHost(engine.endpoint);
      if (engine.reachable) dockerRootDir = engine.facts.dockerRootDir;
      refresh();
    },
    next() {
      if (!local) return { sentAt: Date.now() };
      const beat = { sentAt: Date.now(), usage: latest, addresses: hostAddresses() };
      refresh();
      return beat;
    },
  };
}
