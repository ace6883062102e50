import { describe, expect, it } from "vitest";
import { parseShortPort, PortEntry } from "./ports.ts";

const ingress = (TargetPort: number, PublishedPort?: number, Protocol = "tcp") => ({ Protocol, TargetPort, PublishedPort, PublishMode: "ingress" });

describe("parseShortPort", () => {
  it("reads published:target/protocol", () => {
    expect(parseShortPort("8080:80")).toEqual({ ok: true, value: [ingress(80, 8080)] });
    expect(parseShortPort("53:53/udp")).toEqual({ ok: true, value: [ingress(53, 53, "udp")] });
    expect(parseShortPort("80")).toEqual({ ok: true, value: [ingress(80)] });
  });

  it("expands ranges one port at a time", () => {
    expect(parseShortPort("9000-9002:8000-8002")).toEqual({ ok: true, value: [ingress(8000, 9000), ingress(8001, 9001), ingress(8002, 9002)] });
    expect(parseShortPort("7000-7001")).toEqual({ ok: true, value: [ingress(7000), ingress(7001)] });
  });

  it("refuses what swarm can't publish", () => {
    const message = (text: string) => {
      const parsed = parseShortPort(text);
      return parsed.ok ? "accepted" : parsed.message;
    };
    expect(message("127.0.0.1:5432:5432")).toMatch(/can't publish on one address.*Remove "127.0.0.1"/);
    expect(message("70000:80")).toMatch(/"70000" is not a port/);
    expect(message("0:80")).toMatch(/"0" is not a port/);
    expect(message("8080:http")).toMatch(/"http" is not a port/);
    expect(message("80/icmp")).toMatch(/"icmp" is not a protocol/);
    expect(message("9000-9001:80")).toMatch(/ranges of different lengths/);
    expect(message("90-80")).toMatch(/ends before it starts/);
  });
});

describe("PortEntry", () => {
  it("takes numbers and the long syntax", () => {
    expect(PortEntry.parse(80)).toEqual([ingress(80)]);
    expect(PortEntry.parse({ target: 80, published: "8080", mode: "host" })).toEqual([{ Protocol: "tcp", TargetPort: 80, PublishedPort: 8080, PublishMode: "host" }]);
  });
});
