/**
 * A terminal session's viewer as the source of its channel: each chunk of output waits in a
 * HandOff until the channel pulls it (which it does only while the viewer's credit lasts), and the
 * session reads no further output until then. A slow viewer therefore pauses the exec instead of
 * growing this process: what waits here is the session message, the replay, one chunk of output
 * and the exit.
 */
import { HandOff } from "@wheelhouse/channels";
import type { ExecOutputControl } from "@wheelhouse/protocol";
import type { ExecChunk, ExecViewer } from "@wheelhouse/runtime";

export class ViewerOutlet extends HandOff implements ExecViewer {
  /** @param replaced called when the session's owner attached from elsewhere, taking this viewer's place */
  constructor(private readonly replaced: () => void) {
    super();
  }

  control(message: ExecOutputControl): void {
    void this.push([message]);
  }

  /** Bytes ahead of the live output: the replayed screen of a reattached session. */
  bytes(data: Buffer): void {
    if (data.length > 0) void this.push(data);
  }

  output(chunk: ExecChunk): Promise<void> {
    return this.push(chunk.data);
  }

  closed(event: Parameters<ExecViewer["closed"]>[0]): void {
    if (event.reason === "replaced") return this.replaced();
    this.control({ type: "exit", ...event.exit });
    this.end();
  }
}
