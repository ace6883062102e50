/**
 * One conversation with the LDAP server, bound as the service account: find a user, check a
 * password, list the groups a DN is in. What goes wrong with the server itself becomes a
 * DirectoryError whose message an administrator can act on; a wrong password is just `false`.
 */
import { Client, InvalidCredentialsError, ResultCodeError, SizeLimitExceededError, type Entry } from "ldapts";
import { fillFilter } from "./fill-filter.ts";
import type { LdapSettings } from "./settings.ts";

export type DirectoryErrorCode = "UNREACHABLE" | "STARTTLS_FAILED" | "SERVICE_BIND_FAILED" | "SEARCH_FAILED" | "AMBIGUOUS_USER";

export class DirectoryError extends Error {
  readonly code: DirectoryErrorCode;
  constructor(code: DirectoryErrorCode, message: string) {
    super(message);
    this.name = "DirectoryError";
    this.code = code;
  }
}

export interface DirectoryUser {
  dn: string;
  username: string;
  displayName: string | null;
  email: string | null;
}

export interface Directory {
  /** The one entry the user filter finds for this username, or null when there is none. */
  findUser(username: string): Promise<DirectoryUser | null>;
  passwordMatches(dn: string, password: string): Promise<boolean>;
  groupDnsOf(dn: string): Promise<string[]>;
  close(): Promise<void>;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

function text(entry: Entry, attribute: string): string | null {
  const key = Object.keys(entry).find((name) => name.toLowerCase() === attribute.toLowerCase());
  const value = key === undefined ? undefined : entry[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" && first.length > 0 ? first : null;
}

export async function connectDirectory(settings: LdapSettings): Promise<Directory> {
  const client = new Client({ url: settings.url, timeout: settings.timeoutMs, connectTimeout: settings.timeoutMs });
  const unreachable = (error: unknown) => new DirectoryError("UNREACHABLE", `${settings.url} did not answer: ${reason(error)}.`);

  async function bindAsService() {
    try {
      await client.bind(settings.bindDn, settings.bindPassword);
    } catch (error) {
      if (error instanceof InvalidCredentialsError) {
        throw new DirectoryError("SERVICE_BIND_FAILED", `${settings.url} refused the service account ${settings.bindDn}: wrong DN or password.`);
      }
      if (error instanceof ResultCodeError) throw new DirectoryError("SERVICE_BIND_FAILED", `${settings.url} refused the service account ${settings.bindDn}: ${reason(error)}.`);
      throw unreachable(error);
    }
  }

  try {
    if (settings.startTls) await client.startTLS();
    await bindAsService();
  } catch (error) {
    await client.unbind().catch(() => undefined);
    if (error instanceof DirectoryError) throw error;
    if (error instanceof ResultCodeError) throw new DirectoryError("STARTTLS_FAILED", `${settings.url} refused StartTLS: ${reason(error)}.`);
    throw unreachable(error);
  }

  async function search(base: string, filter: string, attributes: string[], sizeLimit = 0) {
    try {
      return (await client.search(base, { scope: "sub", filter, attributes, sizeLimit })).searchEntries;
    } catch (error) {
      if (error instanceof SizeLimitExceededError) throw new DirectoryError("AMBIGUOUS_USER", `${filter} under ${base} finds more than one entry.`);
      throw new DirectoryError("SEARCH_FAILED", `Searching ${base} for ${filter} failed: ${reason(error)}.`);
    }
  }

  return {
    async findUser(username) {
      const filter = fillFilter(settings.userFilter, { username });
      const attributes = [settings.usernameAttribute, settings.displayNameAttribute, settings.emailAttribute];
      const entries = await search(settings.userBaseDn, filter, attributes, 2);
      const [entry, other] = entries;
      if (!entry) return null;
      if (other) throw new DirectoryError("AMBIGUOUS_USER", `${filter} under ${settings.userBaseDn} finds more than one entry.`);
      return {
        dn: entry.dn,
        username: text(entry, settings.usernameAttribute) ?? username,
        displayName: text(entry, settings.displayNameAttribute),
        email: text(entry, settings.emailAttribute),
      };
    },

    async passwordMatches(dn, password) {
      // An empty password makes a simple bind "unauthenticated", which many servers accept: refuse it here.
      if (password.length === 0) return false;
      let matches: boolean;
      try {
        await client.bind(dn, password);
        matches = true;
      } catch (error) {
        if (!(error instanceof InvalidCredentialsError)) throw unreachable(error);
        matches = false;
      }
      // Group searches run as the service account, not as the user whose password was checked.
      await bindAsService();
      return matches;
    },

    async groupDnsOf(dn) {
      // "1.1" asks for no attributes: only the group DNs are needed.
      const entries = await search(settings.groupBaseDn, fillFilter(settings.groupFilter, { dn }), ["1.1"]);
      return entries.map((entry) => entry.dn);
    },

    async close() {
      await client.unbind().catch(() => undefined);
    },
  };
}
