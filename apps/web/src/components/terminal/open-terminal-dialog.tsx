"use client";
/**
 * Choosing what a terminal runs in a container: a shell (sh by default, or bash where the image has
 * it) or a program with its arguments, as which user, with or without a tty. It runs as given,
 * never through a shell the user did not ask for. Mount it when opened, so it starts afresh.
 */
import { Button, Modal } from "@wheelhouse/ui";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/form-error";
import { CheckField } from "@/components/services/form/fields/check-field";
import { RadioCard } from "@/components/swarm-nodes/radio-card";
import { TextField } from "@/components/text-field";
import { splitArgv } from "@/lib/terminal/split-argv";
import { DEFAULT_LAUNCH, TerminalLaunch, terminalHref } from "@/lib/terminal/terminal-launch";

const SHELLS = [
  { id: "sh", command: ["/bin/sh"], label: "/bin/sh", hint: "In any image with a shell" },
  { id: "bash", command: ["/bin/bash"], label: "/bin/bash", hint: "Where the image has it" },
  { id: "custom", command: null, label: "Other", hint: "A program and its arguments" },
] as const;

interface OpenTerminalDialogProps {
  nodeId: string;
  container: { id: string; name: string };
  open: boolean;
  onClose: () => void;
}

export function OpenTerminalDialog({ nodeId, container, open, onClose }: OpenTerminalDialogProps) {
  const router = useRouter();
  const [choice, setChoice] = useState<(typeof SHELLS)[number]["id"]>("sh");
  const [line, setLine] = useState("");
  const [user, setUser] = useState("");
  const [tty, setTty] = useState(DEFAULT_LAUNCH.tty);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = () => {
    const shell = SHELLS.find((s) => s.id === choice);
    const argv = shell?.command ? { ok: true as const, argv: [...shell.command] } : splitArgv(line);
    if (!argv.ok) return setProblem(argv.message);
    const launch = TerminalLaunch.safeParse({ command: argv.argv, user: user.trim() || undefined, tty });
    if (!launch.success) return setProblem(launch.error.issues[0]?.message ?? "Check the fields.");
    router.push(terminalHref(nodeId, container.id, launch.data));
  };

  return (
    <Modal
      open={open}
      onClose={onClose}
      title={`Terminal in ${container.name}`}
      description="A new process in the running container, yours alone. Closing the tab ends it after a short grace period."
      size="lg"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form="open-terminal">
            Open terminal
          </Button>
        </>
      }
    >
      <form
        id="open-terminal"
        // Opened from a table row, the dialog inherits the cell's nowrap.
        className="space-y-5 whitespace-normal"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <FormError message={problem} />
        <fieldset>
          <legend className="text-sm font-medium text-fg">Command</legend>
          <div className="mt-1.5 grid gap-2 sm:grid-cols-3">
            {SHELLS.map((shell) => (
              <RadioCard key={shell.id} name="terminal-command" checked={choice === shell.id} onChange={() => setChoice(shell.id)} label={shell.command ? <span className="font-mono">{shell.label}</span> : shell.label} hint={shell.hint} />
            ))}
          </div>
        </fieldset>
        {choice === "custom" && (
          <TextField
            label="Program and arguments"
            mono
            autoFocus
            placeholder="psql -U postgres app"
            value={line}
            onChange={(event) => setLine(event.target.value)}
            hint="Split on spaces; quote to keep spaces. No shell runs it: for pipes or variables, use sh -c '…'."
          />
        )}
        <TextField
          label="User"
          mono
          placeholder="the image's user (often root)"
          value={user}
          onChange={(event) => setUser(event.target.value)}
          hint="A name or uid, optionally with :group, as docker exec --user takes it."
        />
        <CheckField label="Allocate a terminal (tty)" checked={tty} onChange={setTty} hint="Off for programs that read their input to the end, such as a pipe; output then arrives as it is, stdout and stderr together." />
      </form>
    </Modal>
  );
}
