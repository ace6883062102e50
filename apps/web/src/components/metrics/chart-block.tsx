/** One chart with its caption: what it shows, and a note on how to read it. */
import type { ReactNode } from "react";

export function ChartBlock({ title, note, children }: { title: string; note?: string; children: ReactNode }) {
  return (
    <figure className="min-w-0">
      <figcaption className="mb-1.5 flex items-baseline gap-2 text-xs">
        <span className="font-semibold text-fg">{title}</span>
        {note && <span className="text-fg-subtle">{note}</span>}
      </figcaption>
      {children}
    </figure>
  );
}
