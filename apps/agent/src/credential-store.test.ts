import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { credentialPath, prepareStateDir, readCredential, writeCredential, type StoredCredential } from "./credential-store.ts";

const stored: StoredCredential = { server: "http://wh.example:3000", nodeId: "node-1", nodeName: "db-1", credential: "c".repeat(43) };
const mode = (path: string) => statSync(path).mode & 0o777;
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "wh-state-"));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("the credential store", () => {
  it("has nothing before the agent joins", () => {
    expect(readCredential(join(root, "not-yet"))).toBeUndefined();
  });

  it("writes the credential for its owner only, in a directory it creates for its owner only, and reads it back", () => {
    const stateDir = join(root, "var", "lib", "wheelhouse-agent");
    writeCredential(stateDir, stored);
    expect(readCredential(stateDir)).toEqual(stored);
    expect(mode(credentialPath(stateDir))).toBe(0o600);
    expect(mode(stateDir)).toBe(0o700);
    expect(readdirSync(stateDir)).toEqual(["credential.json"]);
  });

  it("replaces a credential whole, even over a loosely permitted file and a leftover temporary file", () => {
    writeFileSync(credentialPath(root), "{}", { mode: 0o644 });
    writeFileSync(`${credentialPath(root)}.${process.pid}.tmp`, "half a secr", { mode: 0o666 });
    writeCredential(root, { ...stored, nodeId: "node-2" });
    expect(readCredential(root)?.nodeId).toBe("node-2");
    expect(mode(credentialPath(root))).toBe(0o600);
    expect(readdirSync(root)).toEqual(["credential.json"]);
  });

  it.each([
    ["not JSON", "credential=abc"],
    ["JSON of another shape", JSON.stringify({ token: "x".repeat(43) })],
    ["a credential too short to be one", JSON.stringify({ ...stored, credential: "short" })],
  ])("refuses a file holding %s, naming it, rather than joining a second time", (_, text) => {
    writeFileSync(credentialPath(root), text);
    expect(() => readCredential(root)).toThrow(`${credentialPath(root)} does not hold a credential this agent wrote`);
  });

  it("says at once when the state directory cannot be written", () => {
    const file = join(root, "a-file");
    writeFileSync(file, "");
    expect(() => prepareStateDir(join(file, "state"))).toThrow(/cannot write the state directory .*a-file\/state \(ENOTDIR\); choose another with --state-dir/);
    expect(() => writeCredential(join(file, "state"), stored)).toThrow(/cannot write the state directory/);
  });
});
