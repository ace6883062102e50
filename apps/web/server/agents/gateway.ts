/** Sends typed commands to agents through their rooms and checks every reply against the protocol. */
import { AgentCallError, type AgentGateway } from "@wheelhouse/api";
import { AgentEvent, agentCommands, replySchema } from "@wheelhouse/protocol";
import { agentRoom, type AgentNamespace } from "../sockets/namespaces.ts";

export function createAgentGateway(agents: AgentNamespace, timeoutMs: number): AgentGateway {
  return {
    async call(nodeId, name, input) {
      const command = agentCommands[name];
      let replies: unknown[];
      try {
        replies = await agents.to(agentRoom(nodeId)).timeout(timeoutMs).emitWithAck(AgentEvent.command, { name, input: command.input.parse(input) });
      } catch {
        throw new AgentCallError("TIMEOUT", `The node's agent did not answer within ${Math.round(timeoutMs / 1000)} s.`);
      }
      if (replies.length === 0) throw new AgentCallError("AGENT_UNAVAILABLE", "The node's agent is not connected.");
      const reply = replySchema(command.output).safeParse(replies[0]);
      if (!reply.success) throw new AgentCallError("INTERNAL", `The agent sent a malformed reply to ${name}.`);
      if (!reply.data.ok) throw new AgentCallError(reply.data.code, reply.data.message);
      return reply.data.data as never;
    },

    async connectedNodeIds() {
      const sockets = await agents.fetchSockets();
      return new Set(sockets.flatMap((socket) => (socket.data.node ? [socket.data.node.id] : [])));
    },

    async disconnect(nodeId) {
      // Through the room, so the agent is cut off on whichever replica it is connected to.
      agents.in(agentRoom(nodeId)).disconnectSockets(true);
    },
  };
}
