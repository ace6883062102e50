"use client";
/** The way to the create-service form, or a disabled button saying why the user may not create one. */
import { Button, buttonClasses } from "@wheelhouse/ui";
import { Plus } from "lucide-react";
import Link from "next/link";
import { useBlocked } from "@/hooks/use-blocked";

export function CreateServiceLink({ href, size }: { href: string; size?: "sm" }) {
  const blocked = useBlocked()("service.create");
  if (blocked) {
    return (
      <span title={blocked}>
        <Button variant="primary" size={size} icon={<Plus />} disabled>
          Create service
        </Button>
      </span>
    );
  }
  return (
    <Link href={href} className={buttonClasses({ variant: "primary", size })}>
      <Plus aria-hidden="true" />
      Create service
    </Link>
  );
}
