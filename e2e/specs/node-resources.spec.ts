/**
 * A node's stored objects from the UI: removing a volume (and being refused, with nothing lost, while
 * a container uses it), and pruning by label with the confirmation and the report of what went.
 */
import { expect, test } from "@playwright/test";
import { containerExists, createVolume, removeContainer, removeVolume, runContainer, stopContainer, volumeExists } from "../support/docker";
import { openPage, signIn } from "../support/session";

const run = `wh-e2e-res-${Date.now().toString(36)}`;
const made: { containers: string[]; volumes: string[] } = { containers: [], volumes: [] };

test.afterAll(async () => {
  for (const id of made.containers) await removeContainer(id);
  for (const name of made.volumes) await removeVolume(name);
});

test("a volume in use is not removed, and says why; a free one is", async ({ page }) => {
  const busy = `${run}-busy`;
  const free = `${run}-free`;
  made.volumes.push(busy, free);
  await createVolume(busy);
  await createVolume(free);
  made.containers.push(await runContainer(`${run}-user`, { volume: { name: busy, target: "/data" } }));

  await signIn(page);
  await openPage(page, "Volumes");
  await page.getByRole("button", { name: `Remove volume ${busy}`, exact: true }).click();
  await page.getByRole("dialog", { name: "Remove volume?" }).getByRole("button", { name: "Remove" }).click();
  await expect(page.getByText(`Could not remove volume ${busy}`)).toBeVisible();
  await expect(page.getByText(/in use/)).toBeVisible();
  expect(await volumeExists(busy)).toBe(true);

  await page.getByRole("button", { name: `Remove volume ${free}`, exact: true }).click();
  await page.getByRole("dialog", { name: "Remove volume?" }).getByRole("button", { name: "Remove" }).click();
  await expect(page.getByRole("row").filter({ hasText: free })).toHaveCount(0);
  expect(await volumeExists(free)).toBe(false);
  await expect(page.getByRole("row").filter({ hasText: busy })).toHaveCount(1);
});

test("a prune narrowed to a label deletes only the stopped containers carrying it, and reports them", async ({ page }) => {
  const label = `com.example.e2e=${run}`;
  const target = await runContainer(`${run}-target`, { labels: { "com.example.e2e": run } });
  const bystander = await runContainer(`${run}-bystander`);
  made.containers.push(target, bystander);
  await stopContainer(target);
  await stopContainer(bystander);

  await signIn(page);
  await openPage(page, "Disk usage");
  const prune = page.getByRole("button", { name: "Prune", exact: true });
  await expect(prune).toBeDisabled();
  await page.getByLabel("Stopped containers").check();
  await page.getByLabel("Only objects labelled (optional)").fill("not a label!");
  await expect(page.getByText("Write a label as key or key=value")).toBeVisible();
  await expect(prune).toBeDisabled();

  await page.getByLabel("Only objects labelled (optional)").fill(label);
  await prune.click();
  const confirm = page.getByRole("dialog", { name: /Prune/ });
  await expect(confirm.getByText(`Every stopped container, with the files written inside it (only those labelled ${label})`)).toBeVisible();
  await confirm.getByRole("button", { name: "Prune" }).click();

  await expect(page.getByText(/^Reclaimed /)).toBeVisible();
  await expect(page.getByText("1 container deleted")).toBeVisible();
  await expect(page.getByTitle(target)).toBeVisible();
  expect(await containerExists(target)).toBe(false);
  expect(await containerExists(bystander)).toBe(true);
});
