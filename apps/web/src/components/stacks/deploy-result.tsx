/** What a deploy did: the services created and updated, each linking to its page, and Docker's warnings. */
import type { StackDeployResult } from "@wheelhouse/protocol";
import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { WarningList } from "./warning-list";

export function DeployResult({ swarmId, name, result }: { swarmId: string; name: string; result: StackDeployResult }) {
  return (
    <div className="space-y-4">
      <p className="flex items-center gap-2 text-sm font-medium text-success-fg">
        <CircleCheck className="size-5 text-success" aria-hidden />
        Stack {name} deployed. The swarm is now starting its tasks.
      </p>
      <ServiceList swarmId={swarmId} title="Created" services={result.created} />
      <ServiceList swarmId={swarmId} title="Updated" services={result.updated} />
      <WarningList warnings={result.warnings} />
    </div>
  );
}

function ServiceList({ swarmId, title, services }: { swarmId: string; title: string; services: StackDeployResult["created"] }) {
  if (services.length === 0) return null;
  return (
    <div>
      <p className="text-xs font-semibold tracking-wide text-fg-subtle uppercase">{title}</p>
      <ul className="mt-1 space-y-0.5">
        {services.map((s) => (
          <li key={s.id}>
            <Link href={`/swarms/${swarmId}/services/${s.id}`} className="font-mono text-[0.8125rem] break-all text-accent-700 hover:underline">
              {s.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
