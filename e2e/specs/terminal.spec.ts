/**
 * An operator opens a shell in a container from its row, types a command and sees its output; a
 * reload comes back to the same shell. A node's Events page shows a container starting as it happens.
 */
import { expect, test, type Page } from "@playwright/test";
import { removeContainer, runContainer } from "../support/docker";
import { openPage, signIn } from "../support/session";

const name = `wh-e2e-exec-${Date.now().toString(36)}`;
let containerId = "";

test.beforeAll(async () => {
  containerId = await runContainer(name);
});
test.afterAll(async () => {
  await removeContainer(containerId);
});

// xterm.js draws rows as DOM text, which assertions can read; keystrokes go to the terminal's box.
const screen = (page: Page) => page.locator(".xterm-rows");
const terminalBox = (page: Page) => page.getByLabel("Terminal", { exact: true });
const status = (page: Page) => page.getByRole("status").filter({ hasText: /Connect|Exited|Reconnect/ });

test("a terminal opened from a container's row runs what is typed, and a reload returns to the same shell", async ({ page }) => {
  await signIn(page);
  await openPage(page, "Containers");
  await page.getByRole("row").filter({ hasText: name }).getByRole("button", { name: `Terminal in ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Terminal in ${name}` });
  await expect(dialog.getByRole("radio", { name: /\/bin\/sh/ })).toBeChecked();
  await dialog.getByRole("button", { name: "Open terminal" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Terminal in ${name}` })).toBeVisible();
  await expect(page).toHaveURL(/\/containers\/[0-9a-f]+\/terminal\?/);
  await expect(status(page)).toHaveText("Connected");
  await terminalBox(page).click();
  await page.keyboard.type('wh_mark=kept42; echo "shell""-ok"');
  await page.keyboard.press("Enter");
  await expect(screen(page)).toContainText("shell-ok");

  await page.reload();
  await expect(status(page)).toHaveText("Connected");
  await terminalBox(page).click();
  await page.keyboard.type('echo "[$wh_mark]"');
  await page.keyboard.press("Enter");
  await expect(screen(page)).toContainText("[kept42]");

  await page.keyboard.type("exit 5");
  await page.keyboard.press("Enter");
  await expect(status(page)).toHaveText("Exited with code 5");
  await expect(page.getByRole("button", { name: "Start again" })).toBeVisible();
});

test("a node's Events page shows a container starting as it happens", async ({ page }) => {
  await signIn(page);
  await openPage(page, "Events");
  await expect(page.getByText("Waiting for events")).toBeVisible();
  const started = `wh-e2e-events-${Date.now().toString(36)}`;
  const id = await runContainer(started);
  try {
    const row = page.getByRole("row").filter({ hasText: started }).filter({ hasText: "start" });
    await expect(row.getByText("container", { exact: true })).toBeVisible();
    await row.getByRole("button", { name: "Show attributes" }).click();
    await expect(page.getByRole("definition").filter({ hasText: "local/busybox:1" }).first()).toBeVisible();

    await page.getByRole("searchbox", { name: "Action" }).fill("create");
    await expect(page.getByRole("row").filter({ hasText: started }).filter({ hasText: "create" })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: started }).filter({ hasText: /start/ })).toHaveCount(0);
  } finally {
    await removeContainer(id);
  }
});
