/**
 * Terminals as a browser opens them, for tests and benchmarks: a signed-in browser socket with its
 * channels, and the terminal page's own TerminalConnection over it, recording what it shows.
 */
import type { Channel } from "@wheelhouse/channels";
import { Channels } from "@wheelhouse/channels";
import { hashPassword } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import { BROWSER_NAMESPACE, BROWSER_STREAM_WINDOW, BrowserStream, type BrowserExecParams, type Reply } from "@wheelhouse/protocol";
import { until } from "@wheelhouse/runtime/testing/until";
import { io as connect, type Socket } from "socket.io-client";
import { TerminalConnection, type TerminalState } from "../../src/lib/terminal/terminal-connection.ts";
import { ApiClient } from "./start-test-plane.ts";

export interface TestBrowser {
  socket: Socket;
  open(params: BrowserExecParams): Promise<Reply<Channel>>;
  close(): void;
}

/** A browser socket signed in as the client; it reconnects by itself quickly, as a page's does. */
export async function connectBrowser(url: string, client: ApiClient): Promise<TestBrowser> {
  const socket = connect(`${url}${BROWSER_NAMESPACE}`, { transports: ["websocket"], forceNew: true, reconnectionDelay: 100, extraHeaders: { cookie: client.cookie } });
  const channels = new Channels(socket, { window: BROWSER_STREAM_WINDOW });
  await until(() => socket.connected, "the browser socket to connect");
  return {
    socket,
    async open(params) {
      if (!socket.connected) await new Promise((resolve) => socket.once("connect", () => resolve(undefined)));
      return channels.open(BrowserStream.exec, params);
    },
    close: () => {
      channels.dispose();
      socket.close();
    },
  };
}

export interface TestTerminal {
  connection: TerminalConnection;
  states: TerminalState[];
  redraws: number;
  bytes(): Buffer;
  /** Everything shown since the last clear, decoded as UTF-8 at the end (never chunk by chunk). */
  text(): string;
  clear(): void;
  /** Waits until the output shows the text, failing with what it shows instead. */
  shows(text: string, ms?: number): Promise<void>;
  reaches(state: TerminalState["state"], ms?: number): Promise<TerminalState>;
}

export function openTestTerminal(browser: TestBrowser, start: BrowserExecParams): TestTerminal {
  let chunks: Buffer[] = [];
  const terminal: Omit<TestTerminal, "connection"> = {
    states: [],
    redraws: 0,
    bytes: () => Buffer.concat(chunks),
    text: () => Buffer.concat(chunks).toString("utf8"),
    clear: () => void (chunks = []),
    shows: (text, ms = 20_000) => until(() => terminal.text().includes(text), `the terminal to show ${JSON.stringify(text)}; it shows ${JSON.stringify(terminal.text().slice(-300))}`, ms).then(() => undefined),
    reaches: (state, ms = 20_000) => until(() => terminal.states.at(-1)?.state === state && terminal.states.at(-1), `the terminal to be ${state}; it went ${JSON.stringify(terminal.states)}`, ms),
  };
  const connection = new TerminalConnection((params) => browser.open(params), start, {
    output: (bytes) => void chunks.push(Buffer.from(bytes)),
    redraw: () => {
      terminal.redraws += 1;
      chunks = [];
    },
    state: (state) => void terminal.states.push(state),
  });
  return Object.assign(terminal, { connection });
}

/** A user whose one grant is the named role on every resource, signed in. */
export async function userWithRole(db: Database, url: string, username: string, roleName: string): Promise<{ client: ApiClient; id: string; grantId: string }> {
  const password = `${username} passphrase 1`;
  const user = await db.user.create({ data: { username, passwordHash: await hashPassword(password) } });
  const role = await db.role.findUniqueOrThrow({ where: { name: roleName } });
  const everything = await db.resourceSet.upsert({ where: { name: "everything" }, create: { name: "everything" }, update: {} });
  const grant = await db.grant.create({ data: { userId: user.id, roleId: role.id, resourceSetId: everything.id } });
  const client = new ApiClient(url);
  const login = await client.mutate("auth.login", { username, password });
  if (login.status !== 200) throw new Error(`signing in as ${username}: ${login.error?.message}`);
  return { client, id: user.id, grantId: grant.id };
}
