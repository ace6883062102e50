import { LogOut, Menu } from "lucide-react";
import type { ReactNode } from "react";
import { IconButton } from "@wheelhouse/ui";

export interface TopBarProps {
  userName: string;
  onSignOut: () => void;
  /** Opens the navigation on narrow screens; the button is hidden where the sidebar shows. */
  onOpenNav: () => void;
  /** The node / cluster switcher. */
  switcher?: ReactNode;
  /** Status or controls left of the user, e.g. a ConnectionBadge. */
  actions?: ReactNode;
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]?.[0], words.at(-1)?.[0]] : [name.trim()[0], name.trim()[1]];
  return letters.filter(Boolean).join("").toUpperCase() || "?";
}

export function TopBar({ userName, onSignOut, onOpenNav, switcher, actions }: TopBarProps) {
  return (
    <header className="flex h-14 shrink-0 items-center gap-3 border-b border-line bg-surface px-4 lg:px-6">
      <IconButton aria-label="Open navigation" icon={<Menu />} onClick={onOpenNav} className="-ml-1.5 lg:hidden" />
      <div className="min-w-0 flex-1">{switcher}</div>
      {actions !== undefined && <div className="flex items-center gap-2">{actions}</div>}
      <div className="flex items-center gap-2 border-l border-line pl-3">
        <span
          aria-hidden="true"
          className="flex size-7 items-center justify-center rounded-full bg-accent-100 text-[0.6875rem] leading-none font-semibold text-accent-800"
        >
          {initials(userName)}
        </span>
        <span className="hidden max-w-40 truncate text-sm font-medium text-fg sm:block">{userName}</span>
        <IconButton aria-label="Sign out" icon={<LogOut />} size="sm" onClick={onSignOut} />
      </div>
    </header>
  );
}
