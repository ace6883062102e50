"use client";
/** "Create team", opening the team form. */
import { Button } from "@wheelhouse/ui";
import { Plus } from "lucide-react";
import { useState } from "react";
import { TeamFormModal } from "./team-form-modal";

export function CreateTeamButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="primary" icon={<Plus />} onClick={() => setOpen(true)}>
        Create team
      </Button>
      {open && <TeamFormModal onClose={() => setOpen(false)} />}
    </>
  );
}
