/** What resource checks need from a procedure's context: the database, the agents and the caller's authorizer. */
import type { Authorizer } from "@wheelhouse/auth";
import type { Context } from "../context.ts";

export type Caller = Pick<Context, "db" | "agents"> & { access: Authorizer };
