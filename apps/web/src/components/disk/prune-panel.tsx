"use client";
/** The prune form: choose what to delete, confirm the exact list, watch it run, see what was freed. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { LabelFilter, type PruneRequest } from "@wheelhouse/protocol";
import { Button, Card, ConfirmDialog, Spinner } from "@wheelhouse/ui";
import { Trash2 } from "lucide-react";
import { useId, useState, type ReactNode } from "react";
import { TextField } from "@/components/text-field";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { useBlocked } from "@/hooks/use-blocked";
import { useTRPC } from "@/lib/trpc";
import { PruneOption } from "./prune-option";
import { PruneResultCard } from "./prune-result-card";
import { NOTHING_CHOSEN, pruneTargets } from "./prune-targets";

const OBJECT_CHOICES: { key: "containers" | "networks" | "buildCache" | "volumes"; label: string; hint: ReactNode }[] = [
  { key: "containers", label: "Stopped containers", hint: "Exited, created or dead containers, with the files written inside them." },
  { key: "networks", label: "Unused networks", hint: "Networks no container is attached to; bridge, host and none stay." },
  { key: "buildCache", label: "Build cache", hint: "Layers kept by docker build; the next builds are slower until it refills." },
  {
    key: "volumes",
    label: "Unused volumes",
    hint: <span className="font-medium text-danger-fg">Data loss: local volumes no container uses are deleted with everything in them.</span>,
  },
];

const IMAGE_CHOICES: { value: PruneRequest["images"]; label: string; hint: string }[] = [
  { value: "none", label: "Keep images", hint: "No image is deleted." },
  { value: "dangling", label: "Dangling images", hint: "Untagged images no container uses, usually left by rebuilds." },
  { value: "all", label: "All unused images", hint: "Every image no container uses, tagged or not; they must be built or loaded again." },
];

export function PrunePanel({ nodeId, nodeName }: { nodeId: string; nodeName: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toasts = useActionToasts();
  const pruneBlocked = useBlocked()("system.prune");
  const imagesName = useId();
  const [choice, setChoice] = useState<PruneRequest>(NOTHING_CHOSEN);
  const [confirming, setConfirming] = useState(false);
  const [label, setLabel] = useState("");
  const { onSuccess, onError } = toasts(`Prune finished on ${nodeName}`, `Could not prune ${nodeName}`);
  const prune = useMutation(
    trpc.system.prune.mutationOptions({
      onSuccess: () => {
        onSuccess();
        // Pruning build cache raises no engine event, so the live refresh would not notice it.
        void queryClient.invalidateQueries(trpc.system.diskUsage.queryFilter({ nodeId }));
      },
      onError,
      onSettled: () => setConfirming(false),
    }),
  );
  const labelFilter = label.trim() === "" ? undefined : LabelFilter.safeParse(label);
  const labelProblem = labelFilter?.success === false ? labelFilter.error.issues[0]?.message : undefined;
  const request: PruneRequest = { ...choice, labels: labelFilter?.success ? [labelFilter.data] : undefined };
  const problem = request.labels && request.buildCache ? "Build cache carries no labels; untick it to prune by label." : undefined;
  const targets = pruneTargets(request);
  const set = (patch: Partial<PruneRequest>) => setChoice((current) => ({ ...current, ...patch }));

  return (
    <>
      <Card title="Prune" description="Delete what nothing on this node uses. Running containers, and the images, volumes and networks they use, are never touched.">
        <div className="grid gap-6 md:grid-cols-2">
          <fieldset className="space-y-3">
            <legend className="mb-3 text-xs font-semibold tracking-wide text-fg-subtle uppercase">Objects</legend>
            {OBJECT_CHOICES.map((c) => (
              <PruneOption key={c.key} type="checkbox" label={c.label} hint={c.hint} checked={choice[c.key]} onChange={(e) => set({ [c.key]: e.target.checked })} />
            ))}
          </fieldset>
          <fieldset className="space-y-3">
            <legend className="mb-3 text-xs font-semibold tracking-wide text-fg-subtle uppercase">Images</legend>
            {IMAGE_CHOICES.map((c) => (
              <PruneOption
                key={c.value}
                type="radio"
                name={imagesName}
                label={c.label}
                hint={c.hint}
                checked={choice.images === c.value}
                onChange={() => set({ images: c.value })}
              />
            ))}
          </fieldset>
        </div>
        <TextField
          className="mt-6 max-w-md"
          label="Only objects labelled (optional)"
          placeholder="com.example.team=payments"
          mono
          spellCheck={false}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          error={labelProblem}
          hint="key or key=value, as in docker system prune --filter label=…"
        />
        <div className="mt-6 flex items-center justify-end gap-3 border-t border-line pt-4">
          {(pruneBlocked !== undefined || problem !== undefined || targets.length === 0) && (
            <span className={problem ? "text-sm text-danger-fg" : "text-sm text-fg-subtle"}>{pruneBlocked ?? problem ?? "Choose at least one kind of object to prune."}</span>
          )}
          <Button
            variant="danger"
            icon={<Trash2 />}
            disabled={pruneBlocked !== undefined || targets.length === 0 || problem !== undefined || labelProblem !== undefined}
            loading={prune.isPending} onClick={() => setConfirming(true)}>
            {prune.isPending ? "Pruning…" : "Prune"}
          </Button>
        </div>
      </Card>
      <ConfirmDialog
        open={confirming}
        title={`Prune ${nodeName}?`}
        description="This deletes the following, and cannot be undone:"
        confirmLabel={prune.isPending ? "Pruning…" : "Prune"}
        tone="danger"
        busy={prune.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => prune.mutate({ nodeId, what: request })}
      >
        <ul className="list-disc space-y-1 pl-5">
          {targets.map((t) => (
            <li key={t.text} className={t.dataLoss ? "font-medium text-danger-fg" : "text-fg"}>
              {t.text}
            </li>
          ))}
        </ul>
        {prune.isPending && (
          <p role="status" className="flex items-center gap-2 pt-2 text-fg-muted">
            <Spinner size="sm" /> Pruning… on a busy node this can take a minute.
          </p>
        )}
      </ConfirmDialog>
      {prune.data && prune.variables && <PruneResultCard result={prune.data} request={prune.variables.what} onDismiss={() => prune.reset()} />}
    </>
  );
}
