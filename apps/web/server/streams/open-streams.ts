/**
 * A browser's open streams and what keeps each one allowed: the stream kind's permission, and the
 * guards its handler set on the resources it reaches. Checked again whenever the browser's access
 * is (see revalidate-browsers.ts), so a removed grant closes the stream within seconds.
 */
import type { Authorizer, Permission } from "@wheelhouse/auth";
import type { Channel } from "@wheelhouse/channels";

/** True while the caller may keep the stream; false, or a throw, closes it. */
export type StreamGuard = (access: Authorizer) => boolean | Promise<boolean>;

interface OpenStream {
  channel: Channel;
  permission: Permission;
  guards: readonly StreamGuard[];
}

export const WITHDRAWN = "Your access to this stream was withdrawn.";

export class OpenStreams {
  readonly #streams = new Set<OpenStream>();

  add(channel: Channel, permission: Permission, guards: readonly StreamGuard[]): void {
    const stream = { channel, permission, guards };
    this.#streams.add(stream);
    void channel.closed.then(() => this.#streams.delete(stream));
  }

  get size(): number {
    return this.#streams.size;
  }

  /** Closes each stream the caller may no longer have; returns how many were closed. */
  async recheck(access: Authorizer): Promise<number> {
    let closed = 0;
    for (const stream of [...this.#streams]) {
      if (await stillAllowed(stream, access)) continue;
      stream.channel.close({ code: "FORBIDDEN", message: WITHDRAWN });
      closed += 1;
    }
    return closed;
  }
}

async function stillAllowed({ permission, guards }: OpenStream, access: Authorizer): Promise<boolean> {
  if (!access.holds(permission)) return false;
  try {
    for (const guard of guards) if (!(await guard(access))) return false;
    return true;
  } catch {
    // When access cannot be established (the container is gone, its node unreachable), the stream
    // does not outlive the doubt: the viewer reopens it, and is checked afresh, once it can be.
    return false;
  }
}
