/**
 * Exec terminals: what a browser may ask when it opens a command in a container, and what it is
 * told back (exit, the sessions an administrator can list). Terminal bytes travel apart from these
 * control messages, as binary frames.
 */
import { z } from "zod";
import { ContainerRef } from "./refs.ts";

// Docker passes each element to execve as it is; a NUL would silently cut it short.
const Argument = z.string().max(4096).refine((value) => !value.includes("\0"), "An argument cannot contain a NUL character");

export const TerminalSize = z.object({
  cols: z.number().int().min(1).max(1000),
  rows: z.number().int().min(1).max(1000),
});
export type TerminalSize = z.infer<typeof TerminalSize>;

export const ExecOpenRequest = TerminalSize.extend({
  containerId: ContainerRef.shape.id,
  /** The program and its arguments (argv), never a shell string. */
  command: z.array(Argument).min(1).max(256),
  /** As Docker's `--user`: a name or uid, optionally with `:group` or `:gid`. */
  user: z
    .string()
    .max(256)
    .regex(/^[a-zA-Z0-9_.-]+(:[a-zA-Z0-9_.-]+)?$/, "Not a user or user:group")
    .optional(),
  workingDir: z
    .string()
    .max(4096)
    .regex(/^\/[^\0]*$/, "The working directory must be an absolute path")
    .optional(),
  env: z
    .record(z.string().max(256).regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "Not an environment variable name"), Argument)
    .optional(),
  tty: z.boolean(),
});
export type ExecOpenRequest = z.infer<typeof ExecOpenRequest>;

export const ExecResize = TerminalSize;
export type ExecResize = z.infer<typeof ExecResize>;

export const ExecExit = z.object({
  code: z.number().int(),
  /** The signal's name (SIGKILL) when the process died of one, as its exit code above 128 says. */
  signal: z.string().optional(),
});
export type ExecExit = z.infer<typeof ExecExit>;

export const ExecSessionInfo = z.object({
  id: z.string(),
  containerId: z.string(),
  /** The id of the user who opened it; nobody else may attach to it. */
  owner: z.string(),
  command: z.array(z.string()),
  user: z.string().optional(),
  tty: z.boolean(),
  startedAt: z.number(),
  attached: z.boolean(),
  /** When the last viewer left; the session ends a grace period later unless someone reattaches. */
  detachedAt: z.number().optional(),
});
export type ExecSessionInfo = z.infer<typeof ExecSessionInfo>;
