/** Terminal sessions, for administrators: every live one on the connected nodes, and ending one. */
import { ExecSessionId } from "@wheelhouse/protocol";
import { OnNode } from "../node-call.ts";
import { listTerminalSessions } from "../terminals/list-sessions.ts";
import { procedure, router } from "../trpc.ts";

export const terminalsRouter = router({
  list: procedure("admin").query(({ ctx }) => listTerminalSessions(ctx)),

  /** Ends the session's processes (SIGHUP, then SIGKILL); its owner's terminal shows the exit. */
  terminate: procedure("admin")
    .input(OnNode.extend({ sessionId: ExecSessionId }))
    .mutation(async ({ ctx, input }) => {
      await ctx.agents.call(input.nodeId, "exec.terminate", { sessionId: input.sessionId });
    }),
});
