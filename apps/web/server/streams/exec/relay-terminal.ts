/**
 * Relays a terminal between a browser's channel and its agent's: each side's frames are sent on
 * the other as they are (never decoded, so split UTF-8 and control sequences pass intact), paced
 * by the receiving side's credit, so a slow browser pauses the exec's output all the way back to
 * the engine. Either side closing closes the other; the session message is reported on its way.
 */
import type { Channel, Payload } from "@wheelhouse/channels";
import { ExecOutputControl } from "@wheelhouse/protocol";

export function relayTerminal(browser: Channel, agent: Channel, onSession: (session: { id: string; resumed: boolean }) => void): void {
  agent.send(browser.frames);
  browser.send(watchingSession(agent.frames, onSession));
  void browser.closed.then(() => agent.close());
  void agent.closed.then((how) => {
    if (how.outcome === "error") browser.close({ code: how.code, message: how.message });
    else if (how.by === "connection") browser.close({ code: "AGENT_UNAVAILABLE", message: "The connection to the node's agent was lost. Reconnect to reattach to the session." });
    else if (how.outcome === "cancel") browser.close();
  });
}

async function* watchingSession(frames: AsyncIterable<Payload>, onSession: (session: { id: string; resumed: boolean }) => void): AsyncGenerator<Payload> {
  for await (const frame of frames) {
    if (!(frame instanceof Uint8Array)) {
      for (const value of frame) {
        const control = ExecOutputControl.safeParse(value);
        if (control.success && control.data.type === "session") onSession(control.data);
      }
    }
    yield frame;
  }
}
