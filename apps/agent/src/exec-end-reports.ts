/**
 * Tells the control plane of each terminal session's end, for its audit log. An end that cannot be
 * told now (the connection is down, or the control plane did not acknowledge it) is kept, up to a
 * bound, and told again whenever the agent is accepted.
 */
import type { ExecEnded } from "@wheelhouse/protocol";
import type { Logger } from "./logger.ts";

const MAX_KEPT = 1_000;

export class ExecEndReports {
  readonly #kept: ExecEnded[] = [];
  #flushing: Promise<void> | undefined;
  #again = false;

  /** @param send resolves true once the control plane has acknowledged the report */
  constructor(
    private readonly send: (report: ExecEnded) => Promise<boolean>,
    private readonly logger: Logger,
  ) {}

  add(report: ExecEnded): void {
    if (this.#kept.length >= MAX_KEPT) {
      const dropped = this.#kept.shift();
      this.logger.warn(`dropped the end of terminal session ${dropped?.session.id.slice(0, 12)} from the audit backlog: ${MAX_KEPT} ends are waiting for the control plane`);
    }
    this.#kept.push(report);
    void this.flush();
  }

  /**
   * Sends what is kept, in order, until the control plane stops acknowledging. Asked again while
   * sending (the agent was accepted while a report timed out), it goes round once more.
   */
  flush(): Promise<void> {
    if (this.#flushing) {
      this.#again = true;
      return this.#flushing;
    }
    this.#flushing = (async () => {
      do {
        this.#again = false;
        for (let next = this.#kept[0]; next && (await this.send(next)); next = this.#kept[0]) this.#kept.shift();
      } while (this.#again);
    })().finally(() => (this.#flushing = undefined));
    return this.#flushing;
  }
}
