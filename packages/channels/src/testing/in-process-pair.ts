/** The two ends of an in-process link, connected, shaped like a socket pair for the same tests. */
import { InProcessLink, type InProcessEnd } from "../in-process-link.ts";

export interface InProcessPair {
  server: InProcessEnd;
  client: InProcessEnd;
  drop(): void;
  close(): Promise<void>;
}

export function connectInProcessPair(): Promise<InProcessPair> {
  const link = new InProcessLink();
  link.connect();
  return Promise.resolve({
    server: link.planeEnd,
    client: link.agentEnd,
    drop: () => link.disconnect(),
    close: () => Promise.resolve(link.disconnect()),
  });
}
