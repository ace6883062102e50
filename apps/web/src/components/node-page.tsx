"use client";
/** The frame of a node's resource page: its header, and a banner when the node cannot answer. */
import { ErrorState, LoadingState, PageHeader } from "@wheelhouse/ui";
import type { NodeView } from "@wheelhouse/api";
import type { ReactNode } from "react";
import { useCurrentNode } from "@/hooks/use-current-node";
import { NodeHealthBanner } from "./node-health-banner";

interface NodePageProps {
  title: string;
  description: string;
  actions?: ReactNode;
  children: (node: NodeView) => ReactNode;
}

export function NodePage({ title, description, actions, children }: NodePageProps) {
  const { node, query } = useCurrentNode();
  if (query.isPending) return <LoadingState />;
  if (!node) return <ErrorState title="No such node" message="This node is not known to Wheelhouse. Choose another one above." />;
  return (
    <>
      <PageHeader title={title} description={description} actions={actions} breadcrumb={[{ label: "Nodes", href: "/nodes" }, { label: node.name }]} />
      <NodeHealthBanner node={node} />
      {children(node)}
    </>
  );
}
