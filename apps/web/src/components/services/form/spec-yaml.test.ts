import { describe, expect, it } from "vitest";
import { readYaml, specToYaml } from "./spec-yaml";

describe("the spec as YAML", () => {
  it("writes no empty lists or maps, and reads back the same spec", () => {
    const yaml = specToYaml({ name: "web", image: "nginx:1.27", env: [], ports: [{ target: 80 }], resources: { limits: {}, reservations: {} } });
    expect(yaml).not.toMatch(/env|resources/);
    expect(readYaml(yaml)).toMatchObject({ spec: { name: "web", ports: [{ target: 80, protocol: "tcp" }] }, problems: [] });
  });

  it("names each problem by its path, and still hands the form a spec of the right shape", () => {
    const read = readYaml("name: web\nimage: nginx:1.27\nplacement:\n  constraints: [rack r1]\n");
    expect(read.spec).toBeUndefined();
    expect(read.shape?.placement.constraints).toEqual(["rack r1"]);
    expect(read.problems).toEqual([{ path: "placement.constraints.0", message: expect.stringMatching(/not a constraint/) }]);
  });

  it("gives the form nothing it could not show", () => {
    expect(readYaml("name: web\nimage: nginx\nports: [{ target: eighty }]\n").shape).toBeUndefined();
    const broken = readYaml("name: [web\n");
    expect(broken.shape).toBeUndefined();
    expect(broken.problems[0]?.path).toMatch(/^line \d+, column \d+$/);
  });
});
