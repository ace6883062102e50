import { cx } from "./class-names.ts";
import { Spinner } from "./spinner.tsx";

export interface LoadingStateProps {
  label?: string;
  className?: string;
}

export function LoadingState({ label = "Loading…", className }: LoadingStateProps) {
  return (
    <div role="status" className={cx("flex items-center justify-center gap-2.5 px-6 py-12 text-sm text-fg-muted", className)}>
      <Spinner className="text-accent-600" />
      {label}
    </div>
  );
}
