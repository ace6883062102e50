"use client";
/** The frame of a swarm's page: its header, and a plain message when the swarm is not known or not reachable. */
import type { ClusterView } from "@wheelhouse/api";
import { ErrorState, LoadingState, PageHeader } from "@wheelhouse/ui";
import type { ReactNode } from "react";
import { useCurrentSwarm } from "@/hooks/use-current-swarm";

interface SwarmPageProps {
  title: string;
  description: string;
  actions?: ReactNode;
  breadcrumb?: { label: string; href?: string }[];
  children: (swarm: ClusterView & { swarmId: string }) => ReactNode;
}

export function SwarmPage({ title, description, actions, breadcrumb = [], children }: SwarmPageProps) {
  const { swarm, query } = useCurrentSwarm(undefined);
  if (query.isPending) return <LoadingState />;
  if (!swarm?.swarmId) {
    return <ErrorState title="No such swarm" message="None of the nodes reporting to Wheelhouse belongs to this swarm. Pick one on the dashboard." />;
  }
  return (
    <>
      <PageHeader title={title} description={description} actions={actions} breadcrumb={[{ label: swarm.name, href: `/swarms/${swarm.swarmId}/services` }, ...breadcrumb]} />
      {swarm.health === "down" && (
        <ErrorState title="No manager answers" message="Every node of this swarm is disconnected or its engine is unreachable; nothing here can be read or changed until one comes back." />
      )}
      {swarm.health !== "down" && children({ ...swarm, swarmId: swarm.swarmId })}
    </>
  );
}
