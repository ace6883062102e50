/** The rows of the users and teams pages and the account page, as the API returns them. */
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@wheelhouse/api";

type Outputs = inferRouterOutputs<AppRouter>;
export type UserRow = Outputs["users"]["list"][number];
export type SessionRow = Outputs["users"]["sessions"][number];
