"use client";
/**
 * Short-lived notifications for the outcome of an action ("Container restarted", "Could not
 * remove image: in use"). One provider near the root; components call useToast().
 */
import { CircleCheck, CircleX, Info, X } from "lucide-react";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { cx, focusRing } from "./class-names.ts";

export type ToastTone = "success" | "error" | "info";

export interface ToastOptions {
  /** A second line with detail. */
  description?: string;
  /** Milliseconds before it goes; 0 keeps it until dismissed. */
  duration?: number;
}

export interface ToastApi {
  success: (title: string, options?: ToastOptions) => void;
  error: (title: string, options?: ToastOptions) => void;
  info: (title: string, options?: ToastOptions) => void;
}

interface ToastEntry {
  id: number;
  tone: ToastTone;
  title: string;
  description?: string;
  duration: number;
}

// Errors stay longer: they are the ones people need to read.
const DEFAULT_DURATION: Record<ToastTone, number> = { success: 4000, info: 5000, error: 8000 };
const MAX_VISIBLE = 5;

const TONES: Record<ToastTone, { icon: ReactNode; accent: string }> = {
  success: { icon: <CircleCheck className="size-5 text-success" />, accent: "bg-success" },
  error: { icon: <CircleX className="size-5 text-danger" />, accent: "bg-danger" },
  info: { icon: <Info className="size-5 text-info" />, accent: "bg-info" },
};

const ToastContext = createContext<ToastApi | null>(null);

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error("useToast() needs a <ToastProvider> above it");
  return api;
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastEntry[]>([]);
  const nextId = useRef(0);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)), []);

  const api = useMemo<ToastApi>(() => {
    const push = (tone: ToastTone) => (title: string, options: ToastOptions = {}) => {
      nextId.current += 1;
      const entry: ToastEntry = {
        id: nextId.current,
        tone,
        title,
        description: options.description,
        duration: options.duration ?? DEFAULT_DURATION[tone],
      };
      setToasts((list) => [...list, entry].slice(-MAX_VISIBLE));
    };
    return { success: push("success"), error: push("error"), info: push("info") };
  }, []);

  return (
    <ToastContext value={api}>
      {children}
      <section
        aria-label="Notifications"
        className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-[min(24rem,calc(100vw-2rem))] flex-col gap-2"
      >
        {toasts.map((toast) => (
          <ToastCard key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </section>
    </ToastContext>
  );
}

function ToastCard({ toast, onDismiss }: { toast: ToastEntry; onDismiss: (id: number) => void }) {
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    if (toast.duration === 0 || paused) return;
    const timer = setTimeout(() => onDismiss(toast.id), toast.duration);
    return () => clearTimeout(timer);
  }, [toast.id, toast.duration, paused, onDismiss]);

  const look = TONES[toast.tone];
  return (
    <div
      role={toast.tone === "error" ? "alert" : "status"}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      className="pointer-events-auto relative flex animate-rise-in items-start gap-3 overflow-hidden rounded-lg border border-line bg-surface py-3 pr-2 pl-4 shadow-overlay"
    >
      <span aria-hidden="true" className={cx("absolute inset-y-0 left-0 w-1", look.accent)} />
      <span aria-hidden="true" className="mt-px shrink-0">
        {look.icon}
      </span>
      <div className="min-w-0 flex-1">
        <p className="text-sm font-medium text-fg">{toast.title}</p>
        {toast.description && <p className="mt-0.5 text-sm break-words text-fg-muted">{toast.description}</p>}
      </div>
      <button
        type="button"
        aria-label="Dismiss notification"
        onClick={() => onDismiss(toast.id)}
        className={cx("flex size-6 shrink-0 items-center justify-center rounded text-fg-subtle hover:bg-surface-hover hover:text-fg", focusRing)}
      >
        <X className="size-4" />
      </button>
    </div>
  );
}
