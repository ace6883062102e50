/** createDockerRuntime: the typed face of one Docker Engine (status, commands, events), with every failure a RuntimeError. */
import Docker from "dockerode";
import {
  agentCommands,
  type AgentCommandArgs,
  type EngineCommandName,
  type ExecOpenRequest,
  type AgentCommandOutput,
  type EngineEvent,
  type EngineStatus,
  type LogBatch,
  type LogRequestInput,
} from "@wheelhouse/protocol";
import { DEFAULT_ENDPOINT, dockerOptions, formatEndpoint, parseEndpoint } from "./endpoint.ts";
import { RuntimeError, toRuntimeError } from "./errors.ts";
import { followEvents } from "./events.ts";
import { openExec, type ExecSession } from "./exec/open-exec.ts";
import type { TeardownOptions } from "./exec/end-session.ts";
import { readLogs, type ReadLogsOptions } from "./logs/index.ts";
import { commandHandlers } from "./handlers.ts";
import { nodeFacts } from "./node-facts.ts";

export interface Runtime {
  /** The endpoint dialled, as a URL (`unix:///var/run/docker.sock`, `tcp://host:2375`). */
  readonly endpoint: string;
  /** Never rejects: an engine that does not answer is a status too. */
  status(): Promise<EngineStatus>;
  run<N extends EngineCommandName>(name: N, args: AgentCommandArgs<N>): Promise<AgentCommandOutput<N>>;
  /** Ends when the engine closes the stream or `signal` aborts; throws a RuntimeError when it fails. */
  events(signal: AbortSignal): AsyncIterable<EngineEvent>;
  /** A container's log in batches (see readLogs); ends when the log does or `signal` aborts. */
  logs(request: LogRequestInput, signal: AbortSignal, options?: ReadLogsOptions): AsyncGenerator<LogBatch>;
  /** A command in a container as a session of raw bytes (see openExec); rejects with a RuntimeError. */
  exec(request: ExecOpenRequest, options?: TeardownOptions): Promise<ExecSession>;
}

export interface RuntimeOptions {
  /** A socket path, `unix:///path` or `tcp://host:port` (DOCKER_HOST's forms); the local socket by default. */
  endpoint?: string;
  /** How long status() waits for the engine before calling it unreachable. */
  statusTimeoutMs?: number;
}

export function createDockerRuntime(options: RuntimeOptions = {}): Runtime {
  const parsed = parseEndpoint(options.endpoint ?? DEFAULT_ENDPOINT);
  if (!parsed) throw new RuntimeError("BAD_REQUEST", `Not a Docker endpoint: "${options.endpoint}" (use a socket path, unix:///path or tcp://host:port)`);
  const endpoint = formatEndpoint(parsed);
  const docker = new Docker(dockerOptions(parsed));
  const statusTimeoutMs = options.statusTimeoutMs ?? 5_000;

  return {
    endpoint,

    async status() {
      try {
        return { reachable: true, endpoint, facts: await nodeFacts(docker, AbortSignal.timeout(statusTimeoutMs)) };
      } catch (error) {
        return { reachable: false, endpoint, error: toRuntimeError(error, endpoint).message };
      }
    },

    async run(name, args) {
      // Ids and names become URL paths of the Engine API, so they are checked here whoever the caller is.
      const checked = agentCommands[name].input.safeParse(args);
      if (!checked.success) throw new RuntimeError("BAD_REQUEST", `Invalid input for ${name}: ${checked.error.issues[0]?.message ?? "rejected"}`);
      try {
        // The parsed input, not the raw one: schemas trim names and fill in defaults.
        return await commandHandlers[name](docker, checked.data as AgentCommandArgs<typeof name>);
      } catch (error) {
        throw toRuntimeError(error, endpoint);
      }
    },

    async *events(signal) {
      try {
        yield* followEvents(docker, signal);
      } catch (error) {
        if (!signal.aborted) throw toRuntimeError(error, endpoint);
      }
    },

    logs: (request, signal, logOptions) => readLogs(docker, request, signal, { endpoint, ...logOptions }),

    exec: (request, execOptions) => openExec(docker, request, { endpoint, ...execOptions }),
  };
}
