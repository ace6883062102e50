/** A service's published ports as text: "8080→80/tcp", with "(host)" for ports opened only where a task runs. */
import type { ServiceSummary } from "@wheelhouse/protocol";

export function formatServicePorts(ports: ServiceSummary["ports"]): string[] {
  return ports.map((p) => `${p.published === undefined ? "" : `${p.published}→`}${p.target}/${p.protocol}${p.mode === "host" ? " (host)" : ""}`);
}
