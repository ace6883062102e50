/** The Form / YAML switch above the service form. */
import { SegmentedControl, type SegmentOption } from "@wheelhouse/ui";
import { FileCode, ListChecks } from "lucide-react";
import type { FormView } from "./use-service-form";

const VIEWS: SegmentOption<FormView>[] = [
  { value: "form", label: "Form", icon: <ListChecks /> },
  { value: "yaml", label: "YAML", icon: <FileCode /> },
];

export function ViewSwitch({ value, onChange }: { value: FormView; onChange: (view: FormView) => void }) {
  return <SegmentedControl label="Edit as" options={VIEWS} value={value} onChange={onChange} />;
}
