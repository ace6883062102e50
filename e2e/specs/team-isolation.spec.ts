/**
 * Two teams share one swarm: each sees only the services labelled for it, an administrator hands
 * out that access from the Grants page, and a View Only user can neither scale a service from the
 * UI nor by calling the API directly.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { Api } from "../support/api";
import { createService, removeService, serviceReplicas, swarmId } from "../support/docker";
import { ADMIN, ensureAdministrator, signIn } from "../support/session";

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

test.beforeAll(async () => {
  swarm = await swarmId();
  await createService(PAYMENTS_SERVICE, { team: "payments" });
  await createService(SEARCH_SERVICE, { team: "search" });

  // Users, teams and sets through the API: the Grants page is what this spec drives by hand.
  await ensureAdministrator();
  const admin = await Api.signIn(ADMIN.username, ADMIN.password);
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
  await grant(page, { kind: "A team", name: team("Payments") }, `payments services ${stamp}`, "Restricted Control");
  await grant(page, { kind: "A team", name: team("Search") }, `search services ${stamp}`, "Restricted Control");
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
