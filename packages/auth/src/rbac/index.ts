export { PERMISSIONS, PERMISSION_NAMES, isPermission, type Permission } from "./permissions.ts";
export { BUILT_IN_ROLES, type BuiltInRole } from "./built-in-roles.ts";
export { ResourceScope, scopeContains, scopeReachesCluster, type Resource } from "./resource-scope.ts";
export { createAuthorizer, type Authorizer, type EffectiveGrant } from "./authorizer.ts";
export { loadGrants, parsePermissions, parseScope } from "./load-grants.ts";
export { syncBuiltInRoles } from "./sync-built-in-roles.ts";
