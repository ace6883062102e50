import { RefreshCw, TriangleAlert } from "lucide-react";
import { Button } from "./button.tsx";
import { cx } from "./class-names.ts";

export interface ErrorStateProps {
  title?: string;
  /** The human message from the error value; details stay in the server log. */
  message: string;
  onRetry?: () => void;
  retryLabel?: string;
  className?: string;
}

export function ErrorState({ title = "Something went wrong", message, onRetry, retryLabel = "Try again", className }: ErrorStateProps) {
  return (
    <div role="alert" className={cx("flex flex-col items-center px-6 py-12 text-center", className)}>
      <div aria-hidden="true" className="mb-4 flex size-11 items-center justify-center rounded-full bg-danger-soft text-danger ring-8 ring-danger-soft/50">
        <TriangleAlert className="size-5" />
      </div>
      <h3 className="text-sm font-semibold text-fg">{title}</h3>
      <p className="mt-1 max-w-md text-sm break-words text-fg-muted">{message}</p>
      {onRetry && (
        <Button className="mt-5" size="sm" icon={<RefreshCw />} onClick={onRetry}>
          {retryLabel}
        </Button>
      )}
    </div>
  );
}
