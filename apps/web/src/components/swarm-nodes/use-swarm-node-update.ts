"use client";
/**
 * Changing a swarm node (labels, availability, role). Every change names the version it was based
 * on; when someone changed the node meanwhile the API answers CONFLICT with a message saying so,
 * and the list is read again so the next attempt starts from the node as it is now.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc";

export function useSwarmNodeUpdate() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries(trpc.swarmNodes.pathFilter());
  return useMutation(
    trpc.swarmNodes.update.mutationOptions({
      onSuccess: () => {
        void refresh();
        // A promotion or demotion changes the managers the dashboard counts.
        void queryClient.invalidateQueries(trpc.clusters.pathFilter());
      },
      onError: (error) => {
        if (error.data?.code === "CONFLICT") void refresh();
      },
    }),
  );
}
