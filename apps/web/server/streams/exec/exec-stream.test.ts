/**
 * Terminals end to end over the real server: a browser's channel, the control plane, the local
 * agent and the engine, driven by the terminal page's own TerminalConnection. Typing, sizes,
 * UTF-8 cut anywhere, a 1 MB paste, a reattach after the browser's connection drops, and exit.
 */
import { createHash, randomBytes } from "node:crypto";
import { until } from "@wheelhouse/runtime/testing/until";
import { describe, expect, it } from "vitest";
import { openTestTerminal } from "../../testing/browser-terminal.ts";
import { useTerminalScene } from "../../testing/terminal-plane.ts";

const scene = useTerminalScene({ WHEELHOUSE_TERMINAL_GRACE_SECONDS: "5" });

const shell = (command = ["sh"]) => ({ nodeId: scene.plane.nodeId, containerId: scene.containerId, command, tty: true, cols: 80, rows: 24 });

describe("a terminal through the control plane and the agent", () => {
  it("runs what is typed and shows its output, accents and all", async () => {
    const terminal = openTestTerminal(scene.browser, shell());
    await terminal.reaches("connected");
    terminal.connection.write('echo "h""éllo"\r');
    await terminal.shows("\r\nhéllo\r\n");
    terminal.connection.write("exit 3\r");
    expect(await terminal.reaches("exited")).toEqual({ state: "exited", exit: { code: 3 } });
  });

  it("starts at the browser's size and follows its resizes", async () => {
    const terminal = openTestTerminal(scene.browser, shell());
    terminal.connection.write("stty size\r");
    await terminal.shows("24 80");
    terminal.connection.resize({ cols: 132, rows: 43 });
    terminal.connection.write("stty size\r");
    await terminal.shows("43 132");
    terminal.connection.close();
  });

  it("keeps UTF-8 intact when every byte travels in a frame of its own", async () => {
    const terminal = openTestTerminal(scene.browser, shell(["cat"]));
    await terminal.reaches("connected");
    const line = Buffer.from("héllo 🚀 漢字 ✓\r");
    for (const byte of line) terminal.connection.write(Uint8Array.of(byte));
    // The terminal echoes the line, then cat writes it back.
    await until(() => terminal.text().split("héllo 🚀 漢字 ✓\r\n").length === 3, `the line twice; got ${JSON.stringify(terminal.text())}`);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(terminal.bytes())).not.toThrow();
    terminal.connection.close();
  });

  it("delivers a 1 MB paste intact, as the checksum inside the container shows", async () => {
    // Lines of base64 hold no character the terminal's line discipline would act on.
    const lines = Array.from({ length: 16_384 }, () => randomBytes(48).toString("base64").slice(0, 63));
    const paste = Buffer.from(`${lines.join("\n")}\n`);
    expect(paste.length).toBe(1024 * 1024);
    const terminal = openTestTerminal(scene.browser, shell(["sh", "-c", `stty -echo; echo ready; head -c ${paste.length} | md5sum`]));
    await terminal.shows("ready");
    terminal.connection.write(paste);
    await terminal.shows(createHash("md5").update(paste).digest("hex"), 60_000);
    expect(await terminal.reaches("exited")).toMatchObject({ exit: { code: 0 } });
  }, 90_000);

  it("ends a program's input without a tty when asked, as Ctrl-D does in the page", async () => {
    const terminal = openTestTerminal(scene.browser, { ...shell(["sh", "-c", "wc -c"]), tty: false });
    await terminal.reaches("connected");
    terminal.connection.write("héllo\n");
    terminal.connection.endInput();
    expect(await terminal.reaches("exited")).toMatchObject({ exit: { code: 0 } });
    expect(terminal.text().trim()).toBe("7");
  });

  it("reattaches to the same shell after the browser's connection drops, its screen redrawn", async () => {
    const terminal = openTestTerminal(scene.browser, shell());
    const { sessionId } = (await terminal.reaches("connected")) as { sessionId: string };
    terminal.connection.write("wh_mark=kept''42; echo marked\r");
    await terminal.shows("\r\nmarked\r\n");

    scene.browser.socket.io.engine.close();
    await terminal.reaches("reconnecting");
    expect(await terminal.reaches("connected")).toEqual({ state: "connected", sessionId });
    expect(terminal.redraws).toBe(1);
    expect(terminal.text()).toContain("marked");
    terminal.connection.write('echo "[$wh_mark]"\r');
    await terminal.shows("[kept42]");
    terminal.connection.write("exit\r");
    await terminal.reaches("exited");
  });

  it("refuses a container that does not exist, naming it", async () => {
    const reply = await scene.browser.open({ ...shell(), containerId: "wh-no-such-container" });
    expect(reply).toMatchObject({ ok: false, code: "NOT_FOUND", message: expect.stringContaining("wh-no-such-container") });
  });

  it("refuses a malformed request with what is wrong", async () => {
    expect(await scene.browser.open({ ...shell(), command: [] })).toMatchObject({ ok: false, code: "BAD_REQUEST", message: expect.stringContaining("command") });
    expect(await scene.browser.open({ ...shell(), attach: "not-a-session" })).toMatchObject({ ok: false, code: "BAD_REQUEST" });
  });
});
