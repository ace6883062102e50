import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createEngineSandbox } from "../testing/engine.ts";
import { openExec } from "./open-exec.ts";
import { collectOutput } from "./testing/collect-output.ts";

const sandbox = createEngineSandbox();
let containerId: string;

beforeAll(async () => {
  containerId = await sandbox.container("exec");
});
afterAll(() => sandbox.cleanup());

const open = (command: string[], tty: boolean) => openExec(sandbox.docker, { containerId, command, tty, cols: 80, rows: 24 }, { hangupGraceMs: 300 });
const processes = async () => ((await sandbox.docker.getContainer(containerId).top()).Processes ?? []).map((row: string[]) => row.at(-1) ?? "");

describe("openExec with a tty", () => {
  it("echoes what is typed and runs it", async () => {
    const session = await open(["sh"], true);
    const output = collectOutput(session.output);
    await session.write(Buffer.from("echo round''trip\n"));
    await vi.waitFor(() => expect(output.text()).toContain("roundtrip"));
    expect(output.text()).toContain("echo round''trip");
    await session.write(Buffer.from("exit 7\n"));
    expect(await session.exit).toEqual({ code: 7 });
  });

  it("starts at the requested size and follows a resize", async () => {
    const session = await open(["sh"], true);
    const output = collectOutput(session.output);
    await session.write(Buffer.from("stty size\n"));
    await vi.waitFor(() => expect(output.text()).toContain("24 80"));
    await session.resize({ cols: 132, rows: 43 });
    await session.write(Buffer.from("stty size\n"));
    await vi.waitFor(() => expect(output.text()).toContain("43 132"));
    await session.terminate();
  });

  it("opens at once and reports the engine's refusal when the process cannot start", async () => {
    const startedAt = Date.now();
    const session = await openExec(sandbox.docker, { containerId, command: ["sh"], user: "wh-no-such-user", tty: true, cols: 80, rows: 24 });
    // The engine answers a resize for a process that never started only after 10 s.
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    const output = collectOutput(session.output);
    expect(await session.exit).toEqual({ code: 126 });
    expect(output.text()).toContain("unable to find user wh-no-such-user");
  });

  it("keeps UTF-8 intact when a character is split across two writes", async () => {
    const session = await open(["cat"], true);
    const output = collectOutput(session.output);
    const line = Buffer.from("héllo 🚀 漢字 ✓\n");
    const middleOfRocket = line.indexOf(Buffer.from("🚀")) + 2;
    await session.write(line.subarray(0, middleOfRocket));
    await session.write(line.subarray(middleOfRocket));
    // The terminal echoes the line, then cat writes it back.
    await vi.waitFor(() => expect(output.text().split("héllo 🚀 漢字 ✓\r\n")).toHaveLength(3));
    expect(output.text()).not.toContain("\uFFFD");
    await session.terminate();
  });
});

describe("openExec without a tty", () => {
  it("keeps stdout and stderr apart", async () => {
    const session = await open(["sh", "-c", "echo out; echo err >&2; echo more"], false);
    const output = collectOutput(session.output);
    expect(await session.exit).toEqual({ code: 0 });
    expect(output.text("stdout")).toBe("out\nmore\n");
    expect(output.text("stderr")).toBe("err\n");
  });

  it("delivers a 1 MB paste intact, byte for byte", async () => {
    const paste = randomBytes(1024 * 1024);
    const session = await open(["sh", "-c", "cat > /paste && wc -c < /paste && md5sum < /paste"], false);
    const output = collectOutput(session.output);
    await session.write(paste);
    session.endInput();
    expect(await session.exit).toEqual({ code: 0 });
    const [count, hash] = output.text().trim().split(/\s+/);
    expect(Number(count)).toBe(paste.length);
    expect(hash).toBe(createHash("md5").update(paste).digest("hex"));
  });

  it("passes UTF-8 split across writes through unchanged", async () => {
    const session = await open(["cat"], false);
    const output = collectOutput(session.output);
    const text = Buffer.from("日本語 🎉 ünïcødé");
    for (let offset = 0; offset < text.length; offset += 1) await session.write(text.subarray(offset, offset + 1));
    session.endInput();
    await session.exit;
    expect(output.bytes().equals(text)).toBe(true);
  });

  it("reports the exit code of a failing command", async () => {
    const session = await open(["sh", "-c", "exit 42"], false);
    session.output.resume();
    expect(await session.exit).toEqual({ code: 42 });
  });

  it("refuses a container that does not exist with NOT_FOUND", async () => {
    await expect(openExec(sandbox.docker, { containerId: "wh-no-such-container", command: ["sh"], tty: true, cols: 80, rows: 24 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("terminate", () => {
  it.each([true, false])("ends a session that ignores hang-ups and stdin (tty: %s), children included", async (tty) => {
    const session = await open(["sh", "-c", "trap '' HUP; sleep 1001 & sleep 1000"], tty);
    session.output.resume();
    await vi.waitFor(async () => expect(await processes()).toContain("sleep 1000"));
    session.endInput();
    await session.terminate();
    expect(await processes()).not.toContain("sleep 1000");
    expect(await processes()).not.toContain("sleep 1001");
    expect(await session.exit).toEqual({ code: 137, signal: "SIGKILL" });
  });

  it("ends a process that leaves on SIGHUP without waiting for the grace", async () => {
    const session = await openExec(sandbox.docker, { containerId, command: ["sleep", "1002"], tty: true, cols: 80, rows: 24 }, { hangupGraceMs: 30_000 });
    session.output.resume();
    await session.terminate();
    expect(await processes()).not.toContain("sleep 1002");
    expect(await session.exit).toEqual({ code: 129, signal: "SIGHUP" });
  });
});
