/**
 * A log stream outlives its agent's link: an agent reached through a link the test cuts the way
 * a network does (no FIN, no RST) goes away, its source says it is reconnecting, and once the
 * link is back the follow resumes from its cursor, every line once and in order.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startAgent, type AgentHandle } from "@wheelhouse/agent";
import type { NodeView } from "@wheelhouse/api";
import { createEngineSandbox, TEST_ENDPOINT } from "@wheelhouse/runtime/testing";
import { until } from "@wheelhouse/runtime/testing/until";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openCuttableLink, type CuttableLink } from "../../testing/cuttable-link.ts";
import { openLogViewer, stateIs, type LogViewer } from "../../testing/log-viewer.ts";
import { signInAdmin, startTestPlane, type ApiClient } from "../../testing/start-test-plane.ts";

const docker = createEngineSandbox();
const stateDir = mkdtempSync(join(tmpdir(), "wh-logs-server-"));
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
let plane: Awaited<ReturnType<typeof startTestPlane>>;
let admin: ApiClient;
let link: CuttableLink;
let agent: AgentHandle;
let viewer: LogViewer;
let nodeId: string;

beforeAll(async () => {
  plane = await startTestPlane({ WHEELHOUSE_LOCAL_AGENT: "false" });
  admin = await signInAdmin(plane);
  link = await openCuttableLink(plane.url);
  const { token } = (await admin.mutate("joinTokens.create", { label: "logs-server", expiresInMinutes: 5, singleUse: true })).data as { token: string };
  agent = startAgent({ serverUrl: link.url, joinToken: token, stateDir, nodeName: "logs-server-far", dockerEndpoint: TEST_ENDPOINT, logger: quiet });
  const node = await until(async () => ((await admin.query("nodes.list")).data as NodeView[]).find((n) => n.name === "logs-server-far" && n.connected), "the agent to join over the link");
  nodeId = node.id;
  viewer = await openLogViewer(plane.url, admin.cookie);
});

afterAll(async () => {
  viewer?.close();
  await agent?.stop();
  await link?.close();
  await docker.cleanup();
  await plane?.drop();
  rmSync(stateDir, { recursive: true, force: true });
});

it("resumes a follow from its cursor once the agent is back, with no line lost or repeated", async () => {
  const count = 2_500;
  const id = await docker.container("logs-server-cut", { command: ["sh", "-c", `i=0; while [ $i -lt ${count} ]; do i=$((i+1)); echo line $i; usleep 3000; done; trap 'exit 0' TERM; sleep 600 & wait`] });
  const source = id.slice(0, 12);
  const view = await viewer.open({ target: { kind: "container", nodeId, containerId: id }, follow: true });
  if ("ok" in view) throw new Error(view.message);
  await view.until((seen) => seen.lines.length >= 100, "lines before the cut");

  link.cut();
  await view.until((seen) => stateIs(seen, source, "reconnecting"), "the source to say it is reconnecting", 20_000);
  await until(() => !agent.connected(), "the agent to notice the cut", 20_000);
  const cutAt = view.lines.length;
  link.restore();
  await view.until((seen) => stateIs(seen, source, "live"), "the source to be live again", 30_000);
  await view.until((seen) => seen.lines.at(-1)?.text === `line ${count}`, "the last line", 60_000);

  expect(cutAt).toBeLessThan(count);
  expect(view.lines.map((line) => line.text)).toEqual(Array.from({ length: count }, (_, i) => `line ${i + 1}`));
  expect(view.states.get(source)).toEqual(["history", "live", "reconnecting", "live"]);
}, 120_000);
