/**
 * Logs in the browser, against the real control plane and two real nodes: a service's logs merge
 * both nodes' tasks, each line tagged with its node; a search runs on the nodes, highlights its
 * matches and steps between them; JSON lines show as fields to filter by; what is shown downloads
 * as text and NDJSON; a container's logs follow new lines live; a refused stream says why.
 */
import { expect, test, type Page } from "@playwright/test";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startAgentProcess, type AgentProcess } from "../support/agent";
import { Api } from "../support/api";
import { createGlobalService, removeContainer, removeService, runContainer } from "../support/docker";
import { ADMIN, ensureAdministrator, openPage, signIn } from "../support/session";

test.describe.configure({ mode: "serial" });

const SECOND_HOST = "wh-node-2";
const tag = Date.now().toString(36);
const SERVICE = `logs-ui-svc-${tag}`;
const CONTAINER = `logs-ui-live-${tag}`;
const MILLION = `logs-ui-million-${tag}`;
// Plain ticks and JSON ticks from every task, a line of each per second.
const TICKS = 'i=0; while true; do echo "tick $i"; echo "{\\"level\\":\\"warn\\",\\"msg\\":\\"slow tick\\",\\"tick\\":$i}"; i=$((i+1)); sleep 1; done';

let agent: AgentProcess | undefined;
let containerId = "";
let millionId = "";

test.beforeAll(async () => {
  await ensureAdministrator();
  const api = await Api.signIn(ADMIN.username, ADMIN.password);
  const { token } = await api.must<{ token: string }>(api.mutate("joinTokens.create", { label: "logs e2e", expiresInMinutes: 10, singleUse: true }));
  agent = startAgentProcess({ stateDir: mkdtempSync(join(tmpdir(), "wheelhouse-e2e-logs-agent-")), joinToken: token });
  const secondConnected = async () => (await api.must<{ name: string; connected: boolean }[]>(api.query("nodes.list", null))).some((n) => n.name === SECOND_HOST && n.connected);
  // An agent's first start compiles its TypeScript on a busy machine: give it time, and say what it said if it never joins.
  await expect
    .poll(secondConnected, { timeout: 90_000 })
    .toBe(true)
    .catch((error: Error) => {
      throw new Error(`${error.message}\nthe second host's agent said:\n${agent?.log()}`);
    });
  await createGlobalService(SERVICE, TICKS);
  containerId = await runContainer(CONTAINER, { cmd: ["sh", "-c", 'i=0; while true; do echo "live $i"; i=$((i+1)); sleep 0.5; done'] });
  millionId = await runContainer(MILLION, { cmd: ["sh", "-c", "seq 1 1000000; sleep 3600"] });
});

test.afterAll(async () => {
  await removeService(SERVICE);
  if (containerId) await removeContainer(containerId);
  if (millionId) await removeContainer(millionId);
  await agent?.kill();
  // The multi-node journey enrolls this host again from scratch: leave no node of it behind.
  const api = await Api.signIn(ADMIN.username, ADMIN.password);
  const nodes = await api.must<{ id: string; name: string }[]>(api.query("nodes.list", null));
  for (const node of nodes.filter((n) => n.name === SECOND_HOST)) await api.must(api.mutate("nodes.remove", { nodeId: node.id }));
});

const logLines = (page: Page) => page.getByRole("log");
const rows = (page: Page) => logLines(page).locator("[data-log-row]");

async function openServiceLogs(page: Page) {
  await signIn(page);
  await page.getByRole("link", { name: /^Open/ }).first().click();
  await openPage(page, "Services");
  await page.getByRole("link", { name: SERVICE, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: SERVICE })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Logs", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Logs of ${SERVICE}` })).toBeVisible();
}

test("a service's logs merge the lines of its tasks on both nodes, each tagged with its node", async ({ page }) => {
  await openServiceLogs(page);
  await expect(logLines(page)).toContainText(/tick \d+/, { timeout: 60_000 });
  await expect(logLines(page)).toContainText(`· ${SECOND_HOST}`, { timeout: 60_000 });
  await expect(logLines(page)).toContainText("· vm");
  await expect(page.getByRole("list", { name: "Sources" })).toContainText(SECOND_HOST);
});

