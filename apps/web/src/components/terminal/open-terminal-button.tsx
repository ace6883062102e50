"use client";
/** The Terminal action of a running container, for those who may exec into containers: an icon in a row, a button elsewhere. */
import { Button, IconButton } from "@wheelhouse/ui";
import { SquareTerminal } from "lucide-react";
import { useState } from "react";
import { useAccess } from "@/hooks/use-access";
import { OpenTerminalDialog } from "./open-terminal-dialog";

interface OpenTerminalButtonProps {
  nodeId: string;
  container: { id: string; name: string; state: string };
  labelled?: boolean;
}

export function OpenTerminalButton({ nodeId, container, labelled = false }: OpenTerminalButtonProps) {
  const { holds } = useAccess();
  const [open, setOpen] = useState(false);
  if (!holds("container.exec") || container.state !== "running") return null;
  return (
    <>
      {labelled ? (
        <Button size="sm" icon={<SquareTerminal />} onClick={() => setOpen(true)}>
          Terminal
        </Button>
      ) : (
        <IconButton aria-label={`Terminal in ${container.name}`} icon={<SquareTerminal />} size="sm" onClick={() => setOpen(true)} />
      )}
      {open && <OpenTerminalDialog nodeId={nodeId} container={container} open onClose={() => setOpen(false)} />}
    </>
  );
}
