/**
 * The two Engine calls a sampling round makes, over node:http with a keep-alive agent: the running
 * containers, then one-shot stats for each.
 *
 * Why not dockerode here: a round sends one request per container, and a profile of 100 containers
 * put over a third of the sampler's CPU inside docker-modem: it formats every request's options
 * with util.inspect for its debug log whether or not debugging is on, and wraps each request and
 * response in abort-signal plumbing. bench/metrics-agent-cpu.ts measures the difference.
 */
import { Agent, get, type ClientRequest, type IncomingMessage } from "node:http";
import { formatEndpoint, type DockerEndpoint } from "../endpoint.ts";
import { toRuntimeError } from "../errors.ts";
import type { EngineStats } from "./engine-stats.ts";

/** The fields of GET /containers/json a sample is labelled with. */
export interface RunningContainer {
  Id: string;
  Names: string[];
  Labels: Record<string, string> | null;
}

export interface StatsClient {
  /** Rejects with a RuntimeError when the engine cannot be reached or refuses. */
  listRunning(signal?: AbortSignal): Promise<RunningContainer[]>;
  /** One-shot stats; rejects with a RuntimeError, NOT_FOUND for a container removed since it was listed. */
  stats(id: string, signal?: AbortSignal): Promise<EngineStats>;
  /** Closes the sockets kept open between rounds. */
  close(): void;
}

export interface StatsClientOptions {
  /** Connections to the engine at once; requests beyond it wait for a free one. */
  maxSockets: number;
  /** How long a request may wait for its answer once it has a connection. */
  requestTimeoutMs: number;
}

// Outlives the default 5 s sampling interval so the next round finds its connections open, and a
// sampler nobody calls any more lets them go soon after.
const IDLE_SOCKET_MS = 30_000;

const RUNNING = `/containers/json?filters=${encodeURIComponent(JSON.stringify({ status: ["running"] }))}`;

export function createStatsClient(endpoint: DockerEndpoint, options: StatsClientOptions): StatsClient {
  const agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets, timeout: IDLE_SOCKET_MS, scheduling: "lifo" });
  const target = endpoint.kind === "unix" ? { socketPath: endpoint.socketPath } : { host: endpoint.host, port: endpoint.port };
  const address = formatEndpoint(endpoint);
  const abortable = createAbortTracker();

  function getJson<T>(path: string, signal: AbortSignal | undefined): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const fail = (error: unknown) => reject(toRuntimeError(error, address));
      if (signal?.aborted) return fail(abortError());
      const request = get({ ...target, path, agent, timeout: options.requestTimeoutMs }, (response) => {
        readBody(response).then((body) => {
          const json = parseJson(body);
          const status = response.statusCode ?? 0;
          if (status >= 300) fail({ statusCode: status, json, message: body });
          else if (json === undefined) fail(new Error(`The Docker Engine answered ${path} with something other than JSON`));
          else resolve(json as T);
        }, fail);
      });
      request.on("timeout", () => request.destroy(Object.assign(new Error(`No answer within ${options.requestTimeoutMs} ms`), { code: "ETIMEDOUT" })));
      request.on("error", fail);
      if (signal) abortable.track(request, signal);
    });
  }

  return {
    listRunning: (signal) => getJson<RunningContainer[]>(RUNNING, signal),
    stats: (id, signal) => getJson<EngineStats>(`/containers/${encodeURIComponent(id)}/stats?stream=false&one-shot=true`, signal),
    close: () => agent.destroy(),
  };
}

/**
 * Aborts requests when their signal aborts, with one listener per signal however many requests
 * share it: a round's hundred requests under the sampling loop's signal would otherwise add a
 * hundred listeners to it (and Node warns of a leak past ten).
 */
function createAbortTracker() {
  const inFlight = new WeakMap<AbortSignal, Set<ClientRequest>>();
  return {
    track(request: ClientRequest, signal: AbortSignal) {
      let requests = inFlight.get(signal);
      if (!requests) {
        const tracked = new Set<ClientRequest>();
        signal.addEventListener("abort", () => tracked.forEach((r) => r.destroy(abortError())), { once: true });
        inFlight.set(signal, tracked);
        requests = tracked;
      }
      requests.add(request);
      request.once("close", () => requests.delete(request));
    },
  };
}

// Shaped like Node's own AbortError, which toRuntimeError knows.
function abortError(): Error {
  return Object.assign(new Error("The request was aborted"), { name: "AbortError", code: "ABORT_ERR" });
}

function readBody(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    response.setEncoding("utf8");
    response.on("data", (chunk: string) => (body += chunk));
    response.on("end", () => resolve(body));
    response.on("error", reject);
  });
}

// Error bodies are JSON ({"message": ...}) from the engine, but a proxy in front of it may answer in text.
function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
