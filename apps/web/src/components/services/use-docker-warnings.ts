"use client";
/**
 * Docker's warnings after a create, update or scale (most often: the image's digest could not be
 * resolved, so nodes may run different builds of the same tag). They stay until dismissed.
 */
import { useToast } from "@wheelhouse/ui";

export function useDockerWarnings() {
  const toast = useToast();
  return (what: string, warnings: readonly string[]) => {
    if (warnings.length === 0) return;
    toast.info(`${what}: Docker warned`, { description: warnings.join("\n"), duration: 0 });
  };
}
