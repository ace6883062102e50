/**
 * Swarm answers in the runtime's error codes. Docker reports the engine's swarm state (not a
 * manager, already in a swarm, the last manager leaving) as 503, which is a conflict with that
 * state, not an engine out of service; and it wraps swarmkit's words in gRPC's, which nobody needs.
 */
import { RuntimeError, toRuntimeError } from "../errors.ts";

const GRPC_WRAPPING = /^rpc error: code = \w+ desc = /;

export async function withSwarmErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw swarmError(error);
  }
}

function swarmError(error: unknown): unknown {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  // Without a status the engine did not answer; runtime.run says so with the endpoint it dialled.
  if (typeof status !== "number") return error;
  const engine = toRuntimeError(error, "");
  return new RuntimeError(status === 503 ? "CONFLICT" : engine.code, engine.message.replace(GRPC_WRAPPING, ""), { cause: error });
}
