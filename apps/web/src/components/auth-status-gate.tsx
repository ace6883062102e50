"use client";
import { ErrorState, LoadingState } from "@wheelhouse/ui";
import type { ReactNode } from "react";
import { errorMessage } from "@/lib/errors";

interface AuthStatusGateProps {
  status: { isPending: boolean; error: unknown; refetch: () => unknown };
  children: ReactNode;
}

/**
 * Holds the sign-in forms back until the install's status is known. The status query only runs once
 * React has hydrated, so nobody can type into a form that a native submit would then reload empty.
 */
export function AuthStatusGate({ status, children }: AuthStatusGateProps) {
  if (status.error) {
    return <ErrorState title="Wheelhouse is not answering" message={errorMessage(status.error)} onRetry={() => void status.refetch()} />;
  }
  if (status.isPending) return <LoadingState label="Connecting…" />;
  return children;
}
