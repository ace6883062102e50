/** The directory router's shapes as the UI sees them, and the form's own state. */
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@wheelhouse/api";

type Outputs = inferRouterOutputs<AppRouter>["directory"];
export type DirectorySettingsView = Outputs["settings"]["settings"];
export type DirectoryTestResult = Outputs["test"];
export type MappedTeam = Outputs["mappedTeams"][number];

/** What the form edits: the saved settings, with a password field that is empty unless retyped. */
export type DirectoryForm = inferRouterInputs<AppRouter>["directory"]["update"];
export type DirectoryField = keyof DirectoryForm;

export function formFrom(view: DirectorySettingsView): DirectoryForm {
  const { bindPasswordSet: _set, ...settings } = view;
  return { ...settings, bindPassword: "" };
}
