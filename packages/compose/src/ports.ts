/**
 * Published ports, short ("8080:80", "8080:80/udp", "80", "9000-9001:9000-9001") or long
 * (target/published/protocol/mode), as the PortConfigs of a service's endpoint. Ranges are
 * expanded, one PortConfig per port, as docker does.
 */
import { z } from "zod";
import { via } from "./compose-values.ts";
import type { PortConfig } from "./docker-service-spec.ts";
import { parseFailure, parsedValue, type Parsed } from "./parsed.ts";

const portNumbers = "ports run from 1 to 65535";
const Port = z.number({ error: "expected a port number" }).int(portNumbers).min(1, portNumbers).max(65535, portNumbers);
const Protocol = z.enum(["tcp", "udp", "sctp"]);

const LongPort = z
  .strictObject({
    target: Port,
    published: z.union([Port, z.string().regex(/^\d+$/, "expected a port number").transform(Number).pipe(Port)]).optional(),
    protocol: Protocol.default("tcp"),
    mode: z.enum(["ingress", "host"]).default("ingress"),
  })
  .transform((port): PortConfig[] => [{ Protocol: port.protocol, TargetPort: port.target, PublishedPort: port.published, PublishMode: port.mode }]);

/** One entry of a service's `ports`; a range gives several PortConfigs. */
export const PortEntry = z.union([
  z.string().transform(via(parseShortPort)),
  z.number().transform((target) => String(target)).transform(via(parseShortPort)),
  LongPort,
]);

const shortSyntax = /^(?:([^:]*):)?([^:/]*)(?:\/(.*))?$/;

export function parseShortPort(text: string): Parsed<PortConfig[]> {
  const parts = (text.split("/")[0] ?? "").split(":");
  if (parts.length > 2) {
    return parseFailure(
      `a swarm service can't publish on one address: its ports listen on every address of every node. Remove ${JSON.stringify(parts.slice(0, -2).join(":"))}; to keep the port private, publish nothing and reach the service over an overlay network`,
    );
  }
  const [, published, target = "", protocolName = "tcp"] = shortSyntax.exec(text) ?? [];
  const protocol = Protocol.safeParse(protocolName);
  if (!protocol.success) return parseFailure(`${JSON.stringify(protocolName)} is not a protocol; use tcp, udp or sctp`);
  const targets = parseRange(target);
  if (!targets.ok) return targets;
  const publishedRange = published === undefined ? undefined : parseRange(published);
  if (publishedRange && !publishedRange.ok) return publishedRange;
  const [first, last] = targets.value;
  if (publishedRange && publishedRange.value[1] - publishedRange.value[0] !== last - first) {
    return parseFailure("the published ports and the target ports are ranges of different lengths");
  }
  const ports: PortConfig[] = [];
  for (let port = first; port <= last; port++) {
    const publishedPort = publishedRange && publishedRange.value[0] + port - first;
    ports.push({ Protocol: protocol.data, TargetPort: port, PublishedPort: publishedPort, PublishMode: "ingress" });
  }
  return parsedValue(ports);
}

function parseRange(text: string): Parsed<[number, number]> {
  const [, first = "", last = first] = /^(\d+)(?:-(\d+))?$/.exec(text) ?? [];
  const range: [number, number] = [Number(first), Number(last)];
  if (first === "" || range.some((port) => port < 1 || port > 65535)) {
    return parseFailure(`${JSON.stringify(text)} is not a port or range of ports; ${portNumbers}`);
  }
  return range[0] <= range[1] ? parsedValue(range) : parseFailure(`${JSON.stringify(text)} is a range that ends before it starts`);
}
