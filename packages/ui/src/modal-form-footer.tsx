import type { ReactNode } from "react";
import { Button } from "./button.tsx";

export interface ModalFormFooterProps {
  /** The id of the form in the modal's body: the submit button sits in the footer, outside it. */
  formId: string;
  submitLabel: ReactNode;
  /** The form is being saved: the submit button spins and Cancel cannot be pressed. */
  saving: boolean;
  onCancel: () => void;
  submitDisabled?: boolean;
}

/** A modal form's footer (a Modal `footer`): Cancel, then the primary button that submits the form. */
export function ModalFormFooter({ formId, submitLabel, saving, onCancel, submitDisabled }: ModalFormFooterProps) {
  return (
    <>
      <Button onClick={onCancel} disabled={saving}>
        Cancel
      </Button>
      <Button variant="primary" type="submit" form={formId} loading={saving} disabled={submitDisabled}>
        {submitLabel}
      </Button>
    </>
  );
}
