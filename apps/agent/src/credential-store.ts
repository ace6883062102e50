/**
 * The credential an agent received when it joined, kept in its state directory so that after a
 * restart it reconnects as the same node without the join token. Readable by its owner only, and
 * written atomically (a temporary file, then rename): a crash mid-write leaves the old file or
 * none, never half a secret.
 */
import { accessSync, closeSync, constants, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { AgentSecret } from "@wheelhouse/protocol";

export const DEFAULT_STATE_DIR = "/var/lib/wheelhouse-agent";
export const CREDENTIAL_FILE = "credential.json";

const StoredCredential = z.object({ server: z.string(), nodeId: z.string(), nodeName: z.string(), credential: AgentSecret });
export type StoredCredential = z.infer<typeof StoredCredential>;

export function credentialPath(stateDir: string): string {
  return join(stateDir, CREDENTIAL_FILE);
}

/** The stored credential, or undefined if the agent has not joined yet. Throws, naming the file, if it is unreadable or not one of ours. */
export function readCredential(stateDir: string): StoredCredential | undefined {
  const path = credentialPath(stateDir);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = StoredCredential.safeParse(json);
  // Joining again on a damaged file would enroll this host a second time, so refuse instead.
  if (!parsed.success) throw new Error(`${path} does not hold a credential this agent wrote; move it away to join again with a new join token`);
  return parsed.data;
}

/** Creates the state directory (mode 0700) if need be, and fails now, rather than after joining, if the agent cannot write there. */
export function prepareStateDir(stateDir: string): void {
  try {
    mkdirSync(stateDir, { recursive: true, mode: 0o700 });
    accessSync(stateDir, constants.W_OK);
  } catch (error) {
    throw new Error(`cannot write the state directory ${stateDir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); choose another with --state-dir`);
  }
}

export function writeCredential(stateDir: string, stored: StoredCredential): void {
  prepareStateDir(stateDir);
  const target = credentialPath(stateDir);
  const temporary = `${target}.${process.pid}.tmp`;
  // A leftover from a crash may have other permissions; "wx" below creates the file afresh with 0600.
  rmSync(temporary, { force: true });
  try {
    const file = openSync(temporary, "wx", 0o600);
    try {
      writeSync(file, `${JSON.stringify(StoredCredential.parse(stored), null, 2)}\n`);
      fsyncSync(file);
    } finally {
      closeSync(file);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  // The rename itself survives a power cut only once the directory is flushed.
  const directory = openSync(stateDir, "r");
  try {
    fsyncSync(directory);
  } finally {
    closeSync(directory);
  }
}
