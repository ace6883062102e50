/** Warnings about a stack (the compose file's, Docker's): worth reading, but nothing was refused. */
import { TriangleAlert } from "lucide-react";

export function WarningList({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="rounded-md border border-warning-line bg-warning-soft px-3 py-2 text-sm">
      <p className="flex items-center gap-2 font-medium text-warning-fg">
        <TriangleAlert className="size-4" aria-hidden />
        Warnings
      </p>
      <ul className="mt-1 list-disc space-y-0.5 pl-6 break-words text-fg">
        {warnings.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ul>
    </div>
  );
}
