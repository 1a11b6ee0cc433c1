"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { friendlyFormatIBAN } from "ibantools";
import { type FormAction, useStructureForm } from "./structure-page-action-form.ts";

/** "Désactiver" / "Réactiver" one bank account; the outcome is shown beside the button. */
export function BankAccountActivationButton({ account, action }: { account: { id: string; iban: string; actif: boolean }; action: FormAction }) {
  const { state, pending, onSubmit } = useStructureForm(action);
  const label = account.actif ? "Désactiver" : "Réactiver";
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="bankAccountId" value={account.id} />
      {!account.actif && <input type="hidden" name="actif" value="on" />}
      <Button type="submit" size="small" priority="tertiary" disabled={pending} nativeButtonProps={{ "aria-label": `${label} le compte ${friendlyFormatIBAN(account.iban)}` }}>
        {label}
      </Button>
      {state.message && (
        <p className={state.ok ? "fr-valid-text" : "fr-error-text"} role="status">
          {state.message}
        </p>
      )}
    </form>
  );
}
