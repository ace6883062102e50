"use client";
/**
 * The `docker swarm join` command for a host without a Wheelhouse agent. The token lets any engine
 * join, so it is fetched only when someone opens this section.
 */
import { useQuery } from "@tanstack/react-query";
import { CodeBlock } from "@wheelhouse/ui";
import { useState } from "react";
import { QueryStates } from "@/components/query-states";
import { useTRPC } from "@/lib/trpc";

export function JoinCommand({ swarmId, role }: { swarmId: string; role: "worker" | "manager" }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="rounded-md border border-line text-sm" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer px-3 py-2 font-medium text-fg-muted hover:text-fg">A host without a Wheelhouse agent?</summary>
      {open && <Command swarmId={swarmId} role={role} />}
    </details>
  );
}

function Command({ swarmId, role }: { swarmId: string; role: "worker" | "manager" }) {
  const trpc = useTRPC();
  const info = useQuery(trpc.swarm.joinInfo.queryOptions({ swarmId }));
  const token = info.data?.joinTokens?.[role];
  const manager = info.data?.managerAddresses[0];
  return (
    <div className="space-y-2 border-t border-line px-3 py-3">
      <QueryStates query={info} loadingLabel="Fetching the join token…" className="py-4">
        {() =>
          token && manager ? (
            <>
              <p className="text-fg-muted">Run this on the host to join as a {role}. Anyone with the token can join, so share it carefully.</p>
              <CodeBlock code={`docker swarm join --token ${token} ${manager}`} wrap />
            </>
          ) : (
            <p className="text-fg-muted">The swarm&apos;s manager gave no join token or address.</p>
          )
        }
      </QueryStates>
    </div>
  );
}
