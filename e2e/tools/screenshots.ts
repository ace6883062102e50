/**
 * Tours every console page in Chromium against a real control plane and a small scene on the local
 * engine, and saves a screenshot of each: for looking at the UI, and for the README's picture.
 *   npm run screenshots --workspace=@wheelhouse/e2e -- [output dir, default ./screenshots]
 */
import { chromium, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import config from "../playwright.config";
import { Api } from "../support/api";
import { createNetwork, createService, createVolume, removeContainer, removeNetwork, removeService, removeVolume, runContainer, stopContainer, swarmId } from "../support/docker";
import { E2E_URL, startServer } from "../support/server";
import { submitSignIn } from "../support/session";
import { tourTerminals } from "./tour-terminals";

const outDir = resolve(process.argv[2] ?? "screenshots");
const PASSWORD = "a sound passphrase";
const scene = `wh-demo-${Date.now().toString(36)}`;

async function setScene(): Promise<() => Promise<void>> {
  await createVolume(`${scene}-pgdata`);
  await createNetwork(`${scene}-backend`);
  const labels = { "com.example.scene": scene };
  const ids = [
    await runContainer(`${scene}-web`, { cmd: ["httpd", "-f", "-p", "80"], ports: { "80/tcp": 18080 }, env: ["SITE=demo"], labels: { ...labels, "com.example.tier": "frontend" }, network: `${scene}-backend` }),
    await runContainer(`${scene}-db`, { volume: { name: `${scene}-pgdata`, target: "/data" }, network: `${scene}-backend`, labels }),
    await runContainer(`${scene}-worker`, { labels }),
    await runContainer(`${scene}-batch`, { cmd: ["sh", "-c", "echo done"], labels }),
    await runContainer(`${scene}-orders`, { cmd: ["sh", "-c", ORDERS_SCRIPT], labels }),
  ];
  await stopContainer(ids[2]!);
  return async () => {
    await removeService(`${scene}-api`);
    await removeService(`${scene}-checkout`);
    for (const id of ids) await removeContainer(id);
    await removeVolume(`${scene}-pgdata`);
    await removeNetwork(`${scene}-backend`);
  };
}

async function shoot(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  // Let hover and open transitions settle, so the picture shows the page at rest.
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: resolve(outDir, `${name}.png`) });
  console.log(`saved ${name}.png`);
}

/** A service's kind of output: coloured request lines, JSON events, now and then a stack trace on stderr. */
const ORDERS_SCRIPT = [
  "i=0; while true; do",
  "printf '\\033[32mINFO\\033[0m GET /api/orders/%d \\033[36m200\\033[0m %dms\\n' $i $((i % 37 + 3));",
  'echo "{\\"level\\":\\"info\\",\\"msg\\":\\"order placed\\",\\"order\\":$i,\\"items\\":$((i % 4 + 1))}";',
  'if [ $((i % 5)) = 0 ]; then echo "{\\"level\\":\\"warn\\",\\"msg\\":\\"slow payment provider\\",\\"ms\\":$((800 + i % 300))}"; fi;',
  "if [ $((i % 7)) = 3 ]; then printf 'Error: card declined\\n    at charge (/app/payments.js:42:11)\\n    at placeOrder (/app/orders.js:17:5)\\n' >&2; fi;",
  "i=$((i + 1)); sleep 0.5; done",
].join(" ");

const MEMBER = { username: "ana", password: "payments passphrase" };
const NEWCOMER = { username: "noor", password: "newcomer passphrase" };

