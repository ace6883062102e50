/** Where each kind of log lives, and the link to it that lists, drawers and headers show. */
import { buttonClasses, cx } from "@wheelhouse/ui";
import { ScrollText } from "lucide-react";
import Link from "next/link";

export const containerLogsHref = (nodeId: string, containerId: string) => `/nodes/${nodeId}/containers/${containerId}/logs`;
export const serviceLogsHref = (swarmId: string, serviceId: string) => `/swarms/${swarmId}/services/${serviceId}/logs`;
export const nodeLogsHref = (nodeId: string) => `/nodes/${nodeId}/logs`;

/** "Logs" as a button, or as an icon alone in a table row. */
export function LogsLink({ href, name, compact = false }: { href: string; name: string; compact?: boolean }) {
  if (compact) {
    return (
      <Link href={href} aria-label={`Logs of ${name}`} title="Logs" className={cx(buttonClasses({ variant: "ghost", size: "sm" }), "w-7 px-0")}>
        <ScrollText aria-hidden="true" />
      </Link>
    );
  }
  return (
    <Link href={href} className={buttonClasses()}>
      <ScrollText aria-hidden="true" />
      Logs
    </Link>
  );
}
