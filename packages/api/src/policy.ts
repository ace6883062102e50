/** The authorizer for a signed-in user or API token, read fresh from their grants. */
import { createAuthorizer, loadGrants, type Authorizer, type Permission } from "@wheelhouse/auth";
import type { Database, User } from "@wheelhouse/db";

export async function authorizerFor(db: Database, user: Pick<User, "id" | "isAdmin" | "disabled">, narrowTo: readonly Permission[] | null = null): Promise<Authorizer> {
  if (user.disabled) return createAuthorizer({ isAdmin: false, grants: [], narrowTo: [] });
  return createAuthorizer({ isAdmin: user.isAdmin, grants: user.isAdmin ? [] : await loadGrants(db, user.id), narrowTo });
}
