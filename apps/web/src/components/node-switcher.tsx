"use client";
/** Chooses the node the console shows; keeps the same page (containers, images...) on the new node. */
import type { NodeView } from "@wheelhouse/api";
import { Server } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";

export function NodeSwitcher({ nodes, current }: { nodes: NodeView[]; current: NodeView | undefined }) {
  const router = useRouter();
  const pathname = usePathname();
  if (nodes.length === 0) return null;
  const section = /^\/nodes\/[^/]+\/([^/]+)/.exec(pathname)?.[1] ?? "containers";
  return (
    <label className="flex items-center gap-2 text-sm text-fg-muted">
      <Server className="size-4" aria-hidden />
      <span className="sr-only">Node</span>
      <select
        aria-label="Node"
        className="h-8 rounded-md border border-line-strong bg-surface pr-8 pl-2.5 text-sm font-medium text-fg shadow-xs"
        value={current?.id ?? ""}
        onChange={(e) => router.push(`/nodes/${e.target.value}/${section}`)}
      >
        {nodes.map((n) => (
          <option key={n.id} value={n.id}>
            {n.name}
            {n.connected ? "" : " (offline)"}
          </option>
        ))}
      </select>
    </label>
  );
}
