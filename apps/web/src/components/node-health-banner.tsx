/**
 * Says plainly why a node cannot be managed right now: its agent is not connected, or its Docker
 * Engine does not answer (naming the endpoint the agent tried).
 */
import type { NodeView } from "@wheelhouse/api";
import { formatRelativeTime } from "@wheelhouse/ui";
import { PlugZap, ServerCrash } from "lucide-react";

export function NodeHealthBanner({ node }: { node: NodeView }) {
  if (!node.connected) {
    const seen = node.lastSeenAt ? `Last seen ${formatRelativeTime(node.lastSeenAt.getTime())}.` : "Its agent has never connected.";
    return (
      <Banner icon={<PlugZap className="size-5" />} title={`The agent of ${node.name} is not connected`}>
        {seen} Live data returns by itself when the agent reconnects.
      </Banner>
    );
  }
  if (!node.engine.reachable) {
    return (
      <Banner icon={<ServerCrash className="size-5" />} title={`No Docker Engine answers on ${node.name}`}>
        The agent tried <code className="rounded bg-white/60 px-1 font-mono text-xs">{node.engine.endpoint ?? "the Docker socket"}</code>. Start Docker on
        that host, or point the agent at the right socket with DOCKER_HOST.
        {node.engine.error && <span className="mt-1 block font-mono text-xs opacity-80">{node.engine.error}</span>}
      </Banner>
    );
  }
  return null;
}

function Banner({ icon, title, children }: { icon: React.ReactNode; title: string; children: React.ReactNode }) {
  return (
    <div role="alert" className="mb-6 flex gap-3 rounded-lg border border-warning-line bg-warning-soft p-4 text-warning-fg">
      <span className="mt-0.5 shrink-0">{icon}</span>
      <div className="text-sm">
        <p className="font-semibold">{title}</p>
        <p className="mt-1">{children}</p>
      </div>
    </div>
  );
}
