"use client";
/** Client-side providers: react-query, the typed tRPC client, toasts, and next/link for the UI kit. */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { LinkProvider, ToastProvider } from "@wheelhouse/ui";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { createApiClient, TRPCProvider } from "@/lib/trpc";

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          // Engine events invalidate what changed, so data stays fresh without refetching on every focus.
          queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: 1 },
        },
      }),
  );
  const [apiClient] = useState(createApiClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={apiClient} queryClient={queryClient}>
        <LinkProvider component={Link}>
          <ToastProvider>{children}</ToastProvider>
        </LinkProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
