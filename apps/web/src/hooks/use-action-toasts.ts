"use client";
/** Success and failure toasts for a mutation, so every action reports its outcome the same way. */
import { useToast } from "@wheelhouse/ui";
import { errorMessage } from "@/lib/errors";

export function useActionToasts() {
  const toast = useToast();
  return (success: string, failure: string) => ({
    onSuccess: () => toast.success(success),
    onError: (error: unknown) => toast.error(failure, { description: errorMessage(error), duration: 0 }),
  });
}
