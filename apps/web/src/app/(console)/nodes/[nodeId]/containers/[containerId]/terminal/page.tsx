"use client";
/** A terminal in a container, as the terminal dialog launched it (the launch travels in the query, so a reload reattaches). */
import { useQuery } from "@tanstack/react-query";
import { Button, buttonClasses, ErrorState, LoadingState, shortId } from "@wheelhouse/ui";
import { ArrowLeft, RotateCcw } from "lucide-react";
import Link from "next/link";
import { useParams, useSearchParams } from "next/navigation";
import { Suspense, useState } from "react";
import { NodePage } from "@/components/node-page";
import { TerminalView } from "@/components/terminal/terminal-view";
import { launchFromQuery } from "@/lib/terminal/terminal-launch";
import { useTRPC } from "@/lib/trpc";

export default function TerminalPage() {
  return (
    <Suspense fallback={<LoadingState />}>
      <ContainerTerminal />
    </Suspense>
  );
}

function ContainerTerminal() {
  const trpc = useTRPC();
  const { nodeId, containerId: rawId } = useParams<{ nodeId: string; containerId: string }>();
  const containerId = decodeURIComponent(rawId);
  const launch = launchFromQuery(new URLSearchParams(useSearchParams().toString()));
  const container = useQuery(trpc.containers.inspect.queryOptions({ nodeId, id: containerId }));
  const [generation, setGeneration] = useState(0);
  const name = container.data?.name ?? shortId(containerId);
  const back = (
    <Link href={`/nodes/${nodeId}/containers`} className={buttonClasses({ size: "sm" })}>
      <ArrowLeft aria-hidden />
      Containers
    </Link>
  );

  return (
    <NodePage title={`Terminal in ${name}`} description={container.data ? `${container.data.image} · ${container.data.state.status}` : ""} actions={back}>
      {() =>
        launch ? (
          <TerminalView
            key={generation}
            target={{ nodeId, containerId, ...launch }}
            className="h-[calc(100dvh-15rem)] min-h-[22rem]"
            afterEnd={
              <Button size="sm" variant="primary" icon={<RotateCcw />} onClick={() => setGeneration((g) => g + 1)}>
                Start again
              </Button>
            }
          />
        ) : (
          <ErrorState title="This terminal link is malformed" message="Open the terminal again from the container's row or its details." />
        )
      }
    </NodePage>
  );
}
