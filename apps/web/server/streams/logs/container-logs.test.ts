/**
 * Container logs through the real control plane, its local agent and the real engine, read by a
 * headless browser (socket.io-client + Channels, signed in): history with tail, since, streams and
 * search; refusals of bad input, of missing containers and of callers without the permission; a
 * follow shared by two viewers; a browser reconnect resumed by cursor; a grant withdrawn mid-stream.
 */
import { hashPassword } from "@wheelhouse/auth";
import { openDatabase, type Database } from "@wheelhouse/db";
import { createTestSqliteDatabase } from "@wheelhouse/db/testing";
import type { LogSubscriptionInput, StreamLogLine } from "@wheelhouse/protocol";
import { createEngineSandbox } from "@wheelhouse/runtime/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REVALIDATE_INTERVAL_MS } from "../../sockets/revalidate-browsers.ts";
import { openLogViewer, stateIs, type LogStreamView, type LogViewer } from "../../testing/log-viewer.ts";
import { ApiClient, signInAdmin, startTestPlane } from "../../testing/start-test-plane.ts";

const database = createTestSqliteDatabase();
const docker = createEngineSandbox();
const viewers: LogViewer[] = [];
let plane: Awaited<ReturnType<typeof startTestPlane>>;
let db: Database;
let admin: ApiClient;
let nodeId: string;
let written: string;

// 20 lines on each stream, then, a second later, 3 more on stdout.
const SCRIPT = "for i in $(seq 1 20); do echo out $i; echo err $i >&2; done; sleep 1.2; echo late 1; echo late 2; echo late 3; trap 'exit 0' TERM; sleep 600 & wait";

beforeAll(async () => {
  plane = await startTestPlane({ DATABASE_URL: database.url });
  db = openDatabase(database.url);
  admin = await signInAdmin(plane);
  nodeId = plane.localNodeId ?? "";
  written = await docker.container("logs-server-written", { command: ["sh", "-c", SCRIPT] });
});

afterAll(async () => {
  for (const viewer of viewers) viewer.close();
  await docker.cleanup();
  await db?.$disconnect();
  await plane?.drop();
  await database.drop();
});

async function viewer(cookie = admin.cookie): Promise<LogViewer> {
  const opened = await openLogViewer(plane.url, cookie);
  viewers.push(opened);
  return opened;
}

async function stream(subscription: LogSubscriptionInput, cookie?: string): Promise<LogStreamView> {
  const view = await (await viewer(cookie)).open(subscription);
  if ("ok" in view) throw new Error(`the stream was refused: ${view.code} ${view.message}`);
  return view;
}

/** A whole non-following read: the stream ends by itself once every source sent its history. */
async function history(subscription: Omit<LogSubscriptionInput, "target">): Promise<StreamLogLine[]> {
  const view = await stream({ target: { kind: "container", nodeId, containerId: written }, ...subscription });
  expect(await view.done).toEqual({ by: "peer", outcome: "end" });
  expect(view.messages.some((message) => message.type === "caught-up")).toBe(true);
  return view.lines;
}

