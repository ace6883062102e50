import { describe, expect, it } from "vitest";
import { formatPath } from "./problems.ts";

describe("formatPath", () => {
  it("writes keys with dots and list positions in brackets", () => {
    expect(formatPath(["services", "web", "ports", 1])).toBe("services.web.ports[1]");
    expect(formatPath(["services", "web", "volumes", 0, "source"])).toBe("services.web.volumes[0].source");
    expect(formatPath([])).toBe("");
  });
});
