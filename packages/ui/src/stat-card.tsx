import { ChevronRight } from "lucide-react";
import type { ReactNode } from "react";
import { cx, focusRing } from "./class-names.ts";
import { UiLink } from "./link.tsx";
import { Skeleton } from "./skeleton.tsx";

export interface StatCardProps {
  label: string;
  value: ReactNode;
  sublabel?: ReactNode;
  icon?: ReactNode;
  /** Makes the whole card a link to the list behind the figure. */
  href?: string;
  /** Shows a placeholder instead of the value. */
  loading?: boolean;
  className?: string;
}

export function StatCard({ label, value, sublabel, icon, href, loading = false, className }: StatCardProps) {
  const body = (
    <>
      <div className="flex items-center justify-between gap-3">
        <span className="text-sm font-medium text-fg-muted">{label}</span>
        {icon && (
          <span aria-hidden="true" className="flex size-8 items-center justify-center rounded-md bg-accent-50 text-accent-700 [&_svg]:size-4">
            {icon}
          </span>
        )}
      </div>
      <div className="mt-3 text-2xl font-semibold tracking-tight text-fg tabular-nums">
        {loading ? <Skeleton className="h-8 w-16" /> : value}
      </div>
      {(sublabel !== undefined || href) && (
        <div className="mt-1 flex items-center justify-between gap-2 text-xs text-fg-subtle">
          <span className="min-w-0 truncate">{loading ? <Skeleton className="h-3 w-24" /> : sublabel}</span>
          {href && <ChevronRight aria-hidden="true" className="size-4 shrink-0 text-fg-subtle transition-transform group-hover:translate-x-0.5" />}
        </div>
      )}
    </>
  );
  const frame = "block rounded-lg border border-line bg-surface p-5 shadow-card";
  if (href) {
    return (
      <UiLink href={href} className={cx(frame, "group transition-colors hover:border-accent-300", focusRing, className)}>
        {body}
      </UiLink>
    );
  }
  return <div className={cx(frame, className)}>{body}</div>;
}
