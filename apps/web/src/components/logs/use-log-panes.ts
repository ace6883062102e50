"use client";
/**
 * The log views side by side on a logs page: the page's own target first, then up to two more
 * the user added to compare (another container, service or node), each its own stream.
 */
import type { LogTarget } from "@wheelhouse/protocol";
import { useState } from "react";
import type { SourceTagging } from "./log-row";

export interface LogPane {
  key: string;
  target: LogTarget;
  name: string;
  /** "container", "service" or "node", as a pane's header says. */
  kind: LogTarget["kind"];
  tagging: SourceTagging;
}

export const MAX_PANES = 3;

/** A service's lines name their task and node; a node's name their container; a container's need no tag. */
const TAGGING: Record<LogTarget["kind"], SourceTagging> = { container: "none", service: "name-and-node", node: "name" };

export function paneOf(key: string, target: LogTarget, name: string): LogPane {
  return { key, target, name, kind: target.kind, tagging: TAGGING[target.kind] };
}

/** The panes added beside the page's own; the page's own pane is always first and stays. */
export function useLogPanes() {
  const [added, setAdded] = useState<LogPane[]>([]);
  const [next, setNext] = useState(1);
  return {
    added,
    /** No room for another pane beside the page's own. */
    full: added.length + 1 >= MAX_PANES,
    add: (target: LogTarget, name: string) => {
      if (added.length + 1 >= MAX_PANES) return;
      setAdded([...added, paneOf(`added-${next}`, target, name)]);
      setNext(next + 1);
    },
    remove: (key: string) => setAdded(added.filter((pane) => pane.key !== key)),
  };
}
