/**
 * The directory settings an administrator saves: where the LDAP server is, how Wheelhouse binds to
 * it, and how it finds users and their groups. Stored as one JSON value; the service account's
 * password never leaves the server (the browser sees only whether one is set).
 */
import { z } from "zod";

const Dn = (what: string) => z.string().trim().min(1, `Enter the ${what}.`).max(1024);
const Attribute = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^[a-zA-Z][a-zA-Z0-9-]*$/, `The ${what} is an attribute name such as uid, cn or mail.`);
const Filter = (placeholder: string) =>
  z
    .string()
    .trim()
    .max(1024)
    .refine((filter) => filter.startsWith("(") && filter.endsWith(")"), "A filter is enclosed in parentheses.")
    .refine((filter) => filter.includes(placeholder), `The filter needs ${placeholder} where the value goes.`);

export const LDAP_DEFAULTS = {
  enabled: false,
  url: "ldap://",
  startTls: false,
  bindDn: "",
  bindPassword: "",
  timeoutMs: 5_000,
  userBaseDn: "",
  userFilter: "(uid={username})",
  usernameAttribute: "uid",
  displayNameAttribute: "cn",
  emailAttribute: "mail",
  groupBaseDn: "",
  groupFilter: "(&(objectClass=groupOfNames)(member={dn}))",
} as const;

export const LdapSettingsSchema = z
  .object({
    enabled: z.boolean(),
    url: z
      .string()
      .trim()
      .regex(/^ldaps?:\/\/[^\s/?#]+\/?$/, "Use ldap://host[:port] or ldaps://host[:port]."),
    startTls: z.boolean(),
    bindDn: Dn("service account's DN"),
    bindPassword: z.string().max(1024),
    timeoutMs: z.number().int().min(500, "Allow at least 500 ms.").max(60_000, "Allow at most 60 s."),
    userBaseDn: Dn("base DN users are searched under"),
    userFilter: Filter("{username}"),
    usernameAttribute: Attribute("username attribute"),
    displayNameAttribute: Attribute("display name attribute"),
    emailAttribute: Attribute("email attribute"),
    groupBaseDn: Dn("base DN groups are searched under"),
    groupFilter: Filter("{dn}"),
  })
  .refine((settings) => !(settings.startTls && settings.url.startsWith("ldaps://")), {
    message: "ldaps:// is already encrypted; StartTLS is for ldap:// only.",
    path: ["startTls"],
  });

export type LdapSettings = z.infer<typeof LdapSettingsSchema>;

/** What the browser may see: everything but the password. */
export type LdapSettingsView = Omit<LdapSettings, "bindPassword"> & { bindPasswordSet: boolean };

export function viewOf(settings: LdapSettings): LdapSettingsView {
  const { bindPassword, ...rest } = settings;
  return { ...rest, bindPasswordSet: bindPassword.length > 0 };
}
