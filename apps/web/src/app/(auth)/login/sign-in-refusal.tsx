/**
 * Why a sign-in was refused. A wrong password is a plain form error; being held back (too many
 * failures from this address, or a locked account) is a notice of its own, since trying again at
 * once cannot help and the message says when it will.
 */
import { ShieldAlert } from "lucide-react";
import { FormError } from "@/components/form-error";
import { errorMessage } from "@/lib/errors";

function isHeldBack(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "TOO_MANY_REQUESTS";
}

export function SignInRefusal({ error }: { error: unknown }) {
  if (!error) return null;
  if (!isHeldBack(error)) return <FormError message={errorMessage(error)} />;
  return (
    <div role="alert" className="flex items-start gap-2.5 rounded-md border border-warning-line bg-warning-soft px-3 py-2.5 text-sm text-warning-fg">
      <ShieldAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
      <div className="space-y-1">
        <p className="font-medium">Too many failed sign-ins</p>
        <p>{errorMessage(error)}</p>
      </div>
    </div>
  );
}
