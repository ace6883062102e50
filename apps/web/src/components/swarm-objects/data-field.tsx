"use client";
/**
 * The content of a secret or config: typed into a text box, or read from a file in the browser (it
 * goes to the server only with the form). A secret read from a file is not put on screen.
 */
import { Button, cx, formatBytes } from "@wheelhouse/ui";
import { FileText, Upload, X } from "lucide-react";
import { useId, useState, type ChangeEvent, type ReactNode } from "react";

// The engine keeps at most 500 KiB (exclusive) per secret or config.
const MAX_BYTES = 500 * 1024;

interface DataFieldProps {
  label: string;
  /** Keeps the content of a loaded file off the screen. */
  secret: boolean;
  value: string;
  onChange: (data: string) => void;
  hint?: ReactNode;
  error?: string;
}

export function DataField({ label, secret, value, onChange, hint, error }: DataFieldProps) {
  const id = useId();
  // Only a secret's file is remembered: it stands in for the text box, which would show the content.
  const [file, setFile] = useState<{ name: string; size: number } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const problem = fileError ?? error;

  const load = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    // Cleared so that choosing the same file again, after an edit, loads it again.
    event.target.value = "";
    if (!chosen) return;
    if (chosen.size >= MAX_BYTES) return setFileError(`${chosen.name} is ${formatBytes(chosen.size)}; the limit is 500 KiB.`);
    try {
      // The API carries text: a file that is not UTF-8 would arrive changed, so it is refused.
      const text = new TextDecoder("utf-8", { fatal: true }).decode(await chosen.arrayBuffer());
      setFileError(null);
      setFile(secret ? { name: chosen.name, size: chosen.size } : null);
      onChange(text);
    } catch {
      setFileError(`${chosen.name} is not a text file; only UTF-8 text can be stored from here.`);
    }
  };
  const clear = () => {
    setFile(null);
    setFileError(null);
    onChange("");
  };

  return (
    <div>
      <div className="flex items-end justify-between gap-3">
        <label htmlFor={file ? undefined : id} className="block text-sm font-medium text-fg">
          {label}
        </label>
        <label
          className={cx(
            "inline-flex h-7 cursor-pointer items-center gap-1.5 rounded-md px-2.5 text-xs font-medium text-fg-muted hover:bg-surface-hover hover:text-fg",
            "focus-within:outline-2 focus-within:outline-accent-600/40",
          )}
        >
          <Upload aria-hidden="true" className="size-3.5" />
          Load from file
          <input type="file" className="sr-only" onChange={(e) => void load(e)} />
        </label>
      </div>
      {file ? (
        <div className="mt-1.5 flex items-center gap-3 rounded-md border border-line-strong bg-surface-muted px-3 py-2.5 text-sm">
          <FileText aria-hidden="true" className="size-4 shrink-0 text-fg-subtle" />
          <span className="min-w-0 flex-1">
            <span className="block truncate font-medium text-fg">{file.name}</span>
            <span className="text-xs text-fg-muted">{formatBytes(file.size)} loaded; its content is not shown.</span>
          </span>
          <Button size="sm" variant="ghost" icon={<X />} onClick={clear}>
            Clear
          </Button>
        </div>
      ) : (
        <textarea
          id={id}
          aria-invalid={problem !== null && problem !== undefined}
          aria-describedby={`${id}-hint`}
          rows={secret ? 4 : 10}
          spellCheck={false}
          autoComplete="off"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className="mt-1.5 block w-full resize-y rounded-md border border-line-strong bg-surface px-3 py-2 font-mono text-sm text-fg shadow-xs placeholder:text-fg-subtle focus:border-accent-600 focus:outline-2 focus:outline-offset-0 focus:outline-accent-600/30 aria-invalid:border-danger"
        />
      )}
      <p id={`${id}-hint`} className={cx("mt-1.5 text-xs", problem ? "text-danger-fg" : "text-fg-muted")}>
        {problem ?? hint}
      </p>
    </div>
  );
}
