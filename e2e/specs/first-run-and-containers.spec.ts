/**
 * A newcomer's first visit: claim the install with the setup code from the server log, see the
 * local node, then stop and start a container from the UI and watch its state change live.
 */
import { expect, test } from "@playwright/test";
import { containerState, removeContainer, runContainer, stopContainer } from "../support/docker";
import { ADMIN, openPage, signIn } from "../support/session";

const name = `wh-e2e-${Date.now().toString(36)}`;
let containerId = "";

test.beforeAll(async () => {
  containerId = await runContainer(name);
});
test.afterAll(async () => {
  await removeContainer(containerId);
});

test.describe.configure({ mode: "serial" });

test("a fresh install asks for the setup code and refuses a wrong one", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await page.getByLabel("Setup code").fill("not-the-code");
  await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
  await page.getByLabel("Confirm password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That setup code is not the one in the server log." })).toBeVisible();
  await expect(page).toHaveURL(/\/setup$/);
});

test("the administrator is created with the code and sees the local node", async ({ page }) => {
  await page.goto("/setup");
  await page.getByLabel("Setup code").fill(process.env.WHEELHOUSE_E2E_SETUP_CODE ?? "");
  await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
  await page.getByLabel("Confirm password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByText("Docker Engine", { exact: true })).toBeVisible();
  await expect(page.getByText(/\(API 1\.\d+\)/)).toBeVisible();
  await expect(page.getByText("Containers running")).toBeVisible();
});

test("a container stopped and started from the UI changes state live", async ({ page }) => {
  await signIn(page);
  await openPage(page, "Containers");
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row.getByText("Running", { exact: true })).toBeVisible();

  await row.getByRole("button", { name: `Stop ${name}`, exact: true }).click();
  await expect(row.getByText("Exited", { exact: true })).toBeVisible();
  expect(await containerState(containerId)).toBe("exited");

  await row.getByRole("button", { name: `Start ${name}`, exact: true }).click();
  await expect(row.getByText("Running", { exact: true })).toBeVisible();
  expect(await containerState(containerId)).toBe("running");
});

test("a change made outside Wheelhouse appears without a reload", async ({ page }) => {
  await signIn(page);
  await openPage(page, "Containers");
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row.getByText("Running", { exact: true })).toBeVisible();
  await expect(page.getByText("Live", { exact: true })).toBeVisible();
  await stopContainer(containerId);
  await expect(row.getByText("Exited", { exact: true })).toBeVisible();
});

test("the details view shows what inspect knows", async ({ page }) => {
  await signIn(page);
  await openPage(page, "Containers");
  await page.getByRole("button", { name: new RegExp(`^${name}`) }).click();
  const drawer = page.getByRole("dialog", { name: name });
  await expect(drawer.getByText("sleep 3600")).toBeVisible();
  await drawer.getByRole("tab", { name: /Labels/ }).click();
  await expect(drawer.getByText("wheelhouse.test")).toBeVisible();
});
