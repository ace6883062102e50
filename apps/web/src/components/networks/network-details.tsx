"use client";
/** A network's inspect data in a side panel: addressing, attached containers, driver options, labels. */
import { useQuery } from "@tanstack/react-query";
import type { NetworkDetails as Details, NetworkSummary } from "@wheelhouse/protocol";
import { Drawer, formatDateTime, KeyValueList, shortId, Tabs } from "@wheelhouse/ui";
import { LabelList } from "@/components/label-list";
import { QueryStates } from "@/components/query-states";
import { useTRPC } from "@/lib/trpc";

interface Props {
  nodeId: string;
  network: NetworkSummary | null;
  onClose: () => void;
}

export function NetworkDetails({ nodeId, network, onClose }: Props) {
  const trpc = useTRPC();
  const details = useQuery({ ...trpc.networks.inspect.queryOptions({ nodeId, id: network?.id ?? "" }), enabled: network !== null });

  return (
    <Drawer
      open={network !== null}
      onClose={onClose}
      title={network?.name ?? ""}
      description={network && <span className="font-mono">{shortId(network.id)}</span>}
      size="xl"
    >
      <QueryStates query={details}>{(data) => <DetailTabs details={data} />}</QueryStates>
    </Drawer>
  );
}

function DetailTabs({ details: d }: { details: Details }) {
  const options = Object.entries(d.options);
  const yesNo = (value: boolean) => (value ? "yes" : "no");
  return (
    <Tabs
      label="Network details"
      items={[
        {
          id: "overview",
          label: "Overview",
          content: (
            <KeyValueList
              items={[
                { label: "ID", value: d.id, mono: true },
                { label: "Driver", value: d.driver },
                { label: "Scope", value: d.scope },
                ...d.subnets.map((s) => ({ label: "Subnet", value: s.gateway ? `${s.subnet} (gateway ${s.gateway})` : s.subnet, mono: true })),
                { label: "Internal", value: yesNo(d.internal) },
                { label: "Attachable", value: yesNo(d.attachable) },
                { label: "Built-in", value: yesNo(d.builtIn) },
                { label: "Created", value: formatDateTime(d.createdAt) },
              ]}
            />
          ),
        },
        {
          id: "containers",
          label: "Containers",
          badge: d.containers.length,
          content: d.containers.length ? (
            <KeyValueList items={d.containers.map((c) => ({ label: c.name, value: c.ipv4Address || shortId(c.id), mono: true }))} />
          ) : (
            <p className="text-sm text-fg-muted">No containers attached.</p>
          ),
        },
        {
          id: "options",
          label: "Options",
          badge: options.length,
          content: options.length ? (
            <KeyValueList mono items={options.map(([key, value]) => ({ label: key, value }))} />
          ) : (
            <p className="text-sm text-fg-muted">No driver options.</p>
          ),
        },
        { id: "labels", label: "Labels", badge: Object.keys(d.labels).length, content: <LabelList labels={d.labels} /> },
      ]}
    />
  );
}
