"use client";
/** What can be done from a cluster's card: a swarm gains nodes and opens; a standalone host becomes a swarm. */
import type { ClusterView } from "@wheelhouse/api";
import { buttonClasses } from "@wheelhouse/ui";
import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { AddSwarmNodeButton } from "./add-swarm-node-button";
import { CreateSwarmButton } from "./create-swarm-button";

export function ClusterActions({ cluster }: { cluster: ClusterView }) {
  const { swarmId } = cluster;
  if (cluster.kind === "swarm" && swarmId) {
    return (
      <>
        <AddSwarmNodeButton swarm={{ ...cluster, swarmId }} />
        <Link href={`/swarms/${swarmId}/services`} aria-label={`Open ${cluster.name}`} className={buttonClasses({ size: "sm", variant: "primary" })}>
          Open
          <ArrowRight aria-hidden="true" />
        </Link>
      </>
    );
  }
  const host = cluster.nodes[0];
  return host ? <CreateSwarmButton node={host} /> : null;
}
