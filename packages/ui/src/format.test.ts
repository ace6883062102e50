import { describe, expect, it } from "vitest";
import { formatBytes, formatDateTime, formatPort, formatPorts, formatRelativeTime, pluralize, shortId } from "./format.ts";

describe("formatBytes", () => {
  it("keeps whole bytes below one KiB", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1023)).toBe("1023 B");
  });

  it("uses binary units with one decimal", () => {
    expect(formatBytes(1024)).toBe("1.0 KiB");
    expect(formatBytes(2_000_000)).toBe("1.9 MiB");
    expect(formatBytes(5 * 1024 ** 3)).toBe("5.0 GiB");
    expect(formatBytes(1536, 2)).toBe("1.50 KiB");
  });

  it("moves to the next unit instead of printing 1024.0", () => {
    expect(formatBytes(1024 * 1024 - 1)).toBe("1.0 MiB");
  });

  it("handles negative and non-finite values", () => {
    expect(formatBytes(-2048)).toBe("-2.0 KiB");
    expect(formatBytes(Number.NaN)).toBe("—");
    expect(formatBytes(Number.POSITIVE_INFINITY)).toBe("—");
  });
});

describe("formatRelativeTime", () => {
  const now = Date.UTC(2025, 10, 23, 12, 0, 0);
  const ago = (seconds: number) => now - seconds * 1000;

  it("says just now for the last 45 seconds", () => {
    expect(formatRelativeTime(ago(0), now)).toBe("just now");
    expect(formatRelativeTime(ago(44), now)).toBe("just now");
  });

  it("floors to the largest whole unit", () => {
    expect(formatRelativeTime(ago(50), now)).toBe("50 seconds ago");
    expect(formatRelativeTime(ago(119), now)).toBe("1 minute ago");
    expect(formatRelativeTime(ago(3 * 60), now)).toBe("3 minutes ago");
    expect(formatRelativeTime(ago(2 * 3600 + 59 * 60), now)).toBe("2 hours ago");
    expect(formatRelativeTime(ago(86_400), now)).toBe("1 day ago");
    expect(formatRelativeTime(ago(45 * 86_400), now)).toBe("1 month ago");
    expect(formatRelativeTime(ago(800 * 86_400), now)).toBe("2 years ago");
  });

  it("speaks of the future", () => {
    expect(formatRelativeTime(now + 2 * 3600 * 1000, now)).toBe("in 2 hours");
  });

  it("defaults now to the current time", () => {
    expect(formatRelativeTime(Date.now() - 5 * 60 * 1000)).toBe("5 minutes ago");
  });

  it("returns a placeholder for invalid input", () => {
    expect(formatRelativeTime(Number.NaN, now)).toBe("—");
  });
});

describe("formatDateTime", () => {
  it("prints a sortable 24-hour timestamp in the given zone", () => {
    const ms = Date.UTC(2025, 0, 5, 21, 7, 9);
    expect(formatDateTime(ms, { timeZone: "UTC" })).toBe("2025-01-05 21:07:09");
    expect(formatDateTime(ms, { timeZone: "Asia/Tokyo" })).toBe("2025-01-06 06:07:09");
  });

  it("prints midnight as 00, not 24", () => {
    expect(formatDateTime(Date.UTC(2025, 0, 5, 0, 0, 0), { timeZone: "UTC" })).toBe("2025-01-05 00:00:00");
  });

  it("returns a placeholder for invalid input", () => {
    expect(formatDateTime(Number.NaN)).toBe("—");
  });
});

describe("shortId", () => {
  it("strips the digest algorithm and keeps 12 characters", () => {
    expect(shortId("sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945")).toBe("4f53cda18c2b");
    expect(shortId("9c7a54a9a43cca047013b82af109fe963fde787f63f9e016fdc3384500c2823d")).toBe("9c7a54a9a43c");
  });

  it("leaves short ids whole", () => {
    expect(shortId("abc123")).toBe("abc123");
  });
});

describe("formatPort / formatPorts", () => {
  it("formats a published port with its host address", () => {
    expect(formatPort({ privatePort: 80, publicPort: 8080, ip: "0.0.0.0", type: "tcp" })).toBe("0.0.0.0:8080→80/tcp");
  });

  it("brackets IPv6 host addresses", () => {
    expect(formatPort({ privatePort: 53, publicPort: 5353, ip: "::", type: "udp" })).toBe("[::]:5353→53/udp");
  });

  it("formats exposed-only and address-less ports", () => {
    expect(formatPort({ privatePort: 6379, type: "tcp" })).toBe("6379/tcp");
    expect(formatPort({ privatePort: 80, publicPort: 8080, type: "tcp" })).toBe("8080→80/tcp");
  });

  it("joins bindings in engine order and drops duplicates", () => {
    const http = { privatePort: 80, publicPort: 8080, ip: "127.0.0.1", type: "tcp" };
    const dns = { privatePort: 53, publicPort: 5353, ip: "::1", type: "udp" };
    expect(formatPorts([http, dns, { ...http }])).toBe("127.0.0.1:8080→80/tcp, [::1]:5353→53/udp");
    expect(formatPorts([])).toBe("");
  });

  it("shows a port published on every address once, without an address", () => {
    const http = { privatePort: 80, publicPort: 8080, ip: "0.0.0.0", type: "tcp" };
    expect(formatPorts([http, { ...http, ip: "::" }, { privatePort: 443, type: "tcp" }])).toBe("8080→80/tcp, 443/tcp");
  });
});

describe("pluralize", () => {
  it("chooses the form from the count", () => {
    expect(pluralize(0, "container")).toBe("0 containers");
    expect(pluralize(1, "container")).toBe("1 container");
    expect(pluralize(1200, "image")).toBe("1,200 images");
  });

  it("accepts an irregular plural", () => {
    expect(pluralize(2, "replica set", "replica sets")).toBe("2 replica sets");
    expect(pluralize(3, "index", "indices")).toBe("3 indices");
  });
});
