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
    expect(texts(await history({ streams: ["stderr"], tail: 4 }))).toEqual([]);
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
