/** The typed tRPC client for React: `useTRPC()` gives query and mutation options for every procedure. */
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import type { AppRouter } from "@wheelhouse/api";
import superjson from "superjson";
import { CSRF_HEADER } from "./csrf-header";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: "/api/trpc", transformer: superjson, headers: { [CSRF_HEADER]: "1" } })],
  });
}
