import { describe, expect, it } from "vitest";
import { CSV_HEADER, csvCell, exportFileName, formatEvent } from "./export-format.ts";

const event = { id: 7, at: new Date("2026-11-23T10:00:00Z"), userId: "u1", username: "ada", ip: "10.0.0.1", action: "services.update", target: "id=web", outcome: "allowed", detail: '{"env":["A=[redacted]"],"note":"a, b"}' };

describe("CSV cells", () => {
  it("quotes commas, quotes and line breaks as RFC 4180 says", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\r\nlines")).toBe('"two\r\nlines"');
  });

  it("opens as text what a spreadsheet would run as a formula", () => {
    for (const formula of ["=HYPERLINK(\"http://evil\")", "+1+1", "-2", "@SUM(A1)", "\tx", "\rx"]) expect(csvCell(formula).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell('=1,"2"')).toBe(`"'=1,""2"""`);
    expect(csvCell("a=b")).toBe("a=b");
  });
});

describe("exported rows", () => {
  it("writes a CSV header and one CRLF-terminated line per event", () => {
    expect(CSV_HEADER).toBe("id,at,username,userId,ip,action,target,outcome,detail\r\n");
    expect(formatEvent("csv", event)).toBe('7,2026-11-23T10:00:00.000Z,ada,u1,10.0.0.1,services.update,id=web,allowed,"{""env"":[""A=[redacted]""],""note"":""a, b""}"\r\n');
    expect(formatEvent("csv", { ...event, username: null, userId: null, detail: null })).toBe("7,2026-11-23T10:00:00.000Z,,,10.0.0.1,services.update,id=web,allowed,\r\n");
  });

  it("writes NDJSON as one object per line", () => {
    const line = formatEvent("ndjson", event);
    expect(line.endsWith("\n") && !line.slice(0, -1).includes("\n")).toBe(true);
    expect(JSON.parse(line)).toMatchObject({ id: 7, at: "2026-11-23T10:00:00.000Z", username: "ada", outcome: "allowed" });
  });

  it("names the file after the day", () => {
    expect(exportFileName("ndjson", new Date("2026-11-23T23:59:00Z"))).toBe("wheelhouse-audit-2026-11-23.ndjson");
  });
});
