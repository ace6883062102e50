"use client";
/**
 * The no-limits warning beside a service in the list. The list's summaries carry no resources,
 * so each row reads its service's spec; react-query shares it with the service's own page.
 */
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc";
import { lacksLimits, NoLimitsIcon } from "./no-limits";

export function LimitsFlag({ swarmId, serviceId }: { swarmId: string; serviceId: string }) {
  const trpc = useTRPC();
  const details = useQuery(trpc.services.inspect.queryOptions({ swarmId, id: serviceId }));
  return details.data?.spec && lacksLimits(details.data.spec) ? <NoLimitsIcon /> : null;
}
