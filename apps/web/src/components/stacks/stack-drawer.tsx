"use client";
/** A stack's services (each linking to its own page) and the networks it created, in a side panel. */
import { useQuery } from "@tanstack/react-query";
import type { StackDetails } from "@wheelhouse/protocol";
import { Drawer } from "@wheelhouse/ui";
import Link from "next/link";
import { QueryStates } from "@/components/query-states";
import { ReplicasMeter } from "@/components/services/replicas-meter";
import { useTRPC } from "@/lib/trpc";

interface Props {
  swarmId: string;
  name: string | null;
  onClose: () => void;
}

export function StackDrawer({ swarmId, name, onClose }: Props) {
  const trpc = useTRPC();
  const details = useQuery({ ...trpc.stacks.services.queryOptions({ swarmId, name: name ?? "" }), enabled: name !== null });
  return (
    <Drawer open={name !== null} onClose={onClose} title={name ?? ""} description="Stack" size="xl">
      <QueryStates query={details}>{(data) => <StackContents swarmId={swarmId} stack={data} />}</QueryStates>
    </Drawer>
  );
}

function StackContents({ swarmId, stack }: { swarmId: string; stack: StackDetails }) {
  return (
    <div className="space-y-6">
      <section>
        <h3 className="text-xs font-semibold tracking-wide text-fg-subtle uppercase">Services</h3>
        {stack.services.length > 0 ? (
          <ul className="mt-2 divide-y divide-line rounded-lg border border-line">
            {stack.services.map((s) => (
              <li key={s.id} className="flex items-center justify-between gap-4 px-4 py-2.5">
                <div className="min-w-0">
                  <Link href={`/swarms/${swarmId}/services/${s.id}`} className="font-medium break-all text-accent-700 hover:underline">
                    {s.name}
                  </Link>
                  <span className="block truncate font-mono text-xs text-fg-muted">{s.image}</span>
                </div>
                <ReplicasMeter replicas={s.replicas} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-fg-muted">No services are left in this stack.</p>
        )}
      </section>
      <section>
        <h3 className="text-xs font-semibold tracking-wide text-fg-subtle uppercase">Networks it created</h3>
        {stack.networks.length > 0 ? (
          <ul className="mt-2 space-y-1 font-mono text-[0.8125rem]">
            {stack.networks.map((n) => (
              <li key={n.id}>{n.name}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-fg-muted">None: its services use external networks only.</p>
        )}
      </section>
    </div>
  );
}
