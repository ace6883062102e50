"use client";
/** Every signed-in page: sends visitors to setup or sign-in as needed, then frames the page. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { LoadingState } from "@wheelhouse/ui";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { consoleNav } from "@/components/console-nav";
import { LiveIndicator } from "@/components/live-indicator";
import { NodeSwitcher } from "@/components/node-switcher";
import { useAccess } from "@/hooks/use-access";
import { useCurrentNode } from "@/hooks/use-current-node";
import { useCurrentSwarm } from "@/hooks/use-current-swarm";
import { useNodeEvents } from "@/hooks/use-node-events";
import { closeBrowserSocket } from "@/lib/browser-socket";
import { useTRPC } from "@/lib/trpc";

export default function ConsoleLayout({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.auth.status.queryOptions());
  const user = status.data?.user;
  const { node, nodes } = useCurrentNode();
  const { holds } = useAccess();
  const { swarm } = useCurrentSwarm(node?.id);
  // On a swarm's pages, listen to one of its managers: only managers hear of services, secrets and configs.
  const swarmManager = swarm?.nodes.find((n) => n.manager && n.connected)?.id;
  const live = useNodeEvents(user ? (pathname.startsWith("/swarms/") ? (swarmManager ?? node?.id) : node?.id) : undefined);
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: () => {
        closeBrowserSocket();
        queryClient.clear();
        router.replace("/login");
      },
    }),
  );

  useEffect(() => {
    if (status.data?.setupRequired) router.replace("/setup");
    else if (status.data && !status.data.user) router.replace("/login");
  }, [status.data, router]);

  if (!user) return <LoadingState label="Loading Wheelhouse…" className="h-dvh" />;

  return (
    <AppShell
      navSections={consoleNav(node, swarm, { isAdmin: user.isAdmin, holds })}
      activeHref={pathname}
      userName={user.username}
      onSignOut={() => logout.mutate()}
      switcher={<NodeSwitcher nodes={nodes} current={node} />}
      topBarActions={node ? <LiveIndicator state={live} /> : undefined}
    >
      {children}
    </AppShell>
  );
}
