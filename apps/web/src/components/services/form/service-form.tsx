"use client";
/**
 * The service form, for creating and for editing: every section, or the same spec as YAML; the
 * protocol's checks before sending; the server's refusal above it. The values stay as typed
 * through any error, so a refused change can be corrected rather than retyped.
 */
import type { ServiceSpec, ServiceSpecForm } from "@wheelhouse/protocol";
import { Button, buttonClasses } from "@wheelhouse/ui";
import Link from "next/link";
import { useEffect, useRef, type ReactNode } from "react";
import { FormError } from "@/components/form-error";
import { FormSections } from "./form-sections";
import { ProblemList } from "./problem-list";
import { useServiceForm } from "./use-service-form";
import { ViewSwitch } from "./view-switch";
import { YamlEditor } from "./yaml-editor";

interface ServiceFormProps {
  swarmId: string;
  /** The spec to start from; null for a new service. */
  initial: ServiceSpecForm | null;
  /** An existing service: its name and mode cannot change. */
  editing: boolean;
  submitLabel: string;
  submittingLabel: string;
  submitting: boolean;
  onSubmit: (spec: ServiceSpec) => void;
  cancelHref: string;
  /** The server's refusal, with any way out of it (a reload button). */
  serverError?: ReactNode;
}

export function ServiceForm({ swarmId, initial, editing, submitLabel, submittingLabel, submitting, onSubmit, cancelHref, serverError }: ServiceFormProps) {
  const form = useServiceForm(initial);
  const top = useRef<HTMLDivElement>(null);
  const refused = Boolean(serverError);
  // The submit button is at the bottom of a long form; the refusal is shown at the top.
  useEffect(() => {
    if (refused) top.current?.scrollIntoView({ behavior: "smooth", block: "start" });
  }, [refused]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const spec = form.validSpec();
    if (spec) onSubmit(spec);
    else top.current?.scrollIntoView({ behavior: "smooth", block: "start" });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? "Edit service" : "Create service"}>
      <div ref={top} className="mb-6 flex scroll-mt-6 flex-wrap items-center justify-between gap-3">
        <ViewSwitch value={form.view} onChange={form.switchTo} />
        <p className="text-xs text-fg-muted">Both views edit the same spec; switching keeps what you typed.</p>
      </div>
      <div className="mb-6 space-y-3 empty:hidden">
        {serverError}
        <FormError message={form.refusal} />
        <ProblemList problems={form.problems} title={form.view === "yaml" ? "This YAML is not a valid service spec" : "Fix these before saving"} />
      </div>
      {form.view === "form" ? (
        <FormSections swarmId={swarmId} editing={editing} draft={form.draft} update={form.update} errors={form.fieldErrors} />
      ) : (
        <YamlEditor value={form.yaml} onChange={form.setYaml} />
      )}
      {/* Sticky, so the long form can be sent from wherever one is in it. */}
      <div className="sticky bottom-0 z-20 -mx-4 mt-6 border-t border-line bg-surface/95 backdrop-blur-sm sm:-mx-6 lg:-mx-8">
        <div className="flex flex-wrap items-center justify-end gap-3 px-4 py-3 sm:px-6 lg:px-8">
          {submitting && (
            <span role="status" className="text-sm text-fg-muted">
              {editing ? "Sending the new spec; tasks are replaced as its update policy says." : "Creating the service; its tasks start on the nodes the scheduler picks."}
            </span>
          )}
          <Link href={cancelHref} className={buttonClasses()}>
            Cancel
          </Link>
          <Button type="submit" variant="primary" loading={submitting}>
            {submitting ? submittingLabel : submitLabel}
          </Button>
        </div>
      </div>
    </form>
  );
}
