import type { ReactNode } from "react";
import { cx } from "./class-names.ts";

export type Tone = "neutral" | "accent" | "success" | "warning" | "danger" | "info";

const TONES: Record<Tone, { badge: string; dot: string }> = {
  neutral: { badge: "bg-neutral-soft text-neutral-fg ring-neutral-line", dot: "bg-neutral" },
  accent: { badge: "bg-accent-50 text-accent-700 ring-accent-200", dot: "bg-accent-500" },
  success: { badge: "bg-success-soft text-success-fg ring-success-line", dot: "bg-success" },
  warning: { badge: "bg-warning-soft text-warning-fg ring-warning-line", dot: "bg-warning" },
  danger: { badge: "bg-danger-soft text-danger-fg ring-danger-line", dot: "bg-danger" },
  info: { badge: "bg-info-soft text-info-fg ring-info-line", dot: "bg-info" },
};

export interface BadgeProps {
  tone?: Tone;
  /** A coloured dot before the text, for states. */
  dot?: boolean;
  /** Pulses the dot, for transient states (restarting, removing). */
  pulse?: boolean;
  className?: string;
  children: ReactNode;
}

export function Badge({ tone = "neutral", dot = false, pulse = false, className, children }: BadgeProps) {
  const colours = TONES[tone];
  return (
    <span
      className={cx(
        "inline-flex h-5 items-center gap-1.5 rounded-full px-2 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        colours.badge,
        className,
      )}
    >
      {dot && (
        <span aria-hidden="true" className="relative flex size-1.5">
          {pulse && <span className={cx("absolute inline-flex size-full animate-ping rounded-full opacity-75", colours.dot)} />}
          <span className={cx("relative inline-flex size-1.5 rounded-full", colours.dot)} />
        </span>
      )}
      {children}
    </span>
  );
}
