"use client";
/** A config in a side panel: its content (configs are not secret), its identity and its labels. */
import { useQuery } from "@tanstack/react-query";
import type { ConfigDetails as Details, ConfigSummary } from "@wheelhouse/protocol";
import { CodeBlock, Drawer, formatBytes, formatDateTime, KeyValueList, shortId, Tabs } from "@wheelhouse/ui";
import { LabelList } from "@/components/label-list";
import { QueryStates } from "@/components/query-states";
import { useTRPC } from "@/lib/trpc";

interface Props {
  swarmId: string;
  config: ConfigSummary | null;
  onClose: () => void;
}

export function ConfigDetails({ swarmId, config, onClose }: Props) {
  const trpc = useTRPC();
  const details = useQuery({ ...trpc.configs.inspect.queryOptions({ swarmId, id: config?.id ?? "" }), enabled: config !== null });

  return (
    <Drawer open={config !== null} onClose={onClose} title={config?.name ?? ""} description={config && <span className="font-mono text-xs">{shortId(config.id)}</span>} size="xl">
      <QueryStates query={details}>{(data) => <DetailTabs details={data} />}</QueryStates>
    </Drawer>
  );
}

function DetailTabs({ details: d }: { details: Details }) {
  const size = new TextEncoder().encode(d.data).length;
  return (
    <Tabs
      label="Config details"
      items={[
        {
          id: "content",
          label: "Content",
          content: <CodeBlock title={`${d.name} · ${formatBytes(size)}`} code={d.data} maxHeight="calc(100dvh - 16rem)" />,
        },
        {
          id: "overview",
          label: "Overview",
          content: (
            <KeyValueList
              items={[
                { label: "Name", value: d.name, mono: true },
                { label: "ID", value: d.id, mono: true },
                { label: "Created", value: formatDateTime(d.createdAt) },
                { label: "Updated", value: formatDateTime(d.updatedAt) },
                { label: "Mounted by default at", value: `/${d.name}`, mono: true },
              ]}
            />
          ),
        },
        { id: "labels", label: "Labels", badge: Object.keys(d.labels).length, content: <LabelList labels={d.labels} /> },
      ]}
    />
  );
}
