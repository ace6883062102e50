"use client";
import { Check, Copy } from "lucide-react";
import { useEffect, useState } from "react";
import { cx } from "./class-names.ts";
import { IconButton } from "./icon-button.tsx";

const COPIED_FOR_MS = 1500;

/**
 * navigator.clipboard exists only in secure contexts, and a control plane is often reached over
 * plain HTTP on a LAN address, so fall back to the selection-based copy there.
 */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  const copied = document.execCommand("copy");
  area.remove();
  if (!copied) throw new Error("Copy failed");
}

export interface CopyButtonProps {
  value: string;
  /** What is copied, for the accessible name: "Copy container id". */
  label?: string;
  size?: "sm" | "md";
  className?: string;
}

export function CopyButton({ value, label = "Copy", size = "sm", className }: CopyButtonProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <>
      <IconButton
        aria-label={state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : label}
        size={size}
        icon={state === "copied" ? <Check className="text-success" /> : <Copy />}
        onClick={() => copyText(value).then(() => setState("copied"), () => setState("failed"))}
        className={cx(state === "failed" && "text-danger", className)}
      />
      <span role="status" className="sr-only">
        {state === "copied" ? "Copied to clipboard" : state === "failed" ? "Could not copy" : ""}
      </span>
    </>
  );
}
