/** The commands the agent answers from its terminal session registry rather than from the engine. */
import type { AgentCommandArgs, AgentCommandOutput, SessionCommandName } from "@wheelhouse/protocol";
import type { ExecSessions } from "@wheelhouse/runtime";

type SessionCommandHandlers = {
  [N in SessionCommandName]: (sessions: ExecSessions, args: AgentCommandArgs<N>) => Promise<AgentCommandOutput<N>>;
};

export const sessionCommands: SessionCommandHandlers = {
  "exec.sessions": async (sessions) => sessions.list(),
  "exec.terminate": async (sessions, { sessionId }) => {
    await sessions.terminate(sessionId);
    return {};
  },
};
