import { describe, expect, it } from "vitest";
import { labelRow, labelRowProblems, labelsFromRows, rowsFromLabels, sameLabels } from "./label-rows";

const problemsOf = (rows: ReturnType<typeof labelRow>[], existing?: Set<string>) => [...labelRowProblems(rows, existing).values()];

describe("label rows", () => {
  it("round-trips labels, leaving blank rows out", () => {
    const rows = [...rowsFromLabels({ zone: "eu-1", rack: "r1" }), labelRow()];
    expect(rows.map((r) => r.key)).toEqual(["rack", "zone", ""]);
    expect(labelsFromRows(rows)).toEqual({ rack: "r1", zone: "eu-1" });
  });

  it("accepts Docker-style keys and empty values", () => {
    expect(problemsOf([labelRow("rack", "r1"), labelRow("com.example.zone", ""), labelRow("gpu_count", "2")])).toEqual([]);
  });

  it("refuses keys Docker advises against, a value without a key, and a repeated key", () => {
    expect(problemsOf([labelRow("rack id", "r1")])).toHaveLength(1);
    expect(problemsOf([labelRow("-rack", "r1")])).toHaveLength(1);
    expect(problemsOf([labelRow("com..example", "x")])).toHaveLength(1);
    expect(problemsOf([labelRow("", "r1")])).toEqual(["Give this label a key."]);
    expect(problemsOf([labelRow("rack", "r1"), labelRow("rack", "r2")])).toEqual(["rack is already set above."]);
  });

  it("lets a key that is already on the object stand, whatever its form", () => {
    expect(problemsOf([labelRow("odd key", "x")], new Set(["odd key"]))).toEqual([]);
  });

  it("compares label sets regardless of order", () => {
    expect(sameLabels({ a: "1", b: "2" }, { b: "2", a: "1" })).toBe(true);
    expect(sameLabels({ a: "1" }, { a: "2" })).toBe(false);
    expect(sameLabels({ a: "1" }, { a: "1", b: "" })).toBe(false);
  });
});
