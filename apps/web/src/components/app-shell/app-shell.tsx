"use client";
/**
 * The frame of every signed-in page: navigation on the left (a drawer on narrow screens), a top
 * bar with the node/cluster switcher and the user, and the scrolling content area.
 */
import { X } from "lucide-react";
import { useState, type ReactNode } from "react";
import { IconButton } from "@wheelhouse/ui";
import { Sidebar, type NavSection } from "./sidebar";
import { TopBar } from "./top-bar";

export interface AppShellProps {
  navSections: readonly NavSection[];
  /** The current path; the nav item it falls under is highlighted. */
  activeHref: string;
  userName: string;
  onSignOut: () => void;
  /** The node / cluster switcher, at the left of the top bar. */
  switcher?: ReactNode;
  /** Status or controls in the top bar, left of the user. */
  topBarActions?: ReactNode;
  children: ReactNode;
}

export function AppShell({ navSections, activeHref, userName, onSignOut, switcher, topBarActions, children }: AppShellProps) {
  const [navOpen, setNavOpen] = useState(false);
  const closeNav = () => setNavOpen(false);

  return (
    <div className="flex h-dvh overflow-hidden bg-canvas">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-surface px-3 py-2 text-sm font-medium text-fg shadow-overlay focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        Skip to content
      </a>

      <Sidebar sections={navSections} activeHref={activeHref} className="hidden shrink-0 lg:flex" />

      {navOpen && (
        <div className="fixed inset-0 z-40 flex lg:hidden" onKeyDown={(event) => event.key === "Escape" && closeNav()}>
          <div aria-hidden="true" onClick={closeNav} className="absolute inset-0 bg-slate-950/40" />
          <div className="relative flex h-full shadow-overlay">
            <Sidebar sections={navSections} activeHref={activeHref} onNavigate={closeNav} />
            <IconButton
              aria-label="Close navigation"
              autoFocus
              icon={<X />}
              onClick={closeNav}
              className="absolute top-2.5 -right-11 bg-surface text-fg shadow-sm"
            />
          </div>
        </div>
      )}

      <div className="flex min-w-0 flex-1 flex-col">
        <TopBar userName={userName} onSignOut={onSignOut} onOpenNav={() => setNavOpen(true)} switcher={switcher} actions={topBarActions} />
        <main id="main" tabIndex={-1} className="flex-1 overflow-y-auto focus:outline-none">
          <div className="mx-auto w-full max-w-7xl px-4 py-6 sm:px-6 lg:px-8 lg:py-8">{children}</div>
        </main>
      </div>
    </div>
  );
}
