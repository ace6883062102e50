"use client";
/**
 * The compose file's editor: a monospace textarea with line numbers, the lines with problems
 * marked, and a way to load the file from disk. Lines never wrap, so each number stays beside
 * its line; the gutter follows the textarea's scroll.
 */
import { MAX_COMPOSE_BYTES } from "@wheelhouse/protocol";
import { Button, cx } from "@wheelhouse/ui";
import { FileUp } from "lucide-react";
import { useId, useMemo, useRef, useState, type Ref } from "react";
import { lineCount } from "./text-lines";

interface Props {
  value: string;
  onChange: (text: string) => void;
  /** Lines with a problem, marked in the gutter. */
  problemLines: ReadonlySet<number>;
  textareaRef: Ref<HTMLTextAreaElement>;
  disabled?: boolean;
}

/** The height of one line, shared by the gutter and the textarea so they line up. */
export const LINE_HEIGHT_PX = 20;

export function ComposeEditor({ value, onChange, problemLines, textareaRef, disabled }: Props) {
  const id = useId();
  const gutter = useRef<HTMLDivElement>(null);
  const file = useRef<HTMLInputElement>(null);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const lines = useMemo(() => Array.from({ length: lineCount(value) }, (_, i) => i + 1), [value]);

  async function load(chosen: File | undefined) {
    if (!chosen) return;
    if (chosen.size > MAX_COMPOSE_BYTES) {
      setLoadProblem(`${chosen.name} is larger than 256 KiB, the most a compose file may have.`);
      return;
    }
    setLoadProblem(null);
    onChange(await chosen.text());
  }

  return (
    <div>
      <div className="flex items-end justify-between gap-3">
        <label htmlFor={id} className="block text-sm font-medium text-fg">
          Compose file
        </label>
        <Button size="sm" icon={<FileUp />} onClick={() => file.current?.click()} disabled={disabled}>
          Load from file
        </Button>
        <input
          ref={file}
          type="file"
          accept=".yml,.yaml,application/yaml,text/yaml,text/plain"
          className="hidden"
          onChange={(e) => {
            void load(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
      </div>
      <div className="mt-1.5 flex h-[26rem] overflow-hidden rounded-md border border-line-strong bg-surface shadow-xs focus-within:border-accent-600 focus-within:outline-2 focus-within:outline-accent-600/30">
        <div ref={gutter} aria-hidden="true" className="w-12 shrink-0 overflow-hidden border-r border-line bg-surface-muted py-2 text-right font-mono text-xs text-fg-subtle select-none">
          {lines.map((n) => (
            <div key={n} style={{ height: LINE_HEIGHT_PX, lineHeight: `${LINE_HEIGHT_PX}px` }} className={cx("pr-2", problemLines.has(n) && "bg-danger-soft font-semibold text-danger-fg")}>
              {n}
            </div>
          ))}
        </div>
        <textarea
          id={id}
          ref={textareaRef}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onScroll={(e) => {
            if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
          }}
          disabled={disabled}
          wrap="off"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          placeholder={"services:\n  web:\n    image: nginx:1.27\n    deploy:\n      replicas: 2"}
          style={{ lineHeight: `${LINE_HEIGHT_PX}px` }}
          className="min-w-0 flex-1 resize-none bg-transparent px-3 py-2 font-mono text-[0.8125rem] text-fg outline-none placeholder:text-fg-subtle"
        />
      </div>
      {loadProblem && <p className="mt-1.5 text-xs text-danger-fg">{loadProblem}</p>}
    </div>
  );
}
