/**
 * How an agent proves itself when it connects. On first contact it shows an administrator's join
 * token and receives its node's own credential, which it stores and presents on every later connect.
 */
import { z } from "zod";

/** A join token or a credential as it travels: long random text, never a short password. */
export const AgentSecret = z.string().min(16, "is too short to be a Wheelhouse token (16 characters at least)").max(256);

/** A node's name as Wheelhouse shows it. */
export const NodeName = z
  .string()
  .trim()
  .min(1, "Name the node.")
  .max(64)
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]*$/, "Use letters, digits, dots, dashes and underscores.");

/** Sent by an agent in its socket.io handshake (`auth`): its node's credential, or a join token to exchange for one. */
export const AgentHandshake = z.union([z.object({ credential: AgentSecret }), z.object({ joinToken: AgentSecret, nodeName: NodeName.optional() })]);
export type AgentHandshake = z.infer<typeof AgentHandshake>;

/**
 * Why the control plane refused a handshake. The agent's connect_error carries the code as its
 * message (socket.io's convention) and this whole object as its `data`.
 */
export const AgentRefusalCode = z.enum(["UNAUTHORIZED", "CREDENTIAL_REVOKED", "JOIN_TOKEN_EXPIRED", "JOIN_TOKEN_USED_UP", "JOIN_TOKEN_REVOKED"]);
export type AgentRefusalCode = z.infer<typeof AgentRefusalCode>;
export const AgentRefusal = z.object({ code: AgentRefusalCode, message: z.string() });
export type AgentRefusal = z.infer<typeof AgentRefusal>;

/** Sent to an agent that joined with a token, once its node exists. The agent acknowledges only after storing it. */
export const IssuedCredential = z.object({ nodeId: z.string(), nodeName: z.string(), credential: AgentSecret });
export type IssuedCredential = z.infer<typeof IssuedCredential>;
