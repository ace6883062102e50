/**
 * DNs compare case-insensitively and ignore spaces around separators ("CN=Payments, OU=Groups" is
 * "cn=payments,ou=groups"); directories return them in whatever form they were written.
 */
export function normalDn(dn: string): string {
  return dn
    .trim()
    .toLowerCase()
    .replace(/\s*([,=+])\s*/g, "$1");
}
