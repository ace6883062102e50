import { cx } from "./class-names.ts";

export interface SkeletonProps {
  /** Size it with width/height utilities, e.g. "h-4 w-32". */
  className?: string;
}

export function Skeleton({ className }: SkeletonProps) {
  return <span aria-hidden="true" className={cx("block h-4 animate-pulse rounded bg-line/70", className)} />;
}
