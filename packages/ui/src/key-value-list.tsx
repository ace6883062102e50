import type { ReactNode } from "react";
import { cx } from "./class-names.ts";

export interface KeyValueItem {
  label: ReactNode;
  /** Empty values (undefined, null, "") are shown as a dash. */
  value: ReactNode;
  /** Monospace for this value (ids, digests, paths) even when the list is not. */
  mono?: boolean;
}

export interface KeyValueListProps {
  items: readonly KeyValueItem[];
  /** Monospace for every value. */
  mono?: boolean;
  className?: string;
}

export function KeyValueList({ items, mono = false, className }: KeyValueListProps) {
  return (
    <dl className={cx("grid grid-cols-1 text-sm sm:grid-cols-[minmax(8rem,max-content)_1fr]", className)}>
      {items.map((item, index) => {
        const isEmpty = item.value === undefined || item.value === null || item.value === "";
        return (
          <div key={index} className="contents">
            <dt className="pt-2 text-fg-subtle sm:border-b sm:border-line sm:py-2 sm:pr-6">{item.label}</dt>
            <dd
              className={cx(
                "min-w-0 border-b border-line pb-2 break-words text-fg sm:py-2",
                (mono || item.mono) && "font-mono text-[0.8125rem]",
                isEmpty && "text-fg-subtle",
              )}
            >
              {isEmpty ? "—" : item.value}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
