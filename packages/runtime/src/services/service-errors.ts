/**
 * Service refusals with the code they deserve. The manager answers a published port that another
 * service holds with a 400 and a stale version with a 500; both are conflicts with the swarm's state.
 */
import { RuntimeError } from "../errors.ts";
import { withSwarmErrors } from "../swarm/swarm-errors.ts";

export async function withServiceErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await withSwarmErrors(work);
  } catch (error) {
    throw serviceError(error);
  }
}

function serviceError(error: unknown): unknown {
  if (!(error instanceof RuntimeError)) return error;
  if (error.message.includes("already in use by service")) return new RuntimeError("CONFLICT", error.message, { cause: error });
  if (error.message.includes("update out of sequence")) {
    return new RuntimeError("CONFLICT", "The service has changed since it was read; reload it and make the change again", { cause: error });
  }
  return error;
}
