/** The message to show for a failed query or mutation: the server's words, or a plain fallback. */
export function errorMessage(error: unknown): string {
  if (error && typeof error === "object" && "message" in error && typeof error.message === "string" && error.message) {
    return error.message;
  }
  return "Something went wrong. Try again.";
}

/** True when the failure is because the session is missing or has expired. */
export function isUnauthorized(error: unknown): boolean {
  const data = (error as { data?: { code?: string } } | null)?.data;
  return data?.code === "UNAUTHORIZED";
}
