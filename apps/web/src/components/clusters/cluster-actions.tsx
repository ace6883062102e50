"use client";
/**
 * What can be done from a cluster's card: a swarm gains nodes, opens and takes a name; a group is
 * renamed or dissolved; a standalone host becomes a swarm. Naming and grouping are for
 * administrators; membership for those who hold swarm.manage.
 */
import type { ClusterView } from "@wheelhouse/api";
import { buttonClasses } from "@wheelhouse/ui";
import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { useBlocked } from "@/hooks/use-blocked";
import { AddSwarmNodeButton } from "./add-swarm-node-button";
import { CreateSwarmButton } from "./create-swarm-button";
import { DissolveGroupButton } from "./dissolve-group-button";
import { RenameClusterButton } from "./rename-cluster-button";

export function ClusterActions({ cluster }: { cluster: ClusterView }) {
  const { swarmId } = cluster;
  const blocked = useBlocked();
  const naming = !blocked("admin");
  const membership = !blocked("swarm.manage");
  if (cluster.kind === "swarm" && swarmId) {
    return (
      <>
        {naming && <RenameClusterButton cluster={cluster} />}
        {membership && <AddSwarmNodeButton swarm={{ ...cluster, swarmId }} />}
        <Link href={`/swarms/${swarmId}/services`} aria-label={`Open ${cluster.name}`} className={buttonClasses({ size: "sm", variant: "primary" })}>
          Open
          <ArrowRight aria-hidden="true" />
        </Link>
      </>
    );
  }
  if (cluster.kind === "group" && cluster.recordId) {
    if (!naming) return null;
    return (
      <>
        <RenameClusterButton cluster={cluster} />
        <DissolveGroupButton cluster={cluster} recordId={cluster.recordId} />
      </>
    );
  }
  const host = cluster.nodes[0];
  return host && membership ? <CreateSwarmButton node={host} /> : null;
}
