/** Docker endpoints as people write them (a socket path, unix://, tcp://) and the dockerode options for each. */
import type Docker from "dockerode";

export type DockerEndpoint = { kind: "unix"; socketPath: string } | { kind: "tcp"; host: string; port: number };

export const DEFAULT_ENDPOINT = "unix:///var/run/docker.sock";

/** The endpoint, or undefined when it is not a form the runtime can dial. */
export function parseEndpoint(endpoint: string): DockerEndpoint | undefined {
  if (endpoint.startsWith("/")) return { kind: "unix", socketPath: endpoint };
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return undefined;
  }
  if (url.protocol === "unix:" && url.pathname.startsWith("/")) return { kind: "unix", socketPath: url.pathname };
  if (url.protocol === "tcp:" && url.hostname !== "") return { kind: "tcp", host: url.hostname, port: Number(url.port || 2375) };
  return undefined;
}

export function formatEndpoint(endpoint: DockerEndpoint): string {
  return endpoint.kind === "unix" ? `unix://${endpoint.socketPath}` : `tcp://${endpoint.host}:${endpoint.port}`;
}

// docker-modem fills its defaults from DOCKER_HOST and friends; every field is set here so that the
// endpoint the runtime was given is the one it dials, whatever the process environment holds.
export function dockerOptions(endpoint: DockerEndpoint): Docker.DockerOptions {
  return endpoint.kind === "unix"
    ? { socketPath: endpoint.socketPath, host: undefined, port: undefined, protocol: "http" }
    : { host: endpoint.host, port: endpoint.port, protocol: "http" };
}
