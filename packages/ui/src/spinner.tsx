import { cx } from "./class-names.ts";

const SIZES = { sm: "size-3.5 border-[1.5px]", md: "size-4 border-2", lg: "size-6 border-2" } as const;

export interface SpinnerProps {
  size?: keyof typeof SIZES;
  /** Announced to assistive technology; without it the spinner is decorative. */
  label?: string;
  className?: string;
}

export function Spinner({ size = "md", label, className }: SpinnerProps) {
  const ring = (
    <span
      aria-hidden="true"
      className={cx("inline-block shrink-0 animate-spin rounded-full border-current border-r-transparent", SIZES[size], className)}
    />
  );
  if (!label) return ring;
  return (
    <span role="status" className="inline-flex items-center">
      {ring}
      <span className="sr-only">{label}</span>
    </span>
  );
}
