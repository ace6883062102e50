/** What a query shows while it loads, when it fails (with a retry), and once its data is there. */
import { ErrorState, LoadingState } from "@wheelhouse/ui";
import type { ReactNode } from "react";
import { errorMessage } from "@/lib/errors";

interface QueryStatesProps<T> {
  query: { isPending: boolean; error: unknown; data: T | undefined; refetch: () => unknown };
  loadingLabel?: string;
  className?: string;
  children: (data: T) => ReactNode;
}

export function QueryStates<T>({ query, loadingLabel, className, children }: QueryStatesProps<T>) {
  return (
    <>
      {query.isPending && <LoadingState label={loadingLabel} className={className} />}
      {query.error != null && <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} className={className} />}
      {query.data !== undefined && children(query.data)}
    </>
  );
}
