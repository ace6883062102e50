"use client";
/** A service's logs: every task on every node, merged in time order, each line tagged with its task and node. */
import { useQuery } from "@tanstack/react-query";
import { useParams } from "next/navigation";
import { AddLogPane } from "@/components/logs/add-log-pane";
import { LogPanes } from "@/components/logs/log-panes";
import { paneOf, useLogPanes } from "@/components/logs/use-log-panes";
import { SwarmPage } from "@/components/swarm-page";
import { useTRPC } from "@/lib/trpc";

export default function ServiceLogsPage() {
  const { swarmId, serviceId } = useParams<{ swarmId: string; serviceId: string }>();
  const trpc = useTRPC();
  const service = useQuery({ ...trpc.services.inspect.queryOptions({ swarmId, id: serviceId }), retry: false });
  const name = service.data?.name ?? serviceId.slice(0, 12);
  const servicesHref = `/swarms/${swarmId}/services`;
  const compare = useLogPanes();
  return (
    <SwarmPage
      title={`Logs of ${name}`}
      description="Every task on every node, merged in time order."
      breadcrumb={[{ label: "Services", href: servicesHref }, { label: name, href: `${servicesHref}/${serviceId}` }, { label: "Logs" }]}
      actions={<AddLogPane disabled={compare.full} onAdd={compare.add} />}
    >
      {() => <LogPanes panes={[paneOf("main", { kind: "service", swarmId, serviceId }, name), ...compare.added]} onRemove={compare.remove} />}
    </SwarmPage>
  );
}
