/**
 * A second host joins from the UI with a join token, survives its agent being killed, shows up in
 * the swarm and runs a rack-spread service's tasks (scaled, updated, rolled back, moved off by a
 * drain), and is cut off at once when its credential is revoked.
 */
import { expect, test, type Page } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startAgentProcess, type AgentProcess } from "../support/agent";
import { removeService, restoreAvailability } from "../support/docker";
import { openPage, signIn } from "../support/session";

test.describe.configure({ mode: "serial" });

const SECOND_HOST = "wh-node-2";
const SERVICE = `wh-e2e-svc-${Date.now().toString(36)}`;
const stateDir = mkdtempSync(join(tmpdir(), "wheelhouse-e2e-agent-"));
const agents: AgentProcess[] = [];
let joinToken = "";

test.afterAll(async () => {
  for (const agent of agents) await agent.kill();
  await removeService(SERVICE);
  await restoreAvailability(SECOND_HOST);
});

async function openSwarmPage(page: Page, label: string) {
  await signIn(page);
  await page.getByRole("link", { name: /^Open/ }).first().click();
  await openPage(page, label);
}

/** "vm: 2 running" and the like, from the service page's summary of where its tasks run. */
const placement = (page: Page) => page.getByRole("list", { name: "Tasks per node" });

const nodeRow = (page: Page, name: string) => page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });

test("a host joins with a single-use token made in the UI, and the token cannot serve twice", async ({ page }) => {
  await signIn(page);
  await openPage(page, "Nodes");
  await page.getByRole("button", { name: "Add node" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a node" });
  await dialog.getByLabel("Label").fill("e2e second host");
  await dialog.getByRole("button", { name: "Create join token" }).click();
  const command = await page.getByRole("dialog", { name: "Start the agent on the new host" }).locator("pre").textContent();
  joinToken = /--join-token=(\S+)/.exec(command ?? "")?.[1] ?? "";
  expect(joinToken).not.toBe("");
  await page.getByRole("button", { name: "Done" }).click();

  const agent = startAgentProcess({ stateDir, joinToken });
  agents.push(agent);
  // An agent's first start compiles its TypeScript on a busy machine: give it time, and say what it said if it never joins.
  await expect(nodeRow(page, SECOND_HOST).getByText("Connected", { exact: true }))
    .toBeVisible({ timeout: 90_000 })
    .catch((error: Error) => {
      throw new Error(`${error.message}\nthe agent said:\n${agent.log()}`);
    });

  const intruder = startAgentProcess({ stateDir: mkdtempSync(join(tmpdir(), "wheelhouse-e2e-agent-")), joinToken });
  agents.push(intruder);
  await expect.poll(() => intruder.log(), { timeout: 30_000 }).toMatch(/already (been )?used/i);
  await expect(page.getByRole("row").filter({ hasText: "e2e second host" }).getByText("Used", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`^${SECOND_HOST}-`) })).toHaveCount(0);
});

test("a killed agent shows as disconnected within seconds and comes back by itself with its stored credential", async ({ page }) => {
  await signIn(page);
  await openPage(page, "Nodes");
  const row = nodeRow(page, SECOND_HOST);
  await expect(row.getByText("Connected", { exact: true })).toBeVisible();
  await agents[0]?.kill();
  await expect(row.getByText("Disconnected", { exact: true })).toBeVisible({ timeout: 20_000 });

  agents.push(startAgentProcess({ stateDir }));
  await expect(row.getByText("Connected", { exact: true })).toBeVisible({ timeout: 30_000 });
});

test("the second host appears in the swarm with its rack label", async ({ page }) => {
  await signIn(page);
  await page.getByRole("link", { name: /^Open/ }).first().click();
  await openPage(page, "Swarm nodes");
  const row = page.getByRole("row").filter({ hasText: SECOND_HOST });
  await expect(row.getByText("rack=r2")).toBeVisible();
  await expect(row.getByRole("link", { name: SECOND_HOST })).toBeVisible();
});

