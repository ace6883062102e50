/**
 * Test fixtures made through the Docker Engine API directly (not through Wheelhouse), so a spec can
 * set the scene and change it behind the UI's back, as another operator would.
 */
import { request } from "node:http";

const SOCKET = (process.env.DOCKER_HOST ?? "unix:///var/run/docker.sock").replace(/^unix:\/\//, "");
export const TEST_IMAGE = process.env.WHEELHOUSE_TEST_IMAGE ?? "local/busybox:1";

function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request({ socketPath: SOCKET, method, path, headers: payload ? { "content-type": "application/json" } : {} }, (res) => {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : null }));
    });
    req.on("error", reject);
    req.end(payload);
  });
}

async function expectOk(method: string, path: string, body?: unknown) {
  const res = await call(method, path, body);
  if (res.status >= 300 && res.status !== 304) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json;
}

export interface ContainerSpec {
  cmd?: string[];
  env?: string[];
  labels?: Record<string, string>;
  /** container port (e.g. "80/tcp") to host port */
  ports?: Record<string, number>;
  volume?: { name: string; target: string };
  network?: string;
}

export async function runContainer(name: string, spec: ContainerSpec = {}): Promise<string> {
  const created = (await expectOk("POST", `/containers/create?name=${encodeURIComponent(name)}`, {
    Image: TEST_IMAGE,
    Cmd: spec.cmd ?? ["sleep", "3600"],
    Env: spec.env,
    Labels: { "wheelhouse.test": "1", ...spec.labels },
    ExposedPorts: Object.fromEntries(Object.keys(spec.ports ?? {}).map((port) => [port, {}])),
    StopTimeout: 1,
    HostConfig: {
      PortBindings: Object.fromEntries(Object.entries(spec.ports ?? {}).map(([port, host]) => [port, [{ HostPort: String(host) }]])),
      Binds: spec.volume ? [`${spec.volume.name}:${spec.volume.target}`] : undefined,
      NetworkMode: spec.network,
    },
  })) as { Id: string };
  await expectOk("POST", `/containers/${created.Id}/start`);
  return created.Id;
}

export const createVolume = (name: string) => expectOk("POST", "/volumes/create", { Name: name, Labels: { "wheelhouse.test": "1" } });
export const removeVolume = (name: string) => call("DELETE", `/volumes/${encodeURIComponent(name)}?force=true`);
export const createNetwork = (name: string) => expectOk("POST", "/networks/create", { Name: name, Labels: { "wheelhouse.test": "1" } });
export const removeNetwork = (name: string) => call("DELETE", `/networks/${encodeURIComponent(name)}`);
export const stopContainer = (id: string) => expectOk("POST", `/containers/${id}/stop?t=1`);
export const removeContainer = (id: string) => call("DELETE", `/containers/${id}?force=true`);

export async function containerState(id: string): Promise<string> {
  const info = (await expectOk("GET", `/containers/${id}/json`)) as { State: { Status: string } };
  return info.State.Status;
}

export const volumeExists = async (name: string) => (await call("GET", `/volumes/${encodeURIComponent(name)}`)).status === 200;
export const containerExists = async (id: string) => (await call("GET", `/containers/${id}/json`)).status === 200;

/** A one-task service of the test image, made behind Wheelhouse's back, as another operator would. */
export async function createService(name: string, labels: Record<string, string>, options: { script?: string; onThisHost?: boolean } = {}): Promise<string> {
  const command = options.script ? ["sh", "-c", options.script] : ["sleep", "3600"];
  // This host's engine is the swarm's only manager: a spec without a second node's agent pins its task here.
  const placement = options.onThisHost ? { Constraints: ["node.role==manager"] } : undefined;
  const spec = { Name: name, Labels: labels, TaskTemplate: { ContainerSpec: { Image: TEST_IMAGE, Command: command }, Placement: placement }, Mode: { Replicated: { Replicas: 1 } } };
  return ((await expectOk("POST", "/services/create", spec)) as { ID: string }).ID;
}

/** The id of the running container of a one-task service, once the swarm has started it. */
export async function serviceContainerId(name: string): Promise<string | undefined> {
  const filters = encodeURIComponent(JSON.stringify({ label: [`com.docker.swarm.service.name=${name}`], status: ["running"] }));
  const containers = (await expectOk("GET", `/containers/json?filters=${filters}`)) as { Id: string }[];
  return containers[0]?.Id;
}

/** A global service (a task on every node) of the test image running a shell script, made behind Wheelhouse's back. */
export async function createGlobalService(name: string, script: string): Promise<string> {
  const spec = { Name: name, Labels: { "wheelhouse.test": "1" }, TaskTemplate: { ContainerSpec: { Image: TEST_IMAGE, Command: ["sh", "-c", script] } }, Mode: { Global: {} } };
  return ((await expectOk("POST", "/services/create", spec)) as { ID: string }).ID;
}

export async function serviceReplicas(name: string): Promise<number | undefined> {
  const service = (await expectOk("GET", `/services/${encodeURIComponent(name)}`)) as { Spec: { Mode: { Replicated?: { Replicas: number } } } };
  return service.Spec.Mode.Replicated?.Replicas;
}

export async function swarmId(): Promise<string> {
  return ((await expectOk("GET", "/swarm")) as { ID: string }).ID;
}

/** Swarm clean-up, for when a spec fails halfway through a change. */
export const removeService = (name: string) => call("DELETE", `/services/${encodeURIComponent(name)}`);

export async function restoreAvailability(hostname: string) {
  const nodes = (await call("GET", "/nodes")).json as { ID: string; Version: { Index: number }; Spec: Record<string, unknown>; Description: { Hostname: string } }[];
  const node = nodes.find((n) => n.Description.Hostname === hostname);
  if (node && node.Spec.Availability !== "active") await call("POST", `/nodes/${node.ID}/update?version=${node.Version.Index}`, { ...node.Spec, Availability: "active" });
}
