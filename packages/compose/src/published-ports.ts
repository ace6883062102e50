/**
 * Ports published twice across a stack. A port published through the routing mesh (ingress)
 * is taken on every node, so nothing else may publish it; host-mode ports only clash on one
 * node, and swarm places tasks around that, as it does for docker. Every readable port entry
 * counts, even in a service with other problems, so that all clashes are reported at once.
 */
import { isMapping } from "./compose-file.ts";
import type { PortConfig } from "./docker-service-spec.ts";
import { PortEntry } from "./ports.ts";
import { formatPath, type Findings, type YamlPath } from "./problems.ts";

export function checkPublishedPorts(services: Record<string, unknown>, findings: Findings): void {
  const published = new Map<string, { path: YamlPath; mode: PortConfig["PublishMode"] }[]>();
  for (const [name, service] of Object.entries(services)) {
    const entries = isMapping(service) && Array.isArray(service.ports) ? service.ports : [];
    entries.forEach((entry: unknown, index) => {
      const path = ["services", name, "ports", index];
      for (const port of PortEntry.safeParse(entry).data ?? []) {
        if (port.PublishedPort === undefined) continue;
        const key = `${port.PublishedPort}/${port.Protocol}`;
        const earlier = published.get(key) ?? [];
        const clash = earlier.find((other) => other.mode === "ingress" || port.PublishMode === "ingress");
        if (clash) findings.problem(path, `port ${key} is already published by ${formatPath(clash.path)}`);
        published.set(key, [...earlier, { path, mode: port.PublishMode }]);
      }
    });
  }
}
