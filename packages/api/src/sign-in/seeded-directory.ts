/**
 * The OpenLDAP server scripts/ldap-up.sh starts for the tests, seeded from scripts/ldap/seed.ldif:
 * its address, accounts and groups, and settings that point Wheelhouse at it.
 */
import { LDAP_DEFAULTS, type LdapSettings } from "@wheelhouse/auth";
import { Client } from "ldapts";

export const SEEDED = {
  url: "ldap://127.0.0.1:3389",
  adminDn: "cn=admin,dc=wheelhouse,dc=test",
  adminPassword: "wheelhouse-admin",
  people: "ou=people,dc=wheelhouse,dc=test",
  groups: "ou=groups,dc=wheelhouse,dc=test",
  alice: { dn: "uid=alice,ou=people,dc=wheelhouse,dc=test", password: "alice-secret" },
  bob: { dn: "uid=bob,ou=people,dc=wheelhouse,dc=test", password: "bob-secret" },
  carol: { dn: "uid=carol,ou=people,dc=wheelhouse,dc=test", password: "carol-secret" },
  payments: "cn=payments,ou=groups,dc=wheelhouse,dc=test",
  search: "cn=search,ou=groups,dc=wheelhouse,dc=test",
} as const;

export const seededSettings: LdapSettings = {
  ...LDAP_DEFAULTS,
  enabled: true,
  url: SEEDED.url,
  bindDn: SEEDED.adminDn,
  bindPassword: SEEDED.adminPassword,
  userBaseDn: SEEDED.people,
  groupBaseDn: SEEDED.groups,
};

/** A client bound as the directory's administrator, for tests that change the directory. */
export async function directoryAdmin(): Promise<Client> {
  const client = new Client({ url: SEEDED.url, timeout: 5_000, connectTimeout: 5_000 });
  try {
    await client.bind(SEEDED.adminDn, SEEDED.adminPassword);
  } catch (error) {
    throw new Error(`The test directory at ${SEEDED.url} does not answer (${String(error)}): run scripts/ldap-up.sh first.`);
  }
  return client;
}