const texts = (lines: StreamLogLine[]) => lines.map((line) => line.text);
const range = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix} ${from + i}`);

describe("a container's history", () => {
  it("comes whole, each stream in order, announced as one source", async () => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const view = await stream({ target: { kind: "container", nodeId, containerId: written } });
    await view.done;
    const [source] = view.sources.values();
    expect(source).toMatchObject({ id: written.slice(0, 12), name: docker.name("logs-server-written"), nodeId });
    expect(view.lines.every((line) => line.source === source?.id)).toBe(true);
    expect(texts(view.lines.filter((line) => line.stream === "stdout"))).toEqual([...range("out", 1, 20), ...range("late", 1, 3)]);
    expect(texts(view.lines.filter((line) => line.stream === "stderr"))).toEqual(range("err", 1, 20));
    expect(view.states.get(source?.id ?? "")).toEqual(["history", "ended"]);
    expect(view.cursors[source?.id ?? ""]?.stdout.ts).toBe(view.lines.at(-1)?.ts);
  });

  it("keeps to the tail, the streams, the time range and the search asked for", async () => {
    expect(texts(await history({ tail: 2 }))).toEqual(["late 2", "late 3"]);
    // The tail counts lines of both streams, as Docker does.
    expect(texts(await history({ streams: ["stderr"], tail: 3 }))).toEqual([]);
    expect(texts(await history({ streams: ["stderr"] }))).toEqual(range("err", 1, 20));
    const late = (await history({ search: { pattern: "LATE 1" } }))[0];
    expect(late?.text).toBe("late 1");
    expect(texts(await history({ since: late?.ts }))).toEqual(range("late", 1, 3));
    expect(texts(await history({ until: late?.ts, streams: ["stdout"] }))).toEqual([...range("out", 1, 20), "late 1"]);
    // The two streams' lines interleave in the log as Docker's two copiers write them.
    expect(texts(await history({ search: { pattern: "^(out|err) 1[89]$", regex: true } })).sort()).toEqual(["err 18", "err 19", "out 18", "out 19"]);
    expect(await history({ search: { pattern: "Out 1", caseSensitive: true } })).toEqual([]);
  });
});

describe("a refused stream", () => {
  it("says why, for bad input, an invalid regular expression, and what is not there", async () => {
    const open = async (subscription: unknown) => (await viewer()).channels.open("logs", subscription);
    expect(await open({ target: { kind: "container", nodeId } })).toMatchObject({ ok: false, code: "BAD_REQUEST", message: expect.stringContaining("target.containerId") });
    expect(await open({ target: { kind: "container", nodeId, containerId: written }, search: { pattern: "(unclosed", regex: true } })).toEqual({
      ok: false,
      code: "BAD_REQUEST",
      message: "Not a valid regular expression: /(unclosed/i: Unterminated group",
    });
    expect(await open({ target: { kind: "container", nodeId, containerId: "logs-server-nothing" } })).toEqual({ ok: false, code: "NOT_FOUND", message: "No such container: logs-server-nothing" });
    expect(await open({ target: { kind: "node", nodeId: "no-such-node" } })).toEqual({ ok: false, code: "NOT_FOUND", message: "No such node." });
  });
});

// Writes `line 1` to `line <count>`, one every 20 ms or so, then idles.
const paced = (count: number) => ["sh", "-c", `i=0; while [ $i -lt ${count} ]; do i=$((i+1)); echo line $i; usleep 15000; done; trap 'exit 0' TERM; sleep 600 & wait`];

/** The numbers of `line <n>` texts, checked to run from `first` to `last` with none missing or repeated. */
function expectRun(lines: StreamLogLine[], first: number, last: number): void {
  expect(texts(lines)).toEqual(range("line", first, last));
}

const openFollows = () => plane.links.health(nodeId).filter((channel) => channel.kind === "container-logs" && channel.open);

describe("a followed container", () => {
  it("is followed once however many viewers watch it, each getting every line once", async () => {
    const id = await docker.container("logs-server-shared", { command: paced(300) });
    const target = { kind: "container", nodeId, containerId: id } as const;
    const source = id.slice(0, 12);
    const first = await stream({ target, follow: true });
    await first.until((view) => view.lines.length >= 30, "the first viewer to see 30 lines");
    const second = await stream({ target, follow: true, tail: 5 });
    await second.until((view) => stateIs(view, source, "live"), "the second viewer to go live");
    expect(openFollows()).toHaveLength(1);
    for (const view of [first, second]) await view.until((seen) => seen.lines.at(-1)?.text === "line 300", "the last line");
    expectRun(first.lines, 1, 300);
    const start = Number(second.lines[0]?.text.split(" ")[1]);
    expectRun(second.lines, start, 300);
    expect(second.states.get(source)).toEqual(["history", "live"]);

    first.channel.close();
    second.channel.close();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(openFollows()).toHaveLength(0);
  });

  it("drops and marks what a stalled viewer has no room for, without holding back the viewer that keeps up", async () => {
    // Enough to overflow what a viewer may hold (8 MB: some 66,000 such lines) well past its channel's window.
    const count = 120_000;
    const id = await docker.container("logs-server-burst", { command: ["sh", "-c", `sleep 3; seq 1 ${count}; trap 'exit 0' TERM; sleep 600 & wait`] });
    const target = { kind: "container", nodeId, containerId: id } as const;
    const fast = await stream({ target, follow: true });
    const slow = await (await viewer()).open({ target, follow: true }, { paused: true });
    if ("ok" in slow) throw new Error(slow.message);
    await fast.until((view) => view.lines.at(-1)?.text === String(count), "the viewer that keeps up to get every line", 90_000);
    expect(fast.lines.map((line) => Number(line.text))).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(fast.messages.some((message) => message.type === "dropped")).toBe(false);

    slow.resume();
    const accounted = (view: LogStreamView) => view.messages.reduce((sum, m) => sum + (m.type === "lines" ? m.lines.length : m.type === "dropped" ? m.lines : 0), 0);
    await slow.until((view) => accounted(view) === count, "the stalled viewer to account for every line, received or dropped");
    let next = 1;
    for (const message of slow.messages) {
      if (message.type === "dropped") next += message.lines;
      if (message.type !== "lines") continue;
      for (const line of message.lines) expect(Number(line.text)).toBe(next++);
    }
    expect(next).toBe(count + 1);
    expect(slow.messages.filter((message) => message.type === "dropped").length).toBeGreaterThan(0);
  }, 120_000);

  it("resumes from its cursors after the browser reconnects, with no line lost or repeated", async () => {
    const id = await docker.container("logs-server-resumed", { command: paced(300) });
    const target = { kind: "container", nodeId, containerId: id } as const;
    const before = await viewer();
    const first = await before.open({ target, follow: true });
    if ("ok" in first) throw new Error(first.message);
    await first.until((view) => view.lines.length >= 50, "50 lines before the reconnect");
    const [seen, cursors] = [[...first.lines], { ...first.cursors }];
    before.close();

    const second = await stream({ target, follow: true, resume: cursors });
    await second.until((view) => view.lines.at(-1)?.text === "line 300", "the last line after the reconnect");
    expectRun([...seen, ...second.lines], 1, 300);
  });
});

describe("a viewer's access", () => {
  const PASSWORD = "logs viewer passphrase";

  /** A signed-in user holding `role` on everything, and View Only (with logs.read) on a team's labels only. */
  async function signedIn(username: string, role: { name: string; permissions: string[] }) {
    const user = await db.user.create({ data: { username, passwordHash: await hashPassword(PASSWORD) } });
    const custom = await db.role.create({ data: { name: role.name, permissions: JSON.stringify(role.permissions) } });
    const everything = await db.resourceSet.upsert({ where: { name: "everything" }, create: { name: "everything" }, update: {} });
    const grant = await db.grant.create({ data: { userId: user.id, roleId: custom.id, resourceSetId: everything.id } });
    const client = new ApiClient(plane.url);
    expect((await client.mutate("auth.login", { username, password: PASSWORD })).status).toBe(200);
    return { user, grant, cookie: client.cookie };
  }

  it("refuses a caller without logs.read, or without it on this container", async () => {
    const none = await signedIn("logs-server-none", { name: "Container viewer", permissions: ["container.view"] });
    const target = { kind: "container", nodeId, containerId: written } as const;
    expect(await (await viewer(none.cookie)).channels.open("logs", { target })).toEqual({ ok: false, code: "FORBIDDEN", message: "You need the logs.read permission to open logs streams." });

    const elsewhere = await db.resourceSet.create({ data: { name: "logs-server-team", labels: JSON.stringify({ team: "logs-server-team" }) } });
    const viewOnly = await db.role.findUniqueOrThrow({ where: { name: "View Only" } });
    await db.grant.create({ data: { userId: none.user.id, roleId: viewOnly.id, resourceSetId: elsewhere.id } });
    expect(await (await viewer(none.cookie)).channels.open("logs", { target })).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: `You need the logs.read permission on container ${docker.name("logs-server-written")}.`,
    });
  });

  it("closes the stream within seconds of the grant that allowed it being removed", async () => {
    const reader = await signedIn("logs-server-reader", { name: "Log reader", permissions: ["container.view", "logs.read"] });
    const id = await docker.container("logs-server-withdrawn", { command: paced(2_000) });
    const view = await stream({ target: { kind: "container", nodeId, containerId: id }, follow: true }, reader.cookie);
    await view.until((seen) => seen.lines.length >= 10, "lines while allowed");
    await db.grant.delete({ where: { id: reader.grant.id } });
    const removedAt = Date.now();
    expect(await view.done).toEqual({ by: "peer", outcome: "error", code: "FORBIDDEN", message: "Your access to this stream was withdrawn." });
    expect(Date.now() - removedAt).toBeLessThan(REVALIDATE_INTERVAL_MS * 2 + 1_000);
  });
});
