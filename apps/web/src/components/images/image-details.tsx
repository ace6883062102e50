"use client";
/** An image's inspect data in a side panel: tags, digests, platform, run configuration, labels. */
import { useQuery } from "@tanstack/react-query";
import type { ImageDetails as Details, ImageSummary } from "@wheelhouse/protocol";
import { Badge, Drawer, formatBytes, formatDateTime, KeyValueList, shortId, Tabs } from "@wheelhouse/ui";
import { LabelList } from "@/components/label-list";
import { QueryStates } from "@/components/query-states";
import { useTRPC } from "@/lib/trpc";
import { imageName } from "./image-name";

interface Props {
  nodeId: string;
  image: ImageSummary | null;
  onClose: () => void;
}

export function ImageDetails({ nodeId, image, onClose }: Props) {
  const trpc = useTRPC();
  const details = useQuery({ ...trpc.images.inspect.queryOptions({ nodeId, id: image?.id ?? "" }), enabled: image !== null });

  return (
    <Drawer
      open={image !== null}
      onClose={onClose}
      title={image ? imageName(image) : ""}
      description={image && (image.dangling ? <Badge tone="warning">dangling</Badge> : <span className="font-mono">{shortId(image.id)}</span>)}
      size="xl"
    >
      <QueryStates query={details}>{(data) => <DetailTabs details={data} />}</QueryStates>
    </Drawer>
  );
}

function DetailTabs({ details: d }: { details: Details }) {
  const lines = (values: string[]) => (values.length ? values.map((v) => <span key={v} className="block">{v}</span>) : "");
  // Env entries are "KEY=VALUE"; a bare "KEY" is legal and means an empty value.
  const env = d.env.map((entry) => {
    const eq = entry.indexOf("=");
    return eq === -1 ? { label: entry, value: "" } : { label: entry.slice(0, eq), value: entry.slice(eq + 1) };
  });
  return (
    <Tabs
      label="Image details"
      items={[
        {
          id: "overview",
          label: "Overview",
          content: (
            <KeyValueList
              items={[
                { label: "ID", value: d.id, mono: true },
                { label: "Tags", value: lines(d.tags), mono: true },
                { label: "Digests", value: lines(d.digests), mono: true },
                { label: "Platform", value: [d.os, d.architecture].filter(Boolean).join("/") },
                { label: "Size", value: formatBytes(d.sizeBytes) },
                { label: "Layers", value: String(d.layers) },
                { label: "Created", value: formatDateTime(d.createdAt) },
                { label: "Author", value: d.author },
                { label: "Entrypoint", value: d.entrypoint.join(" "), mono: true },
                { label: "Command", value: d.command.join(" "), mono: true },
                { label: "Working dir", value: d.workingDir, mono: true },
                { label: "User", value: d.user },
                { label: "Exposed ports", value: d.exposedPorts.join(", "), mono: true },
              ]}
            />
          ),
        },
        {
          id: "env",
          label: "Environment",
          badge: env.length,
          content: env.length ? <KeyValueList mono items={env} /> : <p className="text-sm text-fg-muted">No environment variables.</p>,
        },
        { id: "labels", label: "Labels", badge: Object.keys(d.labels).length, content: <LabelList labels={d.labels} /> },
      ]}
    />
  );
}
