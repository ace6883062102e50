"use client";
/**
 * What can be done from a cluster's card: a swarm gains nodes, opens and takes a name; a group is
 * renamed or dissolved; a standalone host becomes a swarm.
 */
import type { ClusterView } from "@wheelhouse/api";
import { buttonClasses } from "@wheelhouse/ui";
import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { AddSwarmNodeButton } from "./add-swarm-node-button";
import { CreateSwarmButton } from "./create-swarm-button";
import { DissolveGroupButton } from "./dissolve-group-button";
import { RenameClusterButton } from "./rename-cluster-button";

export function ClusterActions({ cluster }: { cluster: ClusterView }) {
  const { swarmId } = cluster;
  if (cluster.kind === "swarm" && swarmId) {
    return (
      <>
        <RenameClusterButton cluster={cluster} />
        <AddSwarmNodeButton swarm={{ ...cluster, swarmId }} />
        <Link href={`/swarms/${swarmId}/services`} aria-label={`Open ${cluster.name}`} className={buttonClasses({ size: "sm", variant: "primary" })}>
          Open
          <ArrowRight aria-hidden="true" />
        </Link>
      </>
    );
  }
  if (cluster.kind === "group" && cluster.recordId) {
    return (
      <>
        <RenameClusterButton cluster={cluster} />
        <DissolveGroupButton cluster={cluster} recordId={cluster.recordId} />
      </>
    );
  }
  const host = cluster.nodes[0];
  return host ? <CreateSwarmButton node={host} /> : null;
}
