import type { ReactNode } from "react";
import { cx } from "./class-names.ts";
import { CopyButton } from "./copy-button.tsx";

export interface CodeBlockProps {
  code: string;
  /** A caption above the code, e.g. "docker run" or "Inspect (JSON)". */
  title?: ReactNode;
  /** Wrap long lines instead of scrolling sideways. */
  wrap?: boolean;
  /** The scroll area's height limit, e.g. "24rem". */
  maxHeight?: string;
  className?: string;
}

export function CodeBlock({ code, title, wrap = false, maxHeight, className }: CodeBlockProps) {
  return (
    <div className={cx("group relative overflow-hidden rounded-lg border border-line bg-surface-muted", className)}>
      {title !== undefined && (
        <div className="flex h-9 items-center justify-between gap-2 border-b border-line pr-1.5 pl-4 text-xs font-medium text-fg-muted">
          <span className="truncate">{title}</span>
          <CopyButton value={code} label="Copy code" />
        </div>
      )}
      <pre
        style={{ maxHeight }}
        className={cx(
          "overflow-auto px-4 py-3 font-mono text-[0.8125rem] leading-relaxed text-fg",
          wrap ? "break-all whitespace-pre-wrap" : "whitespace-pre",
          title === undefined && "pr-12",
        )}
      >
        <code>{code}</code>
      </pre>
      {title === undefined && (
        <div className="absolute top-1.5 right-1.5 rounded-md bg-surface-muted">
          <CopyButton value={code} label="Copy code" />
        </div>
      )}
    </div>
  );
}
