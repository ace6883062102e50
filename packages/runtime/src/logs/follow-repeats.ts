/**
 * Lines a follow sends twice. Docker 20.10's json-file follower, on rotation, may go back and send
 * again lines it already sent (and may also skip a file's worth: see read-logs.test.ts). One copier
 * stamps each stream in order and a line split by Docker is joined before it gets here, so a line
 * not later than the last one of its stream is a repeat.
 */
import type { LogStream, LogTimestamp } from "@wheelhouse/protocol";

export class FollowRepeatFilter {
  private readonly last = new Map<LogStream, LogTimestamp>();

  admits(stream: LogStream, ts: LogTimestamp): boolean {
    const last = this.last.get(stream);
    if (last !== undefined && ts <= last) return false;
    this.last.set(stream, ts);
    return true;
  }
}
