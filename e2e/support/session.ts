/** Signing in (as the administrator by default), creating the administrator first when a spec runs on a fresh install by itself. */
import { expect, type Page } from "@playwright/test";
import { E2E_URL } from "./server";

export const ADMIN = { username: "admin", password: "a sound passphrase" };

export async function ensureAdministrator() {
  const res = await fetch(`${E2E_URL}/api/trpc/auth.setup`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: E2E_URL },
    body: JSON.stringify({ json: { setupCode: process.env.WHEELHOUSE_E2E_SETUP_CODE, ...ADMIN } }),
  });
  // 409 once an administrator exists.
  if (res.status !== 200 && res.status !== 409) throw new Error(`setting up the administrator: ${res.status} ${await res.text()}`);
}

/** Fills in and sends the sign-in form, on an install whose administrator exists. */
export async function submitSignIn(page: Page, as: { username: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("Username").fill(as.username);
  await page.getByLabel("Password").fill(as.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signIn(page: Page, as: { username: string; password: string } = ADMIN) {
  await ensureAdministrator();
  await submitSignIn(page, as);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
}

/** Follows a link in the sidebar. */
export async function openPage(page: Page, label: string) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: label })).toBeVisible();
}
