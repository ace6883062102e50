/** The signed-out pages: a centred card on a quiet background. */
import type { ReactNode } from "react";
import { LogoMark } from "@/components/app-shell";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-canvas px-4 py-12">
      <div className="mb-8 flex items-center gap-2.5">
        <LogoMark className="size-9 text-accent-600" />
        <span className="text-xl font-semibold tracking-tight text-fg">Wheelhouse</span>
      </div>
      <div className="w-full max-w-sm rounded-xl border border-line bg-surface p-7 shadow-card">{children}</div>
      <p className="mt-6 text-xs text-fg-subtle">A control plane for Docker Engines and Swarm clusters</p>
    </main>
  );
}
