/**
 * A second host joins from the UI with a join token, survives its agent being killed, shows up in
 * the swarm, and is cut off at once when its credential is revoked.
 */
import { expect, test, type Page } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startAgentProcess, type AgentProcess } from "../support/agent";
import { openPage, signIn } from "../support/session";

test.describe.configure({ mode: "serial" });

const SECOND_HOST = "wh-node-2";
const stateDir = mkdtempSync(join(tmpdir(), "wheelhouse-e2e-agent-"));
const agents: AgentProcess[] = [];
let joinToken = "";

test.afterAll(async () => {
  for (const agent of agents) await agent.kill();
});

const nodeRow = (page: Page, name: string) => page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });

test("a host joins with a single-use token made in the UI, and the token cannot serve twice", async ({ page }) => {
  await signIn(page);
  await openPage(page, "Nodes");
  await page.getByRole("button", { name: "Add node" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a node" });
  await dialog.getByLabel("Label").fill("e2e second host");
  await dialog.getByRole("button", { name: "Create join token" }).click();
  const command = await page.getByRole("dialog", { name: "Start the agent on the new host" }).locator("pre, code").first().textContent();
  joinToken = /--join-token (\S+)/.exec(command ?? "")?.[1] ?? "";
  expect(joinToken).not.toBe("");
  await page.getByRole("button", { name: "Done" }).click();

  agents.push(startAgentProcess({ stateDir, joinToken }));
  await expect(nodeRow(page, SECOND_HOST).getByText("Connected", { exact: true })).toBeVisible({ timeout: 30_000 });

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
