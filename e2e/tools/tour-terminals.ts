/**
 * The screenshot tour's terminal and events pages: the dialog that opens a terminal, a running
 * shell, the administrators' list of sessions (one attached, one left), and a node's live events.
 */
import { expect, type Browser, type Page } from "@playwright/test";
import { runContainer, removeContainer } from "../support/docker";

export interface TourStep {
  browser: Browser;
  page: Page;
  nav: (label: string) => Promise<void>;
  shoot: (page: Page, name: string) => Promise<void>;
  /** The scene's running web container. */
  container: string;
}

const SHELL_LINES = ["printf 'h\\303\\251llo from %s \\342\\234\\223\\n' \"$(hostname)\"", "ls --color=always /", "ps", "stty size"];

const screenText = (page: Page) => page.locator(".xterm-rows").evaluate((rows) => rows.textContent ?? "");

/** Types each line once the shell has answered the one before: keys typed ahead race the shell's own terminal settings. */
async function typeLines(page: Page, lines: readonly string[]) {
  await page.getByLabel("Terminal", { exact: true }).click();
  await expect.poll(() => screenText(page)).toContain("# ");
  for (const line of lines) {
    const prompts = (await screenText(page)).split("# ").length;
    await page.keyboard.type(line);
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await screenText(page)).split("# ").length).toBeGreaterThan(prompts);
  }
}

export async function tourTerminals({ browser, page, nav, shoot, container }: TourStep) {
  await nav("Containers");
  await page.getByRole("button", { name: `Terminal in ${container}` }).click();
  await page.getByRole("dialog").getByRole("radio", { name: /Other/ }).check();
  await page.getByRole("dialog").getByLabel("Program and arguments").fill("sh -l");
  await page.getByRole("dialog").getByLabel("User").fill("root");
  await shoot(page, "terminal-dialog");
  await page.getByRole("dialog").getByRole("radio", { name: /\/bin\/sh/ }).check();
  await page.getByRole("dialog").getByLabel("User").fill("");
  await page.getByRole("button", { name: "Open terminal" }).click();
  await page.getByRole("status").filter({ hasText: "Connected" }).waitFor();
  await typeLines(page, SHELL_LINES);
  await shoot(page, "terminal");

  // A second tab keeps a terminal attached while this one has left its own.
  const signedIn = await browser.newContext({ storageState: await page.context().storageState(), viewport: { width: 1440, height: 900 } });
  const other = await signedIn.newPage();
  await other.goto(page.url().replace(/command=[^&]*/, `command=${encodeURIComponent(JSON.stringify(["/bin/sh", "-l"]))}`));
  await other.getByRole("status").filter({ hasText: "Connected" }).waitFor();
  await nav("Terminals");
  await page.getByRole("row").filter({ hasText: "Detached" }).waitFor();
  await shoot(page, "admin-terminals");
  await signedIn.close();

  await nav("Events");
  await page.getByText("Waiting for events").waitFor();
  const passing = await runContainer(`${container}-job`, { cmd: ["sh", "-c", "sleep 1"] });
  await page.getByRole("row").filter({ hasText: "die" }).first().waitFor({ timeout: 15_000 });
  await page.getByRole("row").filter({ hasText: "start" }).first().getByRole("button", { name: "Show attributes" }).click();
  await shoot(page, "events");
  await removeContainer(passing);
}
