/** What the account page shows, as the API returns it. */
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@wheelhouse/api";

type Outputs = inferRouterOutputs<AppRouter>;
export type Me = Outputs["account"]["me"];
export type MySession = Outputs["account"]["sessions"][number];
export type ApiTokenRow = Outputs["account"]["apiTokens"][number];
export type CreatedApiToken = Outputs["account"]["createApiToken"];
