"use client";
/** A container's lifecycle buttons, offered according to its state and to what the user may do, and removal with confirmation. */
import { useMutation } from "@tanstack/react-query";
import type { ContainerAction, ContainerSummary } from "@wheelhouse/protocol";
import { ConfirmDialog, IconButton } from "@wheelhouse/ui";
import { Pause, Play, RotateCw, Square, Trash2, Zap } from "lucide-react";
import { useState } from "react";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { containerLogsHref, LogsLink } from "@/components/logs/logs-link";
import { useBlocked } from "@/hooks/use-blocked";
import { OpenTerminalButton } from "@/components/terminal/open-terminal-button";
import { useTRPC } from "@/lib/trpc";

const BUTTONS: { action: ContainerAction; label: string; icon: React.ReactNode; when: (c: ContainerSummary) => boolean }[] = [
  { action: "start", label: "Start", icon: <Play />, when: (c) => c.state === "created" || c.state === "exited" || c.state === "dead" },
  { action: "unpause", label: "Resume", icon: <Play />, when: (c) => c.state === "paused" },
  { action: "stop", label: "Stop", icon: <Square />, when: (c) => c.state === "running" || c.state === "restarting" },
  { action: "restart", label: "Restart", icon: <RotateCw />, when: (c) => c.state === "running" || c.state === "exited" },
  { action: "pause", label: "Pause", icon: <Pause />, when: (c) => c.state === "running" },
  { action: "kill", label: "Kill", icon: <Zap />, when: (c) => c.state === "running" || c.state === "restarting" },
];

export function ContainerActions({ nodeId, container }: { nodeId: string; container: ContainerSummary }) {
  const trpc = useTRPC();
  const blocked = useBlocked();
  const toasts = useActionToasts();
  const act = useMutation(trpc.containers.act.mutationOptions());
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [removeVolumes, setRemoveVolumes] = useState(false);
  const remove = useMutation(
    trpc.containers.remove.mutationOptions({
      ...toasts(`Removed ${container.name}`, `Could not remove ${container.name}`),
      onSettled: () => setConfirmRemove(false),
    }),
  );
  const running = container.state === "running" || container.state === "restarting" || container.state === "paused";

  return (
    <div className="flex justify-end gap-1">
      {!blocked("logs.read") && <LogsLink compact href={containerLogsHref(nodeId, container.id)} name={container.name} />}
      <OpenTerminalButton nodeId={nodeId} container={container} />
      {BUTTONS.filter((b) => b.when(container) && !blocked("container.operate")).map((b) => (
        <IconButton
          key={b.action}
          aria-label={`${b.label} ${container.name}`}
         
          icon={b.icon}
          size="sm"
          loading={act.isPending && act.variables?.action === b.action}
          disabled={act.isPending}
          onClick={() => act.mutate({ nodeId, id: container.id, action: b.action }, toasts(`${b.label}: ${container.name}`, `Could not ${b.label.toLowerCase()} ${container.name}`))}
        />
      ))}
      {!blocked("container.remove") && <IconButton aria-label={`Remove ${container.name}`} icon={<Trash2 />} size="sm" variant="danger" onClick={() => setConfirmRemove(true)} />}
      <ConfirmDialog
        open={confirmRemove}
        title={`Remove ${container.name}?`}
        description={running ? "It is running: it will be killed, then removed. This cannot be undone." : "This cannot be undone."}
        confirmLabel="Remove"
        tone="danger"
        busy={remove.isPending}
        onCancel={() => setConfirmRemove(false)}
        onConfirm={() => remove.mutate({ nodeId, id: container.id, force: running, removeVolumes })}
      >
        <label className="flex items-center gap-2 text-sm text-fg">
          <input type="checkbox" checked={removeVolumes} onChange={(e) => setRemoveVolumes(e.target.checked)} />
          Also remove its anonymous volumes
        </label>
      </ConfirmDialog>
    </div>
  );
}
