/**
 * Who may use a terminal, over the real server: container.exec decides who opens one, a session is
 * its owner's alone (administrators included), a withdrawn grant closes it, administrators list
 * and end sessions, and the audit log holds every open, refusal and end.
 */
import type { TerminalSessionList } from "@wheelhouse/api";
import type { Database } from "@wheelhouse/db";
import { createEngineSandbox } from "@wheelhouse/runtime/testing";
import { until } from "@wheelhouse/runtime/testing/until";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REVALIDATE_INTERVAL_MS } from "../../sockets/revalidate-browsers.ts";
import { connectBrowser, openTestTerminal, userWithRole, type TestBrowser } from "../../testing/browser-terminal.ts";
import type { ApiClient } from "../../testing/start-test-plane.ts";
import { startTerminalPlane, type TerminalPlane } from "../../testing/terminal-plane.ts";

const docker = createEngineSandbox();
let plane: TerminalPlane;
let db: Database;
let admin: ApiClient;
let containerId: string;
let nodeId: string;
const browsers: TestBrowser[] = [];

beforeAll(async () => {
  plane = await startTerminalPlane();
  ({ db, admin, nodeId } = plane);
  containerId = await docker.container("guarded");
}, 60_000);

afterAll(async () => {
  for (const browser of browsers) browser.close();
  await docker.cleanup();
  await plane?.drop();
});

async function browserOf(client: ApiClient): Promise<TestBrowser> {
  const browser = await connectBrowser(plane.url, client);
  browsers.push(browser);
  return browser;
}

const shell = () => ({ nodeId, containerId, command: ["sh"], tty: true, cols: 80, rows: 24 });
const audit = (action: string) => db.auditEvent.findMany({ where: { action }, orderBy: { id: "asc" } });

describe("opening a terminal", () => {
  it.each(["View Only", "Restricted Control"])("is refused to %s, naming the permission, and audited as denied", async (role) => {
    const user = await userWithRole(db, plane.url, role.toLowerCase().replace(" ", "-"), role);
    const reply = await (await browserOf(user.client)).open(shell());
    expect(reply).toMatchObject({ ok: false, code: "FORBIDDEN", message: expect.stringContaining("container.exec") });
    expect(await audit("stream.exec")).toContainEqual(expect.objectContaining({ userId: user.id, outcome: "denied", target: expect.stringContaining(`containerId=${containerId}`) }));
  });

  it("is audited with who, where, the command and the user, and its end with the exit code", async () => {
    const operator = await userWithRole(db, plane.url, "operator", "Full Control");
    const terminal = openTestTerminal(await browserOf(operator.client), { ...shell(), command: ["sh", "-c", "id -u; read line; exit 4"], user: "1000" });
    const { sessionId } = (await terminal.reaches("connected")) as { sessionId: string };
    await terminal.shows("1000");
    terminal.connection.write("\r");
    await terminal.reaches("exited");

    const opened = (await audit("exec.open")).find((event) => event.target.includes(sessionId));
    expect(opened).toMatchObject({ userId: operator.id, username: "operator", outcome: "allowed", target: `nodeId=${nodeId} containerId=${containerId} sessionId=${sessionId}` });
    expect(JSON.parse(opened?.detail ?? "{}")).toMatchObject({ command: ["sh", "-c", "id -u; read line; exit 4"], user: "1000", tty: true });
    const closed = await until(async () => (await audit("exec.close")).find((event) => event.target.includes(sessionId)), "the session's end to be audited");
    expect(closed).toMatchObject({ userId: operator.id, username: "operator", outcome: "allowed" });
    expect(JSON.parse(closed.detail ?? "{}")).toMatchObject({ exitCode: 4, command: ["sh", "-c", "id -u; read line; exit 4"] });
  });
});

describe("a session", () => {
  it("is its owner's alone: another user, even an administrator, cannot attach to it", async () => {
    const owner = await userWithRole(db, plane.url, "owner", "Full Control");
    const other = await userWithRole(db, plane.url, "other", "Full Control");
    const terminal = openTestTerminal(await browserOf(owner.client), shell());
    const { sessionId } = (await terminal.reaches("connected")) as { sessionId: string };
    const attach = { nodeId, containerId, attach: sessionId, cols: 80, rows: 24 };

    expect(await (await browserOf(other.client)).open(attach)).toMatchObject({ ok: false, code: "FORBIDDEN", message: expect.stringContaining("another user") });
    expect(await (await browserOf(admin)).open(attach)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await audit("stream.exec")).toContainEqual(expect.objectContaining({ userId: other.id, outcome: "denied", target: expect.stringContaining(`sessionId=${sessionId}`) }));

    terminal.connection.write("echo still''mine\r");
    await terminal.shows("stillmine");
    expect(terminal.states.at(-1)).toEqual({ state: "connected", sessionId });
    terminal.connection.close();
  });

  it("is closed within seconds of its owner's grant being withdrawn", async () => {
    const user = await userWithRole(db, plane.url, "withdrawn", "Full Control");
    const terminal = openTestTerminal(await browserOf(user.client), shell());
    await terminal.reaches("connected");
    await db.grant.delete({ where: { id: user.grantId } });
    expect(await terminal.reaches("closed", REVALIDATE_INTERVAL_MS * 3)).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("administrators", () => {
  it("see every live session with its owner and container, and can end one", async () => {
    const user = await userWithRole(db, plane.url, "listed", "Full Control");
    const terminal = openTestTerminal(await browserOf(user.client), { ...shell(), command: ["sh", "-l"] });
    const { sessionId } = (await terminal.reaches("connected")) as { sessionId: string };

    const list = (await admin.query("terminals.list")).data as TerminalSessionList;
    expect(list.unanswered).toEqual([]);
    expect(list.sessions.find((session) => session.id === sessionId)).toMatchObject({
      nodeId,
      owner: user.id,
      ownerName: "listed",
      containerId,
      containerName: docker.name("guarded"),
      command: ["sh", "-l"],
      attached: true,
    });
    expect((await user.client.query("terminals.list")).status).toBe(403);

    expect((await admin.mutate("terminals.terminate", { nodeId, sessionId })).status).toBe(200);
    expect(await terminal.reaches("exited")).toEqual({ state: "exited", exit: { code: 129, signal: "SIGHUP" } });
    expect(((await admin.query("terminals.list")).data as TerminalSessionList).sessions.map((session) => session.id)).not.toContain(sessionId);
    expect(await audit("terminals.terminate")).toContainEqual(expect.objectContaining({ username: "admin", outcome: "allowed", target: `nodeId=${nodeId} sessionId=${sessionId}` }));
    expect((await admin.mutate("terminals.terminate", { nodeId, sessionId })).status).toBe(404);
  });
});
