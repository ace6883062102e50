/**
 * The built-in roles frozen in a checked-in file, so that a change to what they allow shows up in
 * review as a change to that file. After a deliberate change, update the file by hand.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILT_IN_ROLES } from "./built-in-roles.ts";

const snapshot: unknown = JSON.parse(readFileSync(new URL("./built-in-roles.snapshot.json", import.meta.url), "utf8"));

describe("built-in roles", () => {
  it("match the reviewed snapshot, permission for permission", () => {
    const current = BUILT_IN_ROLES.map((role) => ({ name: role.name, description: role.description, permissions: [...role.permissions].sort() }));
    expect(current).toEqual(snapshot);
  });
});
