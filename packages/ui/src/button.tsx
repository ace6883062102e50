import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx, focusRing } from "./class-names.ts";
import { Spinner } from "./spinner.tsx";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "sm" | "md";

/** Colours per variant; IconButton shares them. */
export const buttonVariants: Record<ButtonVariant, string> = {
  primary: "bg-accent-600 text-white shadow-xs hover:bg-accent-700 active:bg-accent-800",
  secondary: "bg-surface text-fg shadow-xs ring-1 ring-inset ring-line-strong hover:bg-surface-hover",
  danger: "bg-danger text-white shadow-xs hover:bg-danger-fg active:bg-danger-fg",
  ghost: "text-fg-muted hover:bg-surface-hover hover:text-fg",
};

const SIZES: Record<ButtonSize, string> = {
  sm: "h-7 gap-1.5 px-2.5 text-xs [&_svg]:size-3.5",
  md: "h-9 gap-2 px-3.5 text-sm [&_svg]:size-4",
};

/** A button's classes, for a link that should look like one (`<Link className={buttonClasses()}>`). */
export function buttonClasses({ variant = "secondary", size = "md" }: { variant?: ButtonVariant; size?: ButtonSize } = {}): string {
  return cx(
    "inline-flex shrink-0 items-center justify-center rounded-md font-medium whitespace-nowrap transition-colors",
    "disabled:cursor-not-allowed disabled:opacity-55",
    focusRing,
    buttonVariants[variant],
    SIZES[size],
  );
}

export interface ButtonProps extends ComponentPropsWithRef<"button"> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner in place of the icon and disables the button. */
  loading?: boolean;
  /** Leading icon, e.g. a lucide icon element. */
  icon?: ReactNode;
}

export function Button({
  variant = "secondary",
  size = "md",
  loading = false,
  icon,
  disabled,
  type = "button",
  className,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={cx(buttonClasses({ variant, size }), className)}
      {...rest}
    >
      {loading ? <Spinner size={size === "sm" ? "sm" : "md"} /> : icon}
      {children}
    </button>
  );
}
