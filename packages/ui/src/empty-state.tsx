import type { ReactNode } from "react";
import { cx } from "./class-names.ts";

export interface EmptyStateProps {
  icon?: ReactNode;
  title: string;
  description?: ReactNode;
  /** Usually a Button that creates the first item. */
  action?: ReactNode;
  className?: string;
}

export function EmptyState({ icon, title, description, action, className }: EmptyStateProps) {
  return (
    <div className={cx("flex flex-col items-center px-6 py-12 text-center", className)}>
      {icon && (
        <div aria-hidden="true" className="mb-4 flex size-11 items-center justify-center rounded-full bg-surface-hover text-fg-subtle ring-8 ring-surface-muted [&_svg]:size-5">
          {icon}
        </div>
      )}
      <h3 className="text-sm font-semibold text-fg">{title}</h3>
      {description !== undefined && <p className="mt-1 max-w-sm text-sm text-fg-muted">{description}</p>}
      {action !== undefined && <div className="mt-5">{action}</div>}
    </div>
  );
}
