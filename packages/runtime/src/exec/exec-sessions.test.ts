import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ExecExit, ExecSessionInfo } from "@wheelhouse/protocol";
import { createEngineSandbox } from "../testing/engine.ts";
import { ExecSessions, type ExecViewer } from "./exec-sessions.ts";
import { openExec } from "./open-exec.ts";
import type { ExecChunk } from "./stdcopy.ts";

const sandbox = createEngineSandbox();
let containerId: string;

beforeAll(async () => {
  containerId = await sandbox.container("sessions");
});
afterAll(() => sandbox.cleanup());

const shell = ["sh"];
const open = () => openExec(sandbox.docker, { containerId, command: shell, tty: true, cols: 80, rows: 24 }, { hangupGraceMs: 200 });
const processes = async () => ((await sandbox.docker.getContainer(containerId).top()).Processes ?? []).map((row: string[]) => row.at(-1) ?? "");

function viewer() {
  const received: Buffer[] = [];
  const closed: unknown[] = [];
  const view: ExecViewer = {
    output: (chunk: ExecChunk) => void received.push(chunk.data),
    closed: (event) => void closed.push(event),
  };
  return { view, closed, text: () => Buffer.concat(received).toString() };
}

function registry(graceMs: number) {
  const ended: { info: ExecSessionInfo; exit: ExecExit }[] = [];
  const sessions = new ExecSessions({
    graceMs,
    replayBytes: 4096,
    onEnded: (info, exit) => ended.push({ info, exit }),
    onTerminateFailed: (info, error) => {
      throw new Error(`session ${info.id} could not be ended`, { cause: error });
    },
  });
  return { sessions, ended };
}

describe("ExecSessions", () => {
  it("lets the owner reattach within the grace, the screen redrawn, and refuses anyone else", async () => {
    const { sessions } = registry(5_000);
    const first = viewer();
    const session = await open();
    const attachment = sessions.add(session, { owner: "alice", command: shell }, first.view);
    await attachment.write(Buffer.from("echo before''reload\n"));
    await vi.waitFor(() => expect(first.text()).toContain("beforereload"));
    attachment.detach();
    expect(sessions.get(session.id)).toMatchObject({ owner: "alice", attached: false, detachedAt: expect.any(Number) });

    expect(() => sessions.attach(session.id, "mallory", viewer().view)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    const second = viewer();
    const reattached = sessions.attach(session.id, "alice", second.view);
    expect(reattached.replay.toString()).toContain("beforereload");
    await reattached.write(Buffer.from("echo after''reload\n"));
    await vi.waitFor(() => expect(second.text()).toContain("afterreload"));
    await expect(attachment.write(Buffer.from("late\n"))).rejects.toMatchObject({ code: "CONFLICT" });

    const third = viewer();
    sessions.attach(session.id, "alice", third.view);
    expect(second.closed).toEqual([{ reason: "replaced" }]);
    await sessions.terminate(session.id);
    await vi.waitFor(() => expect(third.closed).toEqual([{ reason: "exited", exit: { code: 129, signal: "SIGHUP" } }]));
    expect(sessions.list()).toEqual([]);
  });

  it("ends a session nobody reattached once the grace has passed", async () => {
    const { sessions, ended } = registry(300);
    const session = await open();
    sessions.add(session, { owner: "alice", command: shell }, viewer().view).detach();
    await vi.waitFor(() => expect(ended.map((end) => end.info.id)).toEqual([session.id]), { timeout: 5_000 });
    expect(sessions.list()).toEqual([]);
    expect(() => sessions.attach(session.id, "alice", viewer().view)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
  });

  it("leaves no exec process behind after 200 sessions closed or dropped", { timeout: 180_000 }, async () => {
    const { sessions, ended } = registry(100);
    const before = await processes();
    const ids: string[] = [];
    const runOne = async (index: number) => {
      const session = await open();
      ids.push(session.id);
      const attachment = sessions.add(session, { owner: `user-${index % 3}`, command: shell }, viewer().view);
      await attachment.write(Buffer.from("echo hi\n"));
      if (index % 2 === 0) await sessions.terminate(session.id);
      else attachment.detach();
    };
    for (let start = 0; start < 200; start += 10) {
      await Promise.all(Array.from({ length: 10 }, (_, offset) => runOne(start + offset)));
    }
    await vi.waitFor(() => expect(ended).toHaveLength(200), { timeout: 30_000, interval: 100 });
    expect(sessions.list()).toEqual([]);
    expect(await processes()).toEqual(before);
    const running = await Promise.all(ids.map(async (id) => (await sandbox.docker.getExec(id).inspect()).Running));
    expect(running.filter(Boolean)).toEqual([]);
  });
});
