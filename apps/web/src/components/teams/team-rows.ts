/** The rows of the teams page, as the API returns them. */
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@wheelhouse/api";

type Outputs = inferRouterOutputs<AppRouter>;
export type TeamRow = Outputs["teams"]["list"][number];
export type TeamMemberRow = Outputs["teams"]["members"][number];
