/**
 * Test fixtures on the real engine: containers, volumes and networks named `wh-test-<random>-...`
 * and labelled `wheelhouse.test=1` plus a label of their own run, which cleanup() removes by label.
 */
import { randomBytes } from "node:crypto";
import Docker from "dockerode";
import { DEFAULT_ENDPOINT, dockerOptions, parseEndpoint } from "../endpoint.ts";

// eslint-disable-next-line no-restricted-properties -- test support, not application configuration
const env = process.env;
export const TEST_IMAGE = env.WHEELHOUSE_TEST_IMAGE ?? "local/busybox:1";
export const TEST_ENDPOINT = env.DOCKER_HOST ?? DEFAULT_ENDPOINT;

// `sleep` as PID 1 ignores SIGTERM, which would make every stop wait out Docker's 10 s grace.
const IDLE = ["sh", "-c", "trap 'exit 0' TERM; sleep 600 & wait"];

export interface TestContainerOptions {
  /** Started unless false. */
  start?: boolean;
  command?: string[];
  image?: string;
  /** A named volume mounted at /data. */
  volume?: string;
  network?: string;
  /** Container ports, each published on a random host port. */
  ports?: number[];
  /** A CPU quota in CPUs (`docker run --cpus`). */
  cpus?: number;
  tty?: boolean;
  /** Options of the json-file log driver (e.g. max-size), which the container then uses. */
  logOptions?: Record<string, string>;
}

export interface EngineSandbox {
  readonly endpoint: string;
  /** Docker's `label` filter for exactly what this sandbox made. */
  readonly runLabel: string;
  readonly docker: Docker;
  name(suffix: string): string;
  /** Returns the new container's id. */
  container(suffix: string, options?: TestContainerOptions): Promise<string>;
  /**
   * Restarts the container every half second until `done` settles, so that a test waiting for its
   * start event does not depend on when an event stream opened.
   */
  restartUntil<T>(id: string, done: Promise<T>): Promise<T>;
  /** Returns the volume's name. */
  volume(suffix: string): Promise<string>;
  /** Returns the network's id. */
  network(suffix: string): Promise<string>;
  cleanup(): Promise<void>;
}

export function createEngineSandbox(): EngineSandbox {
  const prefix = `wh-test-${randomBytes(4).toString("hex")}`;
  const labels = { "wheelhouse.test": "1", "wheelhouse.test.run": prefix };
  const runLabel = `wheelhouse.test.run=${prefix}`;
  const endpoint = parseEndpoint(TEST_ENDPOINT);
  if (!endpoint) throw new Error(`DOCKER_HOST is not an endpoint the runtime can dial: ${TEST_ENDPOINT}`);
  const docker = new Docker(dockerOptions(endpoint));
  const name = (suffix: string) => `${prefix}-${suffix}`;
  const mine = { filters: { label: [runLabel] } };

  return {
    endpoint: TEST_ENDPOINT,
    runLabel,
    docker,
    name,
    async container(suffix, options = {}) {
      const ports = options.ports ?? [];
      const container = await docker.createContainer({
        name: name(suffix),
        Image: options.image ?? TEST_IMAGE,
        Cmd: options.command ?? IDLE,
        Labels: labels,
        Tty: options.tty ?? false,
        ExposedPorts: Object.fromEntries(ports.map((p) => [`${p}/tcp`, {}])),
        HostConfig: {
          Binds: options.volume ? [`${options.volume}:/data`] : undefined,
          NetworkMode: options.network,
          PortBindings: Object.fromEntries(ports.map((p) => [`${p}/tcp`, [{ HostPort: "" }]])),
          NanoCpus: options.cpus === undefined ? undefined : Math.round(options.cpus * 1e9),
          LogConfig: options.logOptions ? { Type: "json-file", Config: options.logOptions } : undefined,
        },
      });
      if (options.start !== false) await container.start();
      return container.id;
    },
    async restartUntil(id, done) {
      const restart = () => void docker.getContainer(id).restart({ t: 0 }).catch(() => undefined);
      restart();
      const timer = setInterval(restart, 500);
      try {
        return await done;
      } finally {
        clearInterval(timer);
      }
    },
    async volume(suffix) {
      await docker.createVolume({ Name: name(suffix), Labels: labels });
      return name(suffix);
    },
    async network(suffix) {
      const network = await docker.createNetwork({ Name: name(suffix), Labels: labels });
      return network.id;
    },
    async cleanup() {
      const gone = () => undefined;
      for (const c of await docker.listContainers({ all: true, ...mine })) {
        await docker.getContainer(c.Id).remove({ force: true, v: true }).catch(gone);
      }
      for (const n of await docker.listNetworks(mine)) await docker.getNetwork(n.Id).remove().catch(gone);
      const { Volumes } = await docker.listVolumes(mine);
      for (const v of Volumes ?? []) await docker.getVolume(v.Name).remove({ force: true }).catch(gone);
      for (const i of await docker.listImages(mine)) await docker.getImage(i.Id).remove({ force: true }).catch(gone);
    },
  };
}
