/**
 * docker stack deploy sorts environment, networks, secrets, configs and ports, so that
 * reordering them in the file doesn't count as a change and redeploy the service. Go compares
 * strings byte by byte, not by locale; so does this.
 */
export const byText =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number => {
    const [x, y] = [key(a), key(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  };

/** Ports without a published port (swarm picks one) count as 0, as in docker. */
export const byPublishedPort = (a: { PublishedPort?: number }, b: { PublishedPort?: number }): number =>
  (a.PublishedPort ?? 0) - (b.PublishedPort ?? 0);
