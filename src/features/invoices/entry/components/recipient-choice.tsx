import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import type { ReactNode } from "react";
import type { Recipient } from "@/features/invoices/common/ui.ts";
import { recipientSearchDialog } from "./recipient-search-dialog.tsx";

type Props = {
  isState: boolean;
  recipient: Recipient | null;
  loading: boolean;
  /** The refusal of the recipient, under it. */
  error?: string;
  onStateChange: (isState: boolean) => void;
  /** Shown after the "Destinataire *" label (e.g. a deposit's "À vérifier"). */
  labelNote?: ReactNode;
};

/**
 * The choice of the recipient, the same in "Saisir facture" and « Recycler »: the State, or a public structure found
 * with "Rechercher" (the dialog of recipient-search-dialog.tsx, rendered once by the form).
 */
export function RecipientChoice({ isState, recipient, loading, error, onStateChange, labelNote }: Props) {
  return (
    <>
      <RadioButtons
        legend="Le destinataire est-il l'État ?"
        orientation="horizontal"
        options={[
          { label: "Oui", nativeInputProps: { name: "recipientIsState", checked: isState, onChange: () => onStateChange(true) } },
          { label: "Non", nativeInputProps: { name: "recipientIsState", checked: !isState, onChange: () => onStateChange(false) } },
        ]}
      />
      <div className={`fr-input-group${error ? " fr-input-group--error" : ""}`}>
        <p className="fr-label fr-text--bold">
          Destinataire *{labelNote}
        </p>
        <p className="fr-mb-1w" aria-live="polite">
          {loading ? "Chargement du destinataire…" : recipient ? `${recipient.raisonSociale} — ${recipient.identifier}` : "Aucun destinataire choisi."}
        </p>
        {!isState && (
          <Button type="button" priority="secondary" iconId="fr-icon-search-line" nativeButtonProps={recipientSearchDialog.buttonProps}>
            Rechercher
          </Button>
        )}
        {error && <p className="fr-error-text">{error}</p>}
      </div>
    </>
  );
}

/** The options of the recipient's "Service" select: none chosen first, then each service and whether it asks an engagement. */
export function RecipientServiceOptions({ recipient }: { recipient: Recipient }) {
  return (
    <>
      <option value="">{recipient.services.length === 0 ? "Aucun service" : "Sélectionnez un service"}</option>
      {recipient.services.map((service) => (
        <option key={service.id} value={service.id}>
          {service.libelle} ({service.code}){service.engagementObligatoire ? " — engagement obligatoire" : ""}
        </option>
      ))}
    </>
  );
}
