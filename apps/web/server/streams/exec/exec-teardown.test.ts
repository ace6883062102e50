/**
 * Teardown through the whole path: 200 terminals opened from browsers through the control plane,
 * half ended by their shell, half dropped by their browser (ended by the agent once the grace has
 * passed), leave no exec process in the container and no session at the agent, and every end is
 * audited.
 */
import type { TerminalSessionList } from "@wheelhouse/api";
import { until } from "@wheelhouse/runtime/testing/until";
import { expect, it } from "vitest";
import { openTestTerminal } from "../../testing/browser-terminal.ts";
import { useTerminalScene } from "../../testing/terminal-plane.ts";

const SESSIONS = 200;
const AT_ONCE = 10;
const scene = useTerminalScene({ WHEELHOUSE_TERMINAL_GRACE_SECONDS: "1" });

const processes = async () => ((await scene.docker.docker.getContainer(scene.containerId).top()).Processes ?? []).map((row: string[]) => row.at(-1) ?? "");

it(`leaves no exec process behind after ${SESSIONS} terminals ended or dropped`, { timeout: 300_000 }, async () => {
  const before = await processes();
  const ids: string[] = [];
  const runOne = async (index: number) => {
    const terminal = openTestTerminal(scene.browser, { nodeId: scene.plane.nodeId, containerId: scene.containerId, command: ["sh"], tty: true, cols: 80, rows: 24 });
    const { sessionId } = (await terminal.reaches("connected")) as { sessionId: string };
    ids.push(sessionId);
    terminal.connection.write(`echo "session ${index}"\r`);
    await terminal.shows(`session ${index}\r\n`);
    if (index % 2 === 0) {
      terminal.connection.write("exit\r");
      await terminal.reaches("exited");
    } else {
      terminal.connection.close();
    }
  };
  for (let start = 0; start < SESSIONS; start += AT_ONCE) {
    await Promise.all(Array.from({ length: AT_ONCE }, (_, offset) => runOne(start + offset)));
  }

  await until(async () => ((await scene.plane.admin.query("terminals.list")).data as TerminalSessionList).sessions.length === 0, "the agent to end every dropped session", 60_000);
  expect(await processes()).toEqual(before);
  const running = await Promise.all(ids.map(async (id) => (await scene.docker.docker.getExec(id).inspect()).Running));
  expect(running.filter(Boolean)).toEqual([]);
  await until(async () => (await scene.plane.db.auditEvent.count({ where: { action: "exec.close" } })) === SESSIONS, "every session's end to be audited", 30_000);
  const dropped = await scene.plane.db.auditEvent.findMany({ where: { action: "exec.close", detail: { contains: '"exitCode":129' } } });
  expect(dropped).toHaveLength(SESSIONS / 2);
});
