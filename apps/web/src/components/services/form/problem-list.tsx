/** The problems that keep a spec from being sent, each with where it is. */
import { CircleAlert } from "lucide-react";
import type { Problem } from "./check-draft";

export function ProblemList({ problems, title }: { problems: readonly Problem[]; title: string }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="rounded-md border border-danger-line bg-danger-soft px-4 py-3 text-sm text-danger-fg">
      <p className="flex items-center gap-2 font-medium">
        <CircleAlert aria-hidden="true" className="size-4 shrink-0" />
        {title}
      </p>
      <ul className="mt-2 space-y-1 pl-6">
        {problems.map((p, i) => (
          <li key={`${p.path}-${i}`}>
            <code className="font-mono text-xs">{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
