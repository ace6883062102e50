"use client";
/** A volume's inspect data in a side panel: where it lives, driver options, labels, and the containers using it. */
import { useQuery } from "@tanstack/react-query";
import type { VolumeDetails as Details, VolumeSummary } from "@wheelhouse/protocol";
import { Drawer, formatDateTime, KeyValueList, shortId, Tabs } from "@wheelhouse/ui";
import { LabelList } from "@/components/label-list";
import { QueryStates } from "@/components/query-states";
import { useTRPC } from "@/lib/trpc";

interface Props {
  nodeId: string;
  volume: VolumeSummary | null;
  onClose: () => void;
}

export function VolumeDetails({ nodeId, volume, onClose }: Props) {
  const trpc = useTRPC();
  const details = useQuery({ ...trpc.volumes.inspect.queryOptions({ nodeId, name: volume?.name ?? "" }), enabled: volume !== null });

  return (
    <Drawer open={volume !== null} onClose={onClose} title={volume?.name ?? ""} description={volume && `${volume.driver} volume`} size="xl">
      <QueryStates query={details}>{(data) => <DetailTabs details={data} />}</QueryStates>
    </Drawer>
  );
}

function DetailTabs({ details: d }: { details: Details }) {
  const options = Object.entries(d.options);
  return (
    <Tabs
      label="Volume details"
      items={[
        {
          id: "overview",
          label: "Overview",
          content: (
            <KeyValueList
              items={[
                { label: "Name", value: d.name, mono: true },
                { label: "Driver", value: d.driver },
                { label: "Scope", value: d.scope },
                { label: "Mountpoint", value: d.mountpoint, mono: true },
                { label: "Created", value: d.createdAt === null ? "" : formatDateTime(d.createdAt) },
              ]}
            />
          ),
        },
        {
          id: "used-by",
          label: "Used by",
          badge: d.usedBy.length,
          content: d.usedBy.length ? (
            <KeyValueList items={d.usedBy.map((c) => ({ label: c.name, value: shortId(c.id), mono: true }))} />
          ) : (
            <p className="text-sm text-fg-muted">No container uses this volume.</p>
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
