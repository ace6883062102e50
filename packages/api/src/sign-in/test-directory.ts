/**
 * "Test connection" for the directory settings form: connect and bind as the service account,
 * then optionally look a username up and list its groups, reporting each step in words so an
 * administrator sees where it stops and why.
 */
import { connectDirectory, DirectoryError, type Directory, type LdapSettings } from "@wheelhouse/auth";

export interface TestStep {
  ok: boolean;
  text: string;
}

export interface FoundUser {
  dn: string;
  username: string;
  displayName: string | null;
  email: string | null;
  groupDns: string[];
}

export interface DirectoryTestResult {
  ok: boolean;
  steps: TestStep[];
  user: FoundUser | null;
}

const failure = (error: unknown) => (error instanceof DirectoryError ? error.message : `Unexpected failure: ${String(error)}`);

export async function testDirectory(settings: LdapSettings, username: string | undefined): Promise<DirectoryTestResult> {
  const steps: TestStep[] = [];
  const done = (user: FoundUser | null = null) => ({ ok: steps.every((step) => step.ok), steps, user });

  let directory: Directory;
  try {
    directory = await connectDirectory(settings);
    steps.push({ ok: true, text: `Connected to ${settings.url}${settings.startTls ? " with StartTLS" : ""} and bound as ${settings.bindDn}.` });
  } catch (error) {
    steps.push({ ok: false, text: failure(error) });
    return done();
  }
  try {
    if (!username) return done();
    const entry = await directory.findUser(username);
    if (!entry) {
      steps.push({ ok: false, text: `No entry under ${settings.userBaseDn} matches the user filter for “${username}”.` });
      return done();
    }
    steps.push({ ok: true, text: `Found “${username}” at ${entry.dn}.` });
    const groupDns = await directory.groupDnsOf(entry.dn);
    steps.push({ ok: true, text: groupDns.length === 0 ? `In no group under ${settings.groupBaseDn}.` : `In ${groupDns.length} group${groupDns.length === 1 ? "" : "s"} under ${settings.groupBaseDn}.` });
    return done({ ...entry, groupDns });
  } catch (error) {
    steps.push({ ok: false, text: failure(error) });
    return done();
  } finally {
    await directory.close();
  }
}
