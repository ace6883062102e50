/**
 * Whether an update was refused because the service changed after the form read it. The API gives
 * this refusal the same CONFLICT code as a port clash, so its message is what tells them apart.
 */
export function isStaleVersion(error: unknown): boolean {
  return error instanceof Error && /changed since it was read/i.test(error.message);
}
