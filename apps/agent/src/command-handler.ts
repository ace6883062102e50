/**
 * Carries out the control plane's commands: parse the envelope, then the input, run it (on the
 * engine, or on the agent's terminal sessions), check the output, acknowledge.
 */
import { agentCommands, AgentCommandRequest, fail, isSessionCommand, ok, type Reply } from "@wheelhouse/protocol";
import { RuntimeError, type ExecSessions, type Runtime } from "@wheelhouse/runtime";
import { describeIssues } from "./describe-issues.ts";
import type { Logger } from "./logger.ts";
import { sessionCommands } from "./session-commands.ts";

export interface CommandTargets {
  runtime: Runtime;
  sessions: ExecSessions;
}

/** A socket.io listener for AgentEvent.command: whatever arrives, it neither throws nor leaves a rejection behind. */
export function createCommandHandler(targets: CommandTargets, logger: Logger): (request: unknown, ack: unknown) => void {
  return (request, ack) => {
    if (typeof ack !== "function") {
      logger.warn("ignored a command sent without an acknowledgement callback");
      return;
    }
    void executeCommand(targets, request, logger)
      .then((reply) => ack(reply))
      .catch((error: unknown) => logger.error(`could not acknowledge a command: ${String(error)}`));
  };
}

export async function executeCommand({ runtime, sessions }: CommandTargets, request: unknown, logger: Logger): Promise<Reply<unknown>> {
  const envelope = AgentCommandRequest.safeParse(request);
  if (!envelope.success) return badRequest(logger, `Malformed command: ${describeIssues(envelope.error.issues)}`);
  const { name } = envelope.data;
  const command = agentCommands[name];
  const input = command.input.safeParse(envelope.data.input);
  if (!input.success) return badRequest(logger, `Invalid input for ${name}: ${describeIssues(input.error.issues)}`);
  try {
    // The input was parsed with this very command's schema; TypeScript cannot follow that through a union of names.
    const data: unknown = isSessionCommand(name) ? await sessionCommands[name](sessions, input.data as never) : await runtime.run(name, input.data as never);
    const output = command.output.safeParse(data);
    if (output.success) return ok(output.data);
    logger.error(`${name}: the engine's answer does not fit the protocol: ${describeIssues(output.error.issues)}`);
    return fail("INTERNAL", `The engine's answer to ${name} does not fit the protocol`);
  } catch (error) {
    if (error instanceof RuntimeError) {
      logger.warn(`${name} failed (${error.code}): ${error.message}`);
      return fail(error.code, error.message);
    }
    logger.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return fail("INTERNAL", `${name} failed unexpectedly`);
  }
}

function badRequest(logger: Logger, message: string): Reply<never> {
  logger.warn(`rejected a command: ${message}`);
  return fail("BAD_REQUEST", message);
}