/** Administration with something in it: a team with a member, a payments set, a grant, and a service of theirs. */
async function tourAccess(page: Page, nav: (label: string) => Promise<void>) {
  const admin = await Api.signIn("admin", PASSWORD);
  const swarm = await swarmId();
  const member = await admin.must<{ id: string }>(admin.mutate("users.create", { ...MEMBER, displayName: "Ana Lima" }));
  await admin.must(admin.mutate("users.create", NEWCOMER));
  const team = await admin.must<{ id: string }>(admin.mutate("teams.create", { name: "Payments", description: "Checkout and billing services" }));
  await admin.must(admin.mutate("teams.addMembers", { id: team.id, userIds: [member.id] }));
  const set = await admin.must<{ id: string }>(admin.mutate("resourceSets.create", { name: "Payments services", clusterIds: [`swarm:${swarm}`], labels: { team: "payments" }, nodeLabels: {} }));
  const roles = await admin.must<{ id: string; name: string }[]>(admin.query("roles.list", null));
  const restricted = roles.find((r) => r.name === "Restricted Control");
  await admin.must(admin.mutate("grants.create", { teamId: team.id, roleId: restricted?.id, resourceSetId: set.id }));
  await createService(`${scene}-checkout`, { team: "payments" });

  for (const [label, file] of [["Users", "users"], ["Teams", "teams"], ["Roles", "roles"], ["Resource sets", "resource-sets"], ["Grants", "grants"], ["Audit log", "audit"], ["Authentication", "authentication"], ["My account", "account"]] as const) {
    await nav(label);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await shoot(page, file);
  }
  await nav("Roles");
  await page.getByRole("tab", { name: "Permission matrix" }).click();
  await shoot(page, "roles-matrix");
  await nav("Grants");
  await page.getByRole("button", { name: "Grant access" }).first().click();
  await page.getByRole("dialog").waitFor();
  await shoot(page, "grant-modal");
  await page.keyboard.press("Escape");
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const server = await startServer();
  const clearScene = await setScene();
  const browser = await chromium.launch(config.use?.launchOptions);
  try {
    const page = await browser.newPage({ baseURL: E2E_URL, viewport: { width: 1440, height: 900 } });
    await page.goto("/setup");
    await page.getByLabel("Setup code").waitFor();
    await shoot(page, "setup");
    await page.getByLabel("Setup code").fill(server.setupCode);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByLabel("Confirm password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create administrator" }).click();
    await page.getByText("Docker Engine", { exact: true }).waitFor();
    await shoot(page, "dashboard");

    const nav = (label: string) => page.getByRole("link", { name: label, exact: true }).first().click();
    for (const [label, file] of [["Containers", "containers"], ["Metrics", "node-metrics"], ["Images", "images"], ["Volumes", "volumes"], ["Networks", "networks"], ["Disk usage", "disk"], ["Nodes", "nodes"]] as const) {
      await nav(label);
      await page.getByRole("heading", { name: label === "Disk usage" ? /Disk/ : label }).first().waitFor();
      await shoot(page, file);
    }
    await page.getByRole("button", { name: "Add node" }).click();
    await page.getByRole("dialog").getByLabel("Label").fill("rack 3 workers");
    await shoot(page, "add-node");
    await page.getByRole("button", { name: "Create join token" }).click();
    await page.getByRole("button", { name: "Done" }).waitFor();
    await shoot(page, "join-token");
    await page.getByRole("button", { name: "Done" }).click();
    await shoot(page, "nodes-with-token");

    await nav("Containers");
    await page.getByRole("button", { name: new RegExp(`^${scene}-web`) }).click();
    await page.getByRole("dialog").waitFor();
    await shoot(page, "container-details");
    await page.getByRole("dialog").getByRole("tab", { name: "Metrics" }).click();
    await page.getByRole("dialog").getByRole("region", { name: "Resource use" }).waitFor();
    await shoot(page, "container-metrics");
    await page.keyboard.press("Escape");

    await page.getByRole("link", { name: `Logs of ${scene}-orders` }).click();
    await page.getByRole("log").getByText("order placed").first().waitFor();
    await shoot(page, "container-logs");
    await page.getByLabel("Search the log").fill("card declined");
    await page.getByRole("button", { name: "Only matching" }).click();
    await page.getByRole("button", { name: "Previous match" }).click();
    await shoot(page, "container-logs-search");
    await nav("Containers");

    await page.getByRole("button", { name: `Remove ${scene}-batch`, exact: true }).click();
    await shoot(page, "confirm-remove");
    await page.keyboard.press("Escape");

    await nav("Dashboard");
    await page.getByRole("link", { name: /^Open/ }).first().click();
    await page.getByRole("heading", { level: 1, name: "Services" }).waitFor();
    await shoot(page, "services-empty");
    await page.getByRole("link", { name: "Create service" }).first().click();
    const form = page.getByRole("form", { name: "Create service" });
    await form.getByLabel("Name").fill(`${scene}-api`);
    await form.getByLabel("Image").fill("local/busybox:1");
    await form.getByLabel("Command (optional)").fill("sleep\n3600");
    await form.getByLabel("Replicas").fill("4");
    await form.getByRole("button", { name: "Add preference" }).click();
    await form.getByLabel("Spread preference 1").fill("node.labels.rack");
    await shoot(page, "service-form");
    await form.getByRole("button", { name: "Create service" }).click();
    await page.getByRole("heading", { level: 1, name: `${scene}-api` }).waitFor();
    await page.getByRole("list", { name: "Tasks per node" }).getByText(/running/).first().waitFor();
    await shoot(page, "service");
    await page.getByRole("region", { name: "Resource use" }).scrollIntoViewIfNeeded();
    await shoot(page, "service-metrics");
    await page.getByRole("main").getByRole("link", { name: "Logs", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: `Logs of ${scene}-api` }).waitFor();
    await page.getByRole("button", { name: "Compare" }).click();
    await page.getByRole("dialog").getByLabel("Container").selectOption({ label: `${scene}-orders (running)` });
    await page.getByRole("dialog").getByRole("button", { name: "Add panel" }).click();
    await page.getByRole("log").nth(1).getByText("order placed").first().waitFor();
    await shoot(page, "logs-side-by-side");
    for (const [label, file] of [["Services", "services"], ["Stacks", "stacks"], ["Swarm nodes", "swarm-nodes"], ["Secrets", "secrets"], ["Configs", "configs"]] as const) {
      await nav(label);
      await page.getByRole("heading", { level: 1, name: label }).waitFor();
      await shoot(page, file);
    }
    await nav("Stacks");
    await page.getByRole("button", { name: "Deploy stack" }).first().click();
    await page.getByRole("dialog").waitFor();
    await shoot(page, "deploy-stack");
    await page.keyboard.press("Escape");
    await nav("Dashboard");
    await shoot(page, "dashboard-swarm");

    await nav("Disk usage");
    await page.getByLabel("Stopped containers").check();
    await page.getByLabel("Only objects labelled (optional)").fill(`com.example.scene=${scene}`);
    await page.getByRole("button", { name: "Prune", exact: true }).click();
    await shoot(page, "confirm-prune");
    await page.getByRole("dialog").getByRole("button", { name: "Prune" }).click();
    await page.getByText(/^Reclaimed /).waitFor();
    await page.getByText(/^Reclaimed /).scrollIntoViewIfNeeded();
    await shoot(page, "pruned");

    await tourTerminals({ browser, page, nav, shoot, container: `${scene}-web` });
    await tourAccess(page, nav);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    await shoot(page, "login");

    await submitSignIn(page, MEMBER);
    await page.getByRole("heading", { name: "Dashboard" }).waitFor();
    await shoot(page, "member-dashboard");
    await page.goto(`/swarms/${await swarmId()}/services`);
    await page.getByRole("heading", { level: 1, name: "Services" }).waitFor();
    await shoot(page, "member-services");

    await page.getByRole("button", { name: "Sign out" }).click();
    await submitSignIn(page, NEWCOMER);
    await page.getByText("No access yet").waitFor();
    await shoot(page, "newcomer-dashboard");
  } finally {
    server.process.kill("SIGTERM");
    await browser.close();
    await clearScene();
  }
}

await main();
