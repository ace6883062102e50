"use client";
/**
 * Options for a users.* mutation: a toast on success, and fresh users and teams lists after (team
 * member counts change with users). Without a failure message, errors are left to the form that
 * shows them; with one, they are toasted.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useToast } from "@wheelhouse/ui";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export function useUserMutationOptions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  return (success: string, failure: string | null, after?: () => void) => ({
    onSuccess: () => {
      toast.success(success);
      void queryClient.invalidateQueries(trpc.users.pathFilter());
      void queryClient.invalidateQueries(trpc.teams.pathFilter());
      after?.();
    },
    onError: failure === null ? undefined : (error: unknown) => toast.error(failure, { description: errorMessage(error), duration: 0 }),
  });
}
