export { hashPassword, verifyPassword, passwordProblems, PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH } from "./password.ts";
export { newToken, hashToken, tokenMatches } from "./tokens.ts";
export { createSession, resolveSession, endSession, DEFAULT_SESSION_POLICY, type SessionPolicy, type SessionMeta, type ResolvedSession } from "./sessions.ts";
export { issueSetupCode, setupCodeMatches, retireSetupCode } from "./setup-code.ts";
export { joinTokenStatus, type JoinTokenStatus } from "./join-token-status.ts";
export * from "./rbac/index.ts";
export { API_TOKEN_PREFIX, newApiToken, resolveApiToken, type ResolvedApiToken } from "./api-tokens.ts";
export * from "./ldap/index.ts";