test("a service made in the form is refused for bad input, then spreads over both racks", async ({ page }) => {
  await openSwarmPage(page, "Services");
  await page.getByRole("link", { name: "Create service" }).first().click();
  const form = page.getByRole("form", { name: "Create service" });
  await form.getByLabel("Name").fill(SERVICE);
  await form.getByLabel("Image").fill("Not An Image!");
  await form.getByLabel("Command (optional)").fill("sleep\n3600");
  await form.getByLabel("Replicas").fill("4");
  await form.getByRole("button", { name: "Add constraint" }).click();
  await form.getByLabel("Placement constraint 1").fill("node.labels.rack==r9");
  await form.getByRole("button", { name: "Add preference" }).click();
  await form.getByLabel("Spread preference 1").fill("node.labels.rack");
  await form.getByRole("button", { name: "Create service" }).click();
  await expect(form.getByText(/image/i).first()).toBeVisible();
  await expect(page).toHaveURL(/\/services\/new$/);

  await form.getByLabel("Image").fill("local/busybox:1");
  await form.getByRole("button", { name: "Create service" }).click();
  await expect(page.getByText("No node has the label rack=r9; tasks would never be scheduled")).toBeVisible();
  await expect(form.getByLabel("Name")).toHaveValue(SERVICE);

  await form.getByRole("button", { name: "Remove constraint 1" }).click();
  await form.getByRole("button", { name: "Create service" }).click();
  await expect(page.getByRole("heading", { level: 1, name: SERVICE })).toBeVisible({ timeout: 30_000 });
  await expect(placement(page)).toContainText("vm: 2 running", { timeout: 60_000 });
  await expect(placement(page)).toContainText(`${SECOND_HOST}: 2 running`);
});

test("the service scales down from the UI", async ({ page }) => {
  await openSwarmPage(page, "Services");
  await page.getByRole("link", { name: SERVICE, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: SERVICE })).toBeVisible();
  await page.getByRole("button", { name: "Scale", exact: true }).click();
  await page.getByRole("dialog").getByLabel("Replicas").fill("2");
  await page.getByRole("dialog").getByRole("button", { name: /^Scale/ }).click();
  await expect(placement(page)).toContainText("vm: 1 running", { timeout: 60_000 });
  await expect(placement(page)).toContainText(`${SECOND_HOST}: 1 running`);
});

test("an update rolls out from the edit form, and rolls back", async ({ page }) => {
  await openSwarmPage(page, "Services");
  await page.getByRole("link", { name: SERVICE, exact: true }).click();
  const heading = page.getByRole("heading", { level: 1, name: SERVICE });
  await expect(heading).toBeVisible();
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  const form = page.getByRole("form", { name: "Edit service" });
  await form.getByRole("button", { name: "Add Variable" }).click();
  await form.getByLabel("Variable 1 name").fill("RELEASE");
  await form.getByLabel("Variable 1 value").fill("two");
  await form.getByRole("button", { name: "Update service" }).click();
  await expect(heading).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("RELEASE=two")).toBeVisible();
  await expect(page.getByText("Updated", { exact: true })).toBeVisible({ timeout: 60_000 });

  await page.getByRole("button", { name: "Roll back", exact: true }).click();
  await page.getByRole("dialog", { name: `Roll back ${SERVICE}?` }).getByRole("button", { name: "Roll back" }).click();
  await expect(page.getByText("RELEASE=two")).toHaveCount(0, { timeout: 60_000 });
  await expect(placement(page)).toContainText(/running/);
});

test("draining the second host from the UI moves its tasks to the first", async ({ page }) => {
  await openSwarmPage(page, "Swarm nodes");
  await page.getByRole("button", { name: `Set availability of ${SECOND_HOST}` }).click();
  const dialog = page.getByRole("dialog", { name: `Availability of ${SECOND_HOST}` });
  await dialog.getByText("Drain", { exact: true }).click();
  await dialog.getByRole("button", { name: `Drain ${SECOND_HOST}` }).click();
  await expect(page.getByRole("row").filter({ hasText: SECOND_HOST }).getByText("Drain", { exact: true })).toBeVisible();

  await openPage(page, "Services");
  await page.getByRole("link", { name: SERVICE, exact: true }).click();
  await expect(placement(page)).toContainText("vm: 2 running", { timeout: 60_000 });
  await expect(placement(page)).not.toContainText(SECOND_HOST);
});

test("revoking a node's credential cuts its agent off at once, for good", async ({ page }) => {
  await signIn(page);
  await openPage(page, "Nodes");
  const row = nodeRow(page, SECOND_HOST);
  await row.getByRole("button", { name: `Revoke the credential of ${SECOND_HOST}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke" }).click();
  await expect(row.getByText("Credential revoked")).toBeVisible();
  await expect(row.getByText("Connected", { exact: true })).toHaveCount(0);
  await expect.poll(() => agents.at(-1)?.log() ?? "", { timeout: 15_000 }).toMatch(/revoked/i);
});
