/**
 * Two teams share one swarm: each sees only the services labelled for it, their logs and their
 * terminals; an administrator hands out that access from the Grants page; and a View Only user can
 * neither scale a service nor open a terminal, from the UI or by calling the server directly.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { Api } from "../support/api";
import { createService, removeService, serviceContainerId, serviceReplicas, swarmId } from "../support/docker";
import { ADMIN, ensureAdministrator, signIn } from "../support/session";
import { openStreamAs } from "../support/streams";

test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const PAYMENTS_SERVICE = `wh-e2e-pay-${stamp}`;
const SEARCH_SERVICE = `wh-e2e-search-${stamp}`;
const PASSWORD = "team isolation passphrase";
const person = (name: string) => ({ username: `${name}-${stamp}`, password: PASSWORD });
const alice = person("alice");
const bob = person("bob");
const victor = person("victor");
const team = (name: string) => `${name} ${stamp}`;
let swarm = "";
let localNodeId = "";
const chatter = (team: string) => `while true; do echo "${team} says hello"; sleep 1; done`;

test.beforeAll(async () => {
  swarm = await swarmId();
  // On this host, whose agent the control plane runs: their logs and terminals are reachable.
  await createService(PAYMENTS_SERVICE, { team: "payments" }, { script: chatter("payments"), onThisHost: true });
  await createService(SEARCH_SERVICE, { team: "search" }, { script: chatter("search"), onThisHost: true });

  // Users, teams and sets through the API: the Grants page is what this spec drives by hand.
  await ensureAdministrator();
  const admin = await Api.signIn(ADMIN.username, ADMIN.password);
  localNodeId = (await admin.must<{ id: string; local: boolean }[]>(admin.query("nodes.list", null))).find((node) => node.local)?.id ?? "";
  const ids: Record<string, string> = {};
  for (const user of [alice, bob, victor]) ids[user.username] = (await admin.must<{ id: string }>(admin.mutate("users.create", user))).id;
  for (const [name, member] of [["Payments", alice], ["Search", bob]] as const) {
    const created = await admin.must<{ id: string }>(admin.mutate("teams.create", { name: team(name) }));
    await admin.must(admin.mutate("teams.addMembers", { id: created.id, userIds: [ids[member.username]] }));
  }
  for (const label of ["payments", "search"]) {
    await admin.must(admin.mutate("resourceSets.create", { name: `${label} services ${stamp}`, clusterIds: [`swarm:${swarm}`], labels: { team: label }, nodeLabels: {} }));
  }
});

test.afterAll(async () => {
  await removeService(PAYMENTS_SERVICE);
  await removeService(SEARCH_SERVICE);
});

/** Picks the option whose text starts with `text`: options add details ("Payments (1 member)"). */
async function choose(select: Locator, text: string) {
  const option = select.locator("option").filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\(|$)`) });
  await select.selectOption((await option.getAttribute("value")) ?? "");
}

async function grant(page: Page, subject: { kind: "A user" | "A team"; name: string }, set: string, role: string) {
  await page.getByRole("button", { name: "Grant access" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Grant access" });
  await dialog.getByText(subject.kind, { exact: true }).click();
  await choose(dialog.getByLabel(subject.kind === "A user" ? "User" : "Team", { exact: true }), subject.name);
  await choose(dialog.getByLabel("Resource set", { exact: true }), set);
  await choose(dialog.getByLabel("Role", { exact: true }), role);
  await dialog.getByRole("button", { name: "Grant", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("row").filter({ hasText: subject.name }).filter({ hasText: set })).toBeVisible();
}

test("an administrator grants each team its own services, and a viewer View Only", async ({ page }) => {
  await signIn(page);
  await page.goto("/admin/grants");
  await grant(page, { kind: "A team", name: team("Payments") }, `payments services ${stamp}`, "Full Control");
  await grant(page, { kind: "A team", name: team("Search") }, `search services ${stamp}`, "Full Control");
  await grant(page, { kind: "A user", name: victor.username }, `payments services ${stamp}`, "View Only");
});

const serviceRow = (page: Page, name: string) => page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });

for (const [who, own, other] of [
  [alice, PAYMENTS_SERVICE, SEARCH_SERVICE],
  [bob, SEARCH_SERVICE, PAYMENTS_SERVICE],
] as const) {
  test(`${who.username.split("-")[0]} sees only their team's service, and may scale it`, async ({ page }) => {
    await signIn(page, who);
    await page.goto(`/swarms/${swarm}/services`);
    await expect(serviceRow(page, own)).toBeVisible();
    await expect(page.getByText(other)).toHaveCount(0);
    await expect(serviceRow(page, own).getByRole("button", { name: `Scale ${own}` })).toBeEnabled();

    const api = await Api.signIn(who.username, who.password);
    const peek = await api.query("services.inspect", { swarmId: swarm, id: other });
    expect(peek.status).toBe(404);
    expect((await api.mutate("services.scale", { swarmId: swarm, id: other, replicas: 0 })).status).toBe(404);
    expect(await serviceReplicas(other)).toBe(1);
  });

  test(`${who.username.split("-")[0]} reads only their team's logs`, async ({ page }) => {
    const ownTeam = own === PAYMENTS_SERVICE ? "payments" : "search";
    await signIn(page, who);
    await page.goto(`/swarms/${swarm}/services`);
    await page.getByRole("link", { name: own, exact: true }).click();
    await page.getByRole("main").getByRole("link", { name: "Logs", exact: true }).click();
    await expect(page.getByRole("log")).toContainText(`${ownTeam} says hello`, { timeout: 30_000 });

    // Named directly, the other team's service and container are not there at all.
    const api = await Api.signIn(who.username, who.password);
    const otherContainer = (await serviceContainerId(other)) ?? "";
    expect(otherContainer).not.toBe("");
    expect(await openStreamAs(api, "logs", { target: { kind: "service", swarmId: swarm, serviceId: other }, tail: 10 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await openStreamAs(api, "logs", { target: { kind: "container", nodeId: localNodeId, containerId: otherContainer }, tail: 10 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  test(`${who.username.split("-")[0]} opens a terminal only in their team's container`, async ({ page }) => {
    await signIn(page, who);
    await page.goto(`/nodes/${localNodeId}/containers`);
    const row = page.getByRole("row").filter({ hasText: own });
    await expect(row).toBeVisible();
    await expect(page.getByText(other)).toHaveCount(0);
    await row.getByRole("button", { name: new RegExp(`^Terminal in ${own}`) }).click();
    await page.getByRole("dialog", { name: new RegExp(`^Terminal in ${own}`) }).getByRole("button", { name: "Open terminal" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Connect/ })).toHaveText("Connected");
    await page.getByLabel("Terminal", { exact: true }).click();
    await page.keyboard.type('echo "inside""-${HOSTNAME%%.*}"');
    await page.keyboard.press("Enter");
    await expect(page.locator(".xterm-rows")).toContainText("inside-");

    const api = await Api.signIn(who.username, who.password);
    const otherContainer = (await serviceContainerId(other)) ?? "";
    const exec = await openStreamAs(api, "exec", { nodeId: localNodeId, containerId: otherContainer, command: ["sh"], tty: true, cols: 80, rows: 24 });
    expect(exec).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
}

test("a View Only user sees the service but cannot scale it, in the UI or through the API", async ({ page }) => {
  await signIn(page, victor);
  await page.goto(`/swarms/${swarm}/services`);
  const row = serviceRow(page, PAYMENTS_SERVICE);
  await expect(row).toBeVisible();
  await expect(row.getByRole("button", { name: `Scale ${PAYMENTS_SERVICE}` })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Create service" })).toBeDisabled();

  const api = await Api.signIn(victor.username, victor.password);
  const scaled = await api.mutate("services.scale", { swarmId: swarm, id: PAYMENTS_SERVICE, replicas: 3 });
  expect(scaled.status).toBe(403);
  expect(scaled.message).toContain("service.update");
  expect(await serviceReplicas(PAYMENTS_SERVICE)).toBe(1);
});

test("a View Only user reads the service's logs but cannot open a terminal, in the UI or by opening the stream", async ({ page }) => {
  await signIn(page, victor);
  await page.goto(`/nodes/${localNodeId}/containers`);
  const row = page.getByRole("row").filter({ hasText: PAYMENTS_SERVICE });
  await expect(row).toBeVisible();
  await expect(row.getByRole("button", { name: /^Terminal in / })).toHaveCount(0);

  const api = await Api.signIn(victor.username, victor.password);
  const containerId = (await serviceContainerId(PAYMENTS_SERVICE)) ?? "";
  const logs = await openStreamAs(api, "logs", { target: { kind: "container", nodeId: localNodeId, containerId }, tail: 10 });
  expect(logs.ok).toBe(true);
  if (logs.ok) logs.data.close();
  const terminal = await openStreamAs(api, "exec", { nodeId: localNodeId, containerId, command: ["sh"], tty: true, cols: 80, rows: 24 });
  expect(terminal).toMatchObject({ ok: false, code: "FORBIDDEN" });
  expect(terminal.ok || terminal.message).toContain("container.exec");
});
