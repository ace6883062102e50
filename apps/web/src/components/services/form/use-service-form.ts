"use client";
/**
 * The service form's state: the draft, the Form/YAML switch, and what to show as wrong. Both views
 * edit the same spec: switching converts it, and a switch that would lose what was typed is refused
 * with the reason, so nothing typed is ever dropped.
 */
import type { ServiceSpec, ServiceSpecForm } from "@wheelhouse/protocol";
import { useMemo, useState } from "react";
import { checkDraft, type Problem } from "./check-draft";
import { draftFromSpec } from "./draft-from-spec";
import { draftToSpec } from "./draft-to-spec";
import { emptyDraft, type DraftPatch } from "./service-draft";
import { readYaml, specToYaml } from "./spec-yaml";

export type FormView = "form" | "yaml";

export function useServiceForm(initial: ServiceSpecForm | null) {
  const [draft, setDraft] = useState(() => (initial ? draftFromSpec(initial) : emptyDraft()));
  const [view, setView] = useState<FormView>("form");
  const [yaml, setYaml] = useState("");
  // Problems in the form view wait for the first submit; the YAML view shows them as one types.
  const [attempted, setAttempted] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const check = useMemo(() => checkDraft(draft), [draft]);
  const yamlRead = useMemo(() => (view === "yaml" ? readYaml(yaml) : null), [view, yaml]);

  const switchTo = (next: FormView) => {
    if (next === view) return;
    if (next === "yaml" && !check.convertible) {
      setAttempted(true);
      setRefusal("Fix the fields marked in red first: YAML cannot hold text where a number belongs.");
      return;
    }
    if (next === "form" && !yamlRead?.shape) {
      setRefusal("The form cannot show this YAML until the problems listed are fixed.");
      return;
    }
    if (next === "yaml") setYaml(specToYaml(draftToSpec(draft).spec));
    else if (yamlRead?.shape) setDraft(draftFromSpec(yamlRead.shape));
    setRefusal(null);
    setView(next);
  };

  /** The spec to send, or undefined (and the problems shown) when it is not valid. */
  const validSpec = (): ServiceSpec | undefined => {
    setAttempted(true);
    return view === "form" ? check.spec : yamlRead?.spec;
  };

  const problems: Problem[] = view === "yaml" ? (yamlRead?.problems ?? []) : attempted ? check.problems : [];
  return {
    draft,
    update: (patch: DraftPatch) => setDraft((current) => ({ ...current, ...patch })),
    view,
    switchTo,
    yaml,
    setYaml,
    problems,
    fieldErrors: attempted ? check.fieldErrors : {},
    refusal,
    validSpec,
  };
}
