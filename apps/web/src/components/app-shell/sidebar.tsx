import Link from "next/link";
import type { ReactNode } from "react";
import { cx } from "@wheelhouse/ui";
import { LogoMark } from "./logo-mark";

export interface NavItem {
  href: string;
  label: string;
  /** A lucide icon element, e.g. <Box />. */
  icon: ReactNode;
}

export interface NavSection {
  /** Omitted for the first, unlabelled group; a node's name for the node's own pages. */
  label?: string;
  items: readonly NavItem[];
}

/** The item whose href is the longest prefix of the current path, so /containers/abc lights Containers. */
function matchActive(sections: readonly NavSection[], activeHref: string): string | undefined {
  let best: string | undefined;
  for (const { items } of sections) {
    for (const { href } of items) {
      const matches = activeHref === href || activeHref.startsWith(href.endsWith("/") ? href : `${href}/`);
      if (matches && (best === undefined || href.length > best.length)) best = href;
    }
  }
  return best;
}

export interface SidebarProps {
  sections: readonly NavSection[];
  activeHref: string;
  /** Called when a link is followed, so the mobile drawer can close. */
  onNavigate?: () => void;
  className?: string;
}

export function Sidebar({ sections, activeHref, onNavigate, className }: SidebarProps) {
  const active = matchActive(sections, activeHref);
  return (
    <div className={cx("flex h-full w-60 flex-col bg-sidebar text-sidebar-fg", className)}>
      <Link
        href="/"
        onClick={onNavigate}
        className="flex h-14 shrink-0 items-center gap-2.5 border-b border-sidebar-line px-4 focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-accent-400"
      >
        <span className="flex size-8 items-center justify-center rounded-lg bg-linear-to-br from-accent-400 to-accent-700 text-white shadow-sm ring-1 ring-white/10">
          <LogoMark className="size-5" />
        </span>
        <span className="text-[0.9375rem] font-semibold tracking-tight">Wheelhouse</span>
      </Link>
      <nav aria-label="Main" className="flex-1 space-y-6 overflow-y-auto px-3 py-5">
        {sections.map((section, index) => (
          <div key={section.label ?? index}>
            {section.label && (
              <h2 className="mb-1.5 truncate px-2.5 text-[0.6875rem] font-semibold tracking-wider text-sidebar-fg-muted uppercase">
                {section.label}
              </h2>
            )}
            <ul className="space-y-0.5">
              {section.items.map((item) => {
                const isActive = item.href === active;
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      onClick={onNavigate}
                      aria-current={isActive ? "page" : undefined}
                      className={cx(
                        "flex h-8 items-center gap-2.5 rounded-md px-2.5 text-sm transition-colors [&_svg]:size-4 [&_svg]:shrink-0",
                        "focus-visible:outline-2 focus-visible:outline-accent-400",
                        isActive
                          ? "bg-sidebar-active font-medium text-white [&_svg]:text-accent-300"
                          : "text-sidebar-fg-muted hover:bg-sidebar-hover hover:text-sidebar-fg",
                      )}
                    >
                      {item.icon}
                      <span className="truncate">{item.label}</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </nav>
    </div>
  );
}
