/** Input shared by every node-scoped procedure, and the call that reaches that node's agent. */
import { NodeId } from "@wheelhouse/protocol";
import { z } from "zod";

export const OnNode = z.object({ nodeId: NodeId });
