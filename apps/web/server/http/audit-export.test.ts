/** The audit export over real HTTP: a real server and SQLite database, no agent needed. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, signInAdmin, startTestPlane } from "../testing/start-test-plane.ts";

let plane: Awaited<ReturnType<typeof startTestPlane>>;
let admin: ApiClient;

beforeAll(async () => {
  plane = await startTestPlane({ WHEELHOUSE_LOCAL_AGENT: "false" });
  admin = await signInAdmin(plane);
  await new ApiClient(plane.url).mutate("auth.login", { username: "=HYPERLINK(\"http://evil\",\"x\")", password: "a guess, with a comma" });
});
afterAll(async () => {
  await plane?.drop();
});

const exportAs = (client: ApiClient | null, query: string) => fetch(`${plane.url}/api/audit/export?${query}`, { headers: client ? { cookie: client.cookie } : {} });

describe("exporting the audit log", () => {
  it("refuses an anonymous caller with 401 and records the attempt", async () => {
    const res = await exportAs(null, "format=csv");
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "Sign in to continue." });
    const denied = await exportAs(admin, "format=ndjson&action=audit.export&outcome=denied");
    expect((await denied.text()).trim().split("\n").map((line) => JSON.parse(line) as { username: string | null })).toMatchObject([{ username: null, target: "format=csv" }]);
  });

  it("gives an administrator a dated CSV file, quoted, with formulas defused", async () => {
    const res = await exportAs(admin, "format=csv&action=auth.");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="wheelhouse-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await res.text()).split("\r\n");
    expect(lines[0]).toBe("id,at,username,userId,ip,action,target,outcome,detail");
    expect(lines[1]).toMatch(/^\d+,[^,]+,"'=HYPERLINK\(""http:\/\/evil"",""x""\)",,[^,]+,auth\.login,/);
    expect(lines[1]).not.toContain("a guess");
    // Setup succeeds before there is a session; the record names the account it made.
    expect(lines[2]).toMatch(/^\d+,[^,]+,admin,c[a-z0-9]+,[^,]+,auth\.setup,username=admin,allowed,/);
    expect(lines.at(-1)).toBe("");
  });

  it("gives NDJSON with the same filters, and records the export", async () => {
    const res = await exportAs(admin, "format=ndjson&user=admin&userMatch=exact&outcome=allowed&action=auth.setup");
    expect(res.headers.get("content-disposition")).toMatch(/\.ndjson"$/);
    const rows = (await res.text()).trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows).toMatchObject([{ username: "admin", action: "auth.setup", outcome: "allowed" }]);
    const exports = await exportAs(admin, "format=ndjson&action=audit.export&outcome=allowed");
    const [latest] = (await exports.text()).trim().split("\n").map((line) => JSON.parse(line) as { detail: string });
    expect(latest).toMatchObject({ username: "admin", target: "format=ndjson" });
    expect(JSON.parse(latest!.detail)).toMatchObject({ rows: 1 });
  });

  it("explains a bad request and accepts only GET", async () => {
    const bad = await exportAs(admin, "format=xlsx");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "Choose format=csv or format=ndjson." });
    expect((await exportAs(admin, "format=csv&from=yesterday")).status).toBe(400);
    expect((await fetch(`${plane.url}/api/audit/export?format=csv`, { method: "POST", headers: { cookie: admin.cookie } })).status).toBe(405);
  });
});
