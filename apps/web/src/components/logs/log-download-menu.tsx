"use client";
/** The Download button of a log view and its two formats: plain text as shown, or NDJSON. */
import { Download } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { ToolButton } from "./log-controls";
import type { ExportFormat } from "./model/log-export";

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: "text", label: "Text (.log)", hint: "As shown, one line per line" },
  { format: "ndjson", label: "NDJSON (.ndjson)", hint: "One JSON object per line, with its source" },
];

export function LogDownloadMenu({ disabled, onDownload }: { disabled: boolean; onDownload: (format: ExportFormat) => void }) {
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !menu.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  return (
    <div ref={menu} className="relative">
      <ToolButton icon={<Download />} disabled={disabled} aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} title="Download what is shown">
        Download
      </ToolButton>
      {open && (
        <div role="menu" aria-label="Download format" className="absolute top-8 right-0 z-20 w-60 rounded-lg bg-slate-800 p-1 shadow-xl ring-1 ring-slate-700">
          {FORMATS.map(({ format, label, hint }) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              onClick={() => {
                setOpen(false);
                onDownload(format);
              }}
              className="block w-full rounded-md px-3 py-1.5 text-left hover:bg-slate-700 focus-visible:bg-slate-700 focus-visible:outline-none"
            >
              <span className="block text-xs font-medium text-slate-100">{label}</span>
              <span className="block text-[0.6875rem] text-slate-400">{hint}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
