"use client";
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { cx, focusRing } from "./class-names.ts";

export interface TabItem {
  id: string;
  label: ReactNode;
  icon?: ReactNode;
  /** A count or badge after the label. */
  badge?: ReactNode;
  content: ReactNode;
}

export interface TabsProps {
  /** The tab list's accessible name, e.g. "Container details". */
  label: string;
  items: readonly TabItem[];
  /** Controlled selection; pair with onValueChange (e.g. to keep the tab in the URL). */
  value?: string;
  defaultValue?: string;
  onValueChange?: (id: string) => void;
  className?: string;
}

/** WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between tabs. */
export function Tabs({ label, items, value, defaultValue, onValueChange, className }: TabsProps) {
  const baseId = useId();
  const [ownValue, setOwnValue] = useState(defaultValue ?? items[0]?.id);
  const wanted = value ?? ownValue;
  // A selection that names no tab (the items changed) falls back to the first tab.
  const selected = items.some((item) => item.id === wanted) ? wanted : items[0]?.id;
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());

  const select = (id: string) => {
    setOwnValue(id);
    onValueChange?.(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = items.findIndex((item) => item.id === selected);
    const last = items.length - 1;
    const next =
      event.key === "ArrowRight" ? (index >= last ? 0 : index + 1)
      : event.key === "ArrowLeft" ? (index <= 0 ? last : index - 1)
      : event.key === "Home" ? 0
      : event.key === "End" ? last
      : undefined;
    const target = next === undefined ? undefined : items[next];
    if (!target) return;
    event.preventDefault();
    select(target.id);
    tabRefs.current.get(target.id)?.focus();
  };

  const active = items.find((item) => item.id === selected);
  return (
    <div className={className}>
      <div role="tablist" aria-label={label} onKeyDown={onKeyDown} className="flex gap-1 overflow-x-auto border-b border-line">
        {items.map((item) => {
          const isSelected = item.id === selected;
          return (
            <button
              key={item.id}
              ref={(element) => {
                if (element) tabRefs.current.set(item.id, element);
                else tabRefs.current.delete(item.id);
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${item.id}`}
              aria-selected={isSelected}
              aria-controls={`${baseId}-panel-${item.id}`}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => select(item.id)}
              className={cx(
                "-mb-px inline-flex h-10 items-center gap-2 border-b-2 px-3 text-sm font-medium whitespace-nowrap transition-colors [&_svg]:size-4",
                isSelected ? "border-accent-600 text-fg" : "border-transparent text-fg-muted hover:border-line-strong hover:text-fg",
                focusRing,
                "focus-visible:outline-offset-[-2px]",
              )}
            >
              {item.icon}
              {item.label}
              {item.badge !== undefined && (
                <span className="rounded-full bg-surface-hover px-1.5 text-xs text-fg-muted tabular-nums">{item.badge}</span>
              )}
            </button>
          );
        })}
      </div>
      {active && (
        <div
          role="tabpanel"
          id={`${baseId}-panel-${active.id}`}
          aria-labelledby={`${baseId}-tab-${active.id}`}
          tabIndex={0}
          className="pt-5 focus-visible:outline-none"
        >
          {active.content}
        </div>
      )}
    </div>
  );
}
