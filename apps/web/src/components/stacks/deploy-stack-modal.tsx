"use client";
/**
 * Deploying a compose file as a stack: name it, paste or load the file, check it (every problem
 * listed with its line, a click away in the editor), then deploy and see what was created or
 * updated. A name already in use updates that stack, as docker stack deploy does.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { StackDeployResult, StackProblem } from "@wheelhouse/protocol";
import { Button, Modal, Spinner } from "@wheelhouse/ui";
import { CircleCheck } from "lucide-react";
import { useRef, useState } from "react";
import { FormError } from "@/components/form-error";
import { TextField } from "@/components/text-field";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { ComposeEditor, LINE_HEIGHT_PX } from "./compose-editor";
import { ComposeFindings } from "./compose-findings";
import { DeployResult } from "./deploy-result";
import { lineSpan } from "./text-lines";

interface Props {
  swarmId: string;
  /** The stack to deploy a new version of; empty for a new stack. */
  initialName: string;
  onClose: () => void;
}

interface Checked {
  name: string;
  compose: string;
  problems: StackProblem[];
  warnings: string[];
  /** The services a file without problems deploys. */
  services: string[];
}

export function DeployStackModal({ swarmId, initialName, onClose }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const editor = useRef<HTMLTextAreaElement>(null);
  // To say when a deploy would update a stack rather than create one.
  const stacks = useQuery(trpc.stacks.list.queryOptions({ swarmId }));
  const [name, setName] = useState(initialName);
  const [compose, setCompose] = useState("");
  const [checked, setChecked] = useState<Checked | null>(null);
  const [deployed, setDeployed] = useState<{ name: string; result: StackDeployResult } | null>(null);

  const validate = useMutation(
    trpc.stacks.validate.mutationOptions({
      onSuccess: (check, input) =>
        setChecked(check.ok ? { ...input, problems: [], warnings: check.warnings, services: check.services } : { ...input, problems: check.problems, warnings: [], services: [] }),
    }),
  );
  const deploy = useMutation(
    trpc.stacks.deploy.mutationOptions({
      onSuccess: (outcome, input) => {
        if (!outcome.ok) {
          setChecked({ ...input, problems: outcome.problems, warnings: [], services: [] });
          return;
        }
        setDeployed({ name: input.name, result: outcome });
        void queryClient.invalidateQueries(trpc.stacks.pathFilter());
        void queryClient.invalidateQueries(trpc.services.list.queryFilter({ swarmId }));
      },
    }),
  );
  const busy = validate.isPending || deploy.isPending;
  const failure = deploy.error ?? validate.error;
  const stale = checked !== null && (checked.name !== name.trim() || checked.compose !== compose);
  const problemLines = new Set((checked?.problems ?? []).flatMap((p) => (p.line === undefined ? [] : [p.line])));
  const ready = name.trim() !== "" && compose.trim() !== "";
  const input = { swarmId, name: name.trim(), compose };

  function showProblem(problem: StackProblem) {
    const textarea = editor.current;
    if (!textarea || problem.line === undefined) return;
    const { start, end } = lineSpan(textarea.value, problem.line);
    textarea.focus();
    textarea.setSelectionRange(Math.min(start + Math.max(0, (problem.column ?? 1) - 1), end), end);
    textarea.scrollTop = Math.max(0, (problem.line - 1) * LINE_HEIGHT_PX - textarea.clientHeight / 3);
  }

  if (deployed) {
    return (
      <Modal open onClose={onClose} title={`Deployed ${deployed.name}`} size="xl" footer={<Button variant="primary" onClick={onClose}>Done</Button>}>
        <DeployResult swarmId={swarmId} name={deployed.name} result={deployed.result} />
      </Modal>
    );
  }

  return (
    <Modal
      open
      onClose={onClose}
      dismissible={!deploy.isPending}
      size="xl"
      title={initialName ? `Deploy a new version of ${initialName}` : "Deploy stack"}
      description="A compose file deployed as services on this swarm, like docker stack deploy."
      footer={
        <>
          {deploy.isPending && (
            <span className="mr-auto flex items-center gap-2 text-sm text-fg-muted">
              <Spinner size="sm" />
              Checking the swarm, creating networks, then services…
            </span>
          )}
          <Button onClick={onClose} disabled={deploy.isPending}>
            Cancel
          </Button>
          <Button onClick={() => validate.mutate(input)} loading={validate.isPending} disabled={!ready || busy}>
            Check
          </Button>
          <Button variant="primary" onClick={() => deploy.mutate(input)} loading={deploy.isPending} disabled={!ready || busy}>
            Deploy
          </Button>
        </>
      }
    >
      <div className="space-y-4">
        <TextField
          label="Stack name"
          mono
          value={name}
          onChange={(e) => setName(e.target.value)}
          disabled={busy}
          autoComplete="off"
          spellCheck={false}
          hint={
            stacks.data?.some((s) => s.name === name.trim())
              ? "This stack exists: its services are updated and new ones created. Services no longer in the file are left as they are."
              : "Lowercase letters, digits, - and _. Each service is named <stack>_<service>."
          }
        />
        <ComposeEditor value={compose} onChange={setCompose} problemLines={problemLines} textareaRef={editor} disabled={deploy.isPending} />
        <FormError message={failure ? errorMessage(failure) : null} />
        {checked && <ComposeFindings problems={checked.problems} warnings={checked.warnings} onSelect={showProblem} stale={stale} />}
        {checked && !stale && checked.problems.length === 0 && (
          <p className="flex items-start gap-2 text-sm text-success-fg">
            <CircleCheck className="mt-0.5 size-4 shrink-0" aria-hidden />
            <span>
              The file can be deployed: {checked.services.length === 1 ? "1 service" : `${checked.services.length} services`},{" "}
              <span className="font-mono text-[0.8125rem]">{checked.services.join(", ")}</span>.
            </span>
          </p>
        )}
      </div>
    </Modal>
  );
}
