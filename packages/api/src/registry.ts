/**
 * The permission registry: every tRPC procedure, socket event and stream with the access it needs,
 * enumerable so a test can prove nothing is left unguarded.
 */
import type { AnyProcedure } from "@trpc/server";
import type { Access } from "./permissions.ts";
import { SOCKET_EVENT_PERMISSIONS, STREAM_PERMISSIONS } from "./permissions.ts";
import { appRouter } from "./root.ts";
import type { Meta } from "./trpc.ts";

export interface RegistryEntry {
  kind: "procedure" | "socket-event" | "stream";
  name: string;
  type: string;
  access: Access | undefined;
}

export function permissionRegistry(): RegistryEntry[] {
  // At run time `procedures` is flat, keyed by dotted path ("containers.list").
  const flat = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
  const procedures = Object.entries(flat).map(([name, proc]) => ({
    kind: "procedure" as const,
    name,
    type: proc._def.type,
    access: (proc._def.meta as Meta | undefined)?.access,
  }));
  const events = Object.entries(SOCKET_EVENT_PERMISSIONS).map(([name, access]) => ({ kind: "socket-event" as const, name, type: "event", access }));
  const streams = Object.entries(STREAM_PERMISSIONS).map(([name, access]) => ({ kind: "stream" as const, name, type: "channel", access }));
  return [...procedures, ...events, ...streams];
}
