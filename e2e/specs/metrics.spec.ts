/**
 * Metrics in the console: a node's Metrics page draws the host's charts and lists a running
 * container among its top consumers within seconds of it starting, and the container's details
 * show its own charts.
 */
import { expect, test } from "@playwright/test";
import { removeContainer, runContainer } from "../support/docker";
import { openPage, signIn } from "../support/session";

const name = `wh-e2e-metrics-${Date.now().toString(36)}`;
let id = "";

test.beforeAll(async () => {
  // A little work every second, so its CPU and block figures are more than zero.
  id = await runContainer(name, { cmd: ["sh", "-c", "while :; do dd if=/dev/zero of=/dev/null bs=64k count=200 2>/dev/null; sleep 1; done"] });
});

test.afterAll(async () => {
  if (id) await removeContainer(id);
});

test("a node's metrics page shows the host's charts and a running container among its top consumers", async ({ page }) => {
  await signIn(page);
  await openPage(page, "Metrics");
  const host = page.getByRole("region", { name: "Host" });
  for (const chart of ["CPU use", "Memory use", "Network traffic", "Block I/O"]) await expect(host.getByRole("img", { name: chart })).toBeVisible();
  await expect(host.getByRole("button", { name: "15 m" })).toHaveAttribute("aria-pressed", "true");
  await expect(host.getByText("Live")).toBeVisible();
  await expect(page.getByText("No samples yet")).toHaveCount(0, { timeout: 20_000 });
  const row = page.getByRole("table", { name: "Top consumers" }).getByRole("row").filter({ hasText: name });
  await expect(row).toBeVisible({ timeout: 20_000 });
  await expect(row.getByRole("meter", { name: `Memory of ${name}` })).toBeVisible();

  await host.getByRole("button", { name: "24 h" }).click();
  await expect(host.getByRole("button", { name: "24 h" })).toHaveAttribute("aria-pressed", "true");
  await expect(host.getByText("Live")).toHaveCount(0);
});

test("a container's details show its charts", async ({ page }) => {
  await signIn(page);
  await openPage(page, "Containers");
  await page.getByRole("button", { name: new RegExp(`^${name}`) }).click();
  const drawer = page.getByRole("dialog", { name });
  await drawer.getByRole("tab", { name: "Metrics" }).click();
  const metrics = drawer.getByRole("region", { name: "Resource use" });
  await expect(metrics.getByRole("img", { name: "CPU use" })).toBeVisible({ timeout: 20_000 });
  await expect(metrics.getByRole("img", { name: "Memory use" })).toBeVisible();
  await expect(metrics.getByText("No samples yet")).toHaveCount(0);
});
