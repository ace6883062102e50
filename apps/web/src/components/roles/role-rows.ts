/** Roles, resource sets, grants and the permission catalogue, as the API returns them. */
import type { AppRouter } from "@wheelhouse/api";
import type { inferRouterOutputs } from "@trpc/server";

type Outputs = inferRouterOutputs<AppRouter>;
export type RoleRow = Outputs["roles"]["list"][number];
export type PermissionArea = Outputs["roles"]["permissions"][number];
export type ResourceSetRow = Outputs["resourceSets"]["list"][number];
export type GrantRow = Outputs["grants"]["list"][number];
export type Explanation = Outputs["access"]["explain"];