test("a search runs on the nodes, highlights its matches and steps between them", async ({ page }) => {
  await openServiceLogs(page);
  // The view draws only the rows in sight: wait for a few seconds of ticks, not for one of them.
  await expect(logLines(page)).toContainText(/tick [1-9]\d/, { timeout: 60_000 });
  const search = page.getByLabel("Search the log");
  await search.fill("tick 2");
  // The search applies once typing pauses; only matching lines come, every row holding the pattern, marked.
  await expect(page.getByText(/^– of \d+$/)).toBeVisible();
  await expect(rows(page).first()).toContainText("tick 2");
  for (const text of await rows(page).allTextContents()) expect(text).toContain("tick 2");
  await expect(logLines(page).locator("[data-match]").first()).toBeVisible();

  await search.press("Enter");
  await expect(page.getByText(/^1 of \d+$/)).toBeVisible();
  await expect(logLines(page).locator('[data-match="current"]')).toHaveCount(1);
  await page.getByRole("button", { name: "Next match" }).click();
  await expect(page.getByText(/^2 of \d+$/)).toBeVisible();
  await page.getByRole("button", { name: "Previous match" }).click();
  await expect(page.getByText(/^1 of \d+$/)).toBeVisible();

  // Highlighting among all lines instead: lines without the pattern come back.
  await page.getByRole("button", { name: "Only matching" }).click();
  await expect(rows(page).filter({ hasNotText: "tick 2" }).first()).toBeVisible();
  await expect(logLines(page).locator("[data-match]").first()).toBeVisible();

  await search.fill("(unclosed");
  await page.getByRole("button", { name: "Regular expression" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Not a valid regular expression" })).toBeVisible();
});

test("JSON lines show as fields, and clicking the level filters by it", async ({ page }) => {
  await openServiceLogs(page);
  await expect(logLines(page)).toContainText("slow tick", { timeout: 60_000 });
  await logLines(page).getByTitle("Show only level warn").first().click();
  await expect(page.getByRole("button", { name: "Remove filter level=warn" })).toBeVisible();
  for (const text of await rows(page).allTextContents()) expect(text).toContain("slow tick");
  await page.getByRole("button", { name: "Remove filter level=warn" }).click();
  await expect(rows(page).filter({ hasNotText: "slow tick" }).first()).toBeVisible();
});

test("what is shown downloads as text and as NDJSON", async ({ page }) => {
  await openServiceLogs(page);
  await expect(logLines(page)).toContainText(`· ${SECOND_HOST}`, { timeout: 60_000 });
  const download = async (format: RegExp) => {
    const started = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download" }).click();
    await page.getByRole("menuitem", { name: format }).click();
    const file = await started;
    return readFileSync(await file.path(), "utf8");
  };
  const text = await download(/^Text/);
  expect(text).toMatch(/^\d{4}-\d\d-\d\dT\S+Z \S+ · \S+ \| tick \d+$/m);
  const objects = (await download(/^NDJSON/))
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as { node: string; text: string; stream: string });
  expect(objects.length).toBeGreaterThan(2);
  expect(new Set(objects.map((o) => o.node))).toEqual(new Set(["vm", SECOND_HOST]));
  expect(objects.every((o) => o.stream === "stdout" && typeof o.text === "string")).toBe(true);
});

test("a container's logs, opened from its row, follow new lines as they are written", async ({ page }) => {
  await signIn(page);
  await openPage(page, "Containers");
  await page.getByRole("link", { name: `Logs of ${CONTAINER}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Logs of ${CONTAINER}` })).toBeVisible();
  await expect(logLines(page)).toContainText(/live \d+/, { timeout: 30_000 });
  const newest = async () => Math.max(...(await rows(page).allTextContents()).map((text) => Number(/live (\d+)/.exec(text)?.[1] ?? -1)));
  const before = await newest();
  await expect.poll(newest, { timeout: 15_000 }).toBeGreaterThan(before + 3);
  await expect(page.getByRole("region", { name: `Logs of ${CONTAINER}` }).getByText("Live", { exact: true })).toBeVisible();
});

test("a container that does not exist gets a clear message, not an empty view", async ({ page }) => {
  await signIn(page);
  await openPage(page, "Containers");
  await page.goto(`${page.url().replace(/\/containers$/, "")}/containers/${"0".repeat(64)}/logs`);
  const refusal = page.getByRole("region", { name: /^Logs of/ }).getByRole("alert");
  await expect(refusal).toContainText("Nothing to read here", { timeout: 30_000 });
  await expect(refusal).toContainText(/no such container/i);
});

test("a million lines load and stay scrollable from the first to the last", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page);
  await openPage(page, "Containers");
  await page.getByRole("link", { name: `Logs of ${MILLION}` }).click();
  await page.getByRole("button", { name: "Time" }).click();
  await page.getByLabel("Tail").selectOption("all");
  await expect(page.getByText("1,000,000 lines", { exact: true })).toBeVisible({ timeout: 240_000 });
  const numbers = async () => (await rows(page).allTextContents()).map(Number);
  const scrollTo = (fraction: number) => logLines(page).evaluate((element, at) => (element.scrollTop = (element.scrollHeight - element.clientHeight) * at), fraction);
  await scrollTo(0);
  await expect.poll(async () => (await numbers())[0]).toBe(1);
  await scrollTo(0.5);
  await expect.poll(async () => Math.abs(((await numbers())[0] ?? 0) - 500_000)).toBeLessThan(100);
  await page.mouse.move(700, 600);
  await page.mouse.wheel(0, 2000);
  await expect.poll(async () => ((await numbers())[0] ?? 0) - 500_000).toBeGreaterThan(50);
  await scrollTo(1);
  await expect.poll(async () => (await numbers()).at(-1)).toBe(1_000_000);
});

