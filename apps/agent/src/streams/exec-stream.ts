/**
 * The agent's end of an exec channel: opens a terminal session in a container for its owner, or
 * reattaches the owner to one of theirs, in the agent's one session registry. The session's output
 * goes out paced by the credit the control plane grants (see ViewerOutlet); its input comes in as
 * bytes of any size, with resizes and end of input as JSON values. The channel closing, however it
 * closes, detaches the viewer: the session lives on for its grace period, then ends.
 */
import type { Channel, Channels, Payload } from "@wheelhouse/channels";
import { AgentExecParams, AgentStream, ExecInputControl, fail, type ErrorReply } from "@wheelhouse/protocol";
import { RuntimeError, type ExecAttachment, type ExecSessions, type Runtime } from "@wheelhouse/runtime";
import { describeIssues } from "../describe-issues.ts";
import { ViewerOutlet } from "./viewer-outlet.ts";

type Request = AgentExecParams;
type AttachRequest = Extract<Request, { attach: string }>;
type OpenRequest = Exclude<Request, AttachRequest>;

export function serveExec(channels: Channels, runtime: Runtime, sessions: ExecSessions): void {
  channels.handle(AgentStream.exec, async (channel, params) => {
    const request = AgentExecParams.safeParse(params);
    if (!request.success) return fail("BAD_REQUEST", `Invalid terminal request: ${describeIssues(request.error.issues)}`);
    const outlet = new ViewerOutlet(() => channel.close({ code: "CONFLICT", message: "This terminal was opened again elsewhere (another tab or window)." }));
    let attachment: ExecAttachment;
    try {
      attachment = "attach" in request.data ? reattach(sessions, request.data, outlet) : await open(runtime, sessions, request.data, outlet);
    } catch (error) {
      return refusal(error);
    }
    channel.send(outlet);
    // Settled already if the viewer left while the session was opening: it then starts its grace at once.
    void channel.closed.then(() => attachment.detach());
    void forwardInput(channel, attachment);
  });
}

async function open(runtime: Runtime, sessions: ExecSessions, { owner, ...request }: OpenRequest, outlet: ViewerOutlet): Promise<ExecAttachment> {
  const session = await runtime.exec(request);
  outlet.control({ type: "session", id: session.id, resumed: false });
  return sessions.add(session, { owner, command: request.command, user: request.user }, outlet);
}

function reattach(sessions: ExecSessions, request: AttachRequest, outlet: ViewerOutlet): ExecAttachment {
  if (sessions.get(request.attach)?.containerId !== request.containerId) {
    throw new RuntimeError("NOT_FOUND", "No such terminal session in this container: it has ended, or its grace period ran out");
  }
  outlet.control({ type: "session", id: request.attach, resumed: true });
  const attachment = sessions.attach(request.attach, request.owner, outlet);
  outlet.bytes(attachment.replay);
  // The viewer may come back at another size than it left with.
  attachment.resize({ cols: request.cols, rows: request.rows }).catch(() => undefined);
  return attachment;
}

function refusal(error: unknown): ErrorReply {
  if (error instanceof RuntimeError) return fail(error.code, error.message);
  throw error;
}

/**
 * Input is written as it comes, each write awaited, so a paste larger than the channel's window
 * arrives at the engine's pace and in order. Input after the session ended, or after it moved to
 * another viewer, goes nowhere; the channel is being closed by then.
 */
async function forwardInput(channel: Channel, attachment: ExecAttachment): Promise<void> {
  for await (const frame of channel.frames) {
    const problem = await deliver(attachment, frame).catch(() => undefined);
    if (problem) return channel.close({ code: "BAD_REQUEST", message: problem });
  }
}

/** Returns a problem with the viewer's message, if there is one. */
async function deliver(attachment: ExecAttachment, frame: Payload): Promise<string | undefined> {
  if (frame instanceof Uint8Array) {
    await attachment.write(Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength));
    return undefined;
  }
  for (const value of frame) {
    const control = ExecInputControl.safeParse(value);
    if (!control.success) return `Invalid terminal control message: ${describeIssues(control.error.issues)}`;
    if (control.data.type === "eof") attachment.endInput();
    else await attachment.resize({ cols: control.data.cols, rows: control.data.rows });
  }
  return undefined;
}
