import type { ReactNode } from "react";
import { cx } from "./class-names.ts";

export interface CardProps {
  title?: ReactNode;
  description?: ReactNode;
  /** Controls at the right of the card's header. */
  actions?: ReactNode;
  /** false lets a table or list run to the card's edges. */
  padded?: boolean;
  className?: string;
  children?: ReactNode;
}

export function Card({ title, description, actions, padded = true, className, children }: CardProps) {
  const hasHeader = title !== undefined || actions !== undefined;
  return (
    <section className={cx("overflow-hidden rounded-lg border border-line bg-surface shadow-card", className)}>
      {hasHeader && (
        <header className="flex items-start justify-between gap-4 border-b border-line px-5 py-3.5">
          <div className="min-w-0">
            {title !== undefined && <h2 className="text-sm font-semibold text-fg">{title}</h2>}
            {description !== undefined && <p className="mt-0.5 text-sm text-fg-muted">{description}</p>}
          </div>
          {actions !== undefined && <div className="flex shrink-0 items-center gap-2">{actions}</div>}
        </header>
      )}
      {children !== undefined && <div className={padded ? "p-5" : undefined}>{children}</div>}
    </section>
  );
}
