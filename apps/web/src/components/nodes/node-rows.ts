/** The rows of the Nodes page's two tables, as the API returns them. */
import type { AppRouter } from "@wheelhouse/api";
import type { inferRouterOutputs } from "@trpc/server";

type Outputs = inferRouterOutputs<AppRouter>;
export type NodeRow = Outputs["nodes"]["list"][number];
export type JoinTokenRow = Outputs["joinTokens"]["list"][number];
