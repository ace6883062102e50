import type { ComponentPropsWithRef, ReactNode } from "react";
import { buttonVariants, type ButtonSize } from "./button.tsx";
import { cx, focusRing } from "./class-names.ts";
import { Spinner } from "./spinner.tsx";

const SIZES: Record<ButtonSize, string> = {
  sm: "size-7 [&_svg]:size-3.5",
  md: "size-9 [&_svg]:size-4",
};

export interface IconButtonProps extends Omit<ComponentPropsWithRef<"button">, "children"> {
  /** Required: an icon-only control must say what it does. Also shown as the tooltip. */
  "aria-label": string;
  icon: ReactNode;
  variant?: "ghost" | "secondary" | "danger";
  size?: ButtonSize;
  loading?: boolean;
}

export function IconButton({
  icon,
  variant = "ghost",
  size = "md",
  loading = false,
  disabled,
  type = "button",
  title,
  className,
  ...rest
}: IconButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      title={title ?? rest["aria-label"]}
      className={cx(
        "inline-flex shrink-0 items-center justify-center rounded-md transition-colors",
        "disabled:cursor-not-allowed disabled:opacity-55",
        focusRing,
        variant === "danger" ? "text-fg-muted hover:bg-danger-soft hover:text-danger-fg" : buttonVariants[variant],
        SIZES[size],
        className,
      )}
      {...rest}
    >
      {loading ? <Spinner size="sm" /> : icon}
    </button>
  );
}
