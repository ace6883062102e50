import { describe, expect, it } from "vitest";
import { consoleNav } from "./console-nav";

const node = { id: "n1", name: "vm", yourPermissions: ["image.view"] };
const labelsOf = (holding: string[]) =>
  consoleNav(node, undefined, { isAdmin: false, holds: (permission) => holding.includes(permission) })
    .find((section) => section.label === "vm")
    ?.items.map((item) => item.label);

describe("the console navigation", () => {
  it("offers a node's logs to those who may read logs, and only to them", () => {
    expect(labelsOf(["logs.read"])).toContain("Logs");
    expect(labelsOf(["container.view"])).not.toContain("Logs");
  });
});
