import { ChevronRight } from "lucide-react";
import { Fragment, type ReactNode } from "react";
import { cx } from "./class-names.ts";
import { UiLink } from "./link.tsx";

export interface BreadcrumbItem {
  label: string;
  /** Omit for the current page. */
  href?: string;
}

export interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons at the right of the title. */
  actions?: ReactNode;
  breadcrumb?: readonly BreadcrumbItem[];
  className?: string;
}

export function PageHeader({ title, description, actions, breadcrumb, className }: PageHeaderProps) {
  return (
    <div className={cx("mb-6", className)}>
      {breadcrumb && breadcrumb.length > 0 && (
        <nav aria-label="Breadcrumb" className="mb-2">
          <ol className="flex flex-wrap items-center gap-1 text-sm text-fg-subtle">
            {breadcrumb.map((item, index) => (
              <Fragment key={`${index}-${item.label}`}>
                {index > 0 && (
                  <li aria-hidden="true">
                    <ChevronRight className="size-3.5" />
                  </li>
                )}
                <li className="min-w-0 truncate">
                  {item.href ? (
                    <UiLink href={item.href} className="rounded hover:text-fg hover:underline">
                      {item.label}
                    </UiLink>
                  ) : (
                    <span aria-current={index === breadcrumb.length - 1 ? "page" : undefined} className="text-fg-muted">
                      {item.label}
                    </span>
                  )}
                </li>
              </Fragment>
            ))}
          </ol>
        </nav>
      )}
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-3">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight text-fg">{title}</h1>
          {description !== undefined && <p className="mt-1 max-w-3xl text-sm text-fg-muted">{description}</p>}
        </div>
        {actions !== undefined && <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div>}
      </div>
    </div>
  );
}
