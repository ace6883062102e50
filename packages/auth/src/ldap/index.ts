export { LDAP_DEFAULTS, LdapSettingsSchema, viewOf, type LdapSettings, type LdapSettingsView } from "./settings.ts";
export { readLdapSettings, writeLdapSettings } from "./settings-store.ts";
export { connectDirectory, DirectoryError, type Directory, type DirectoryErrorCode, type DirectoryUser } from "./directory.ts";
export { fillFilter } from "./fill-filter.ts";
export { normalDn } from "./same-dn.ts";
