"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, useTransition } from "react";
import type { ActionState } from "@/lib/action-state.ts";
import { getRecipientAction } from "../../actions.ts";
import { RecipientSearchDialog, recipientSearchDialog } from "../../components/recipient-search-dialog.tsx";
import { recipientRuleHints } from "../../components/recipient-section.tsx";
import { STATE_SIRET } from "../../invoice-schema.ts";
import type { Recipient } from "../../recipient.ts";
import { recycleInvoiceAction } from "../tracking-actions.ts";
import { WaitingReasonCallout, type WaitingReason } from "./waiting-reason.tsx";

type Props = {
  invoiceId: string;
  reason: WaitingReason;
  /** The routing data the invoice was sent with, to start from. */
  current: { recipient: Recipient | null; recipientIsState: boolean; recipientServiceId: string; engagementNumber: string };
};

/**
 * « Recycler »: the recipient sent the invoice back (wrong recipient, service or engagement). The supplier picks the
 * right recipient in the directory (or the State), its service and the numéro d'engagement, and sends it again.
 */
export function RecycleInvoiceForm({ invoiceId, reason, current }: Props) {
  const [isState, setIsState] = useState(current.recipientIsState);
  const [recipient, setRecipient] = useState<Recipient | null>(current.recipient);
  const [serviceId, setServiceId] = useState(current.recipientServiceId);
  const [engagement, setEngagement] = useState(current.engagementNumber);
  const [state, setState] = useState<ActionState>({ ok: false });
  const [loading, startLoading] = useTransition();
  const [sending, startSending] = useTransition();
  const errorOf = (name: string) => state.fieldErrors?.[name]?.[0];
  const errorProps = (name: string) => ({ state: errorOf(name) ? ("error" as const) : ("default" as const), stateRelatedMessage: errorOf(name) });
  const hints = recipient ? recipientRuleHints(recipient, serviceId) : undefined;

  const load = (idOrSiret: string) =>
    startLoading(async () => {
      const result = await getRecipientAction(idOrSiret);
      setRecipient(result.ok && result.recipient ? result.recipient : null);
      setServiceId("");
      if (!result.ok) setState(result);
    });
  const chooseState = (yes: boolean) => {
    setIsState(yes);
    setRecipient(null);
    setServiceId("");
    if (yes) load(STATE_SIRET);
  };
  const submit = () =>
    startSending(async () => {
      setState(
        await recycleInvoiceAction(invoiceId, {
          recipientIsState: isState,
          recipientStructureId: isState ? "" : (recipient?.id ?? ""),
          recipientServiceId: serviceId,
          engagementNumber: engagement,
        }),
      );
    });

  return (
    <section aria-labelledby="titre-recycler" className="fr-mt-3w fr-p-3w fr-background-alt--blue-france">
      <h2 id="titre-recycler" className="fr-h4">
        Recycler la facture
      </h2>
      <p className="fr-text--sm">
        Cette facture a été mise « À recycler ». Corrigez le destinataire, le service ou le numéro d&apos;engagement : la facture est de nouveau
        déposée et acheminée.
      </p>
      <WaitingReasonCallout reason={reason} title="Motif du recyclage" />
      <div role="status" aria-live="polite">
        {state.message && <Alert className="fr-mb-3w" severity="error" small description={state.message} />}
      </div>
      <form
        noValidate
        aria-busy={sending}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <RadioButtons
          legend="Le destinataire est-il l'État ?"
          orientation="horizontal"
          options={[
            { label: "Oui", nativeInputProps: { name: "recipientIsState", checked: isState, onChange: () => chooseState(true) } },
            { label: "Non", nativeInputProps: { name: "recipientIsState", checked: !isState, onChange: () => chooseState(false) } },
          ]}
        />
        <div className={`fr-input-group${errorOf("recipientStructureId") || errorOf("recipientIsState") ? " fr-input-group--error" : ""}`}>
          <p className="fr-label fr-text--bold">Destinataire *</p>
          <p className="fr-mb-1w" aria-live="polite">
            {loading ? "Chargement du destinataire…" : recipient ? `${recipient.raisonSociale} — ${recipient.identifier}` : "Aucun destinataire choisi."}
          </p>
          {!isState && (
            <Button type="button" priority="secondary" iconId="fr-icon-search-line" nativeButtonProps={recipientSearchDialog.buttonProps}>
              Rechercher
            </Button>
          )}
          {(errorOf("recipientStructureId") ?? errorOf("recipientIsState")) && <p className="fr-error-text">{errorOf("recipientStructureId") ?? errorOf("recipientIsState")}</p>}
        </div>
        {recipient && (
          <Select
            label={hints?.serviceRequired ? "Service *" : "Service"}
            hint={hints?.serviceRequired ? "Le destinataire exige un service." : undefined}
            {...errorProps("recipientServiceId")}
            nativeSelectProps={{ name: "recipientServiceId", value: serviceId, onChange: (event) => setServiceId(event.target.value) }}
          >
            <option value="">{recipient.services.length === 0 ? "Aucun service" : "Sélectionnez un service"}</option>
            {recipient.services.map((service) => (
              <option key={service.id} value={service.id}>
                {service.libelle} ({service.code}){service.engagementObligatoire ? " — engagement obligatoire" : ""}
              </option>
            ))}
          </Select>
        )}
        <Input
          label={hints?.engagementRequired ? "N° d'engagement *" : "N° d'engagement"}
          hintText={hints?.engagementHint}
          {...errorProps("engagementNumber")}
          nativeInputProps={{ name: "engagementNumber", value: engagement, onChange: (event) => setEngagement(event.target.value), autoComplete: "off", maxLength: 50 }}
        />
        <Button type="submit" iconId="fr-icon-refresh-line" disabled={sending || loading}>
          Recycler et renvoyer
        </Button>
      </form>
      <RecipientSearchDialog onSelect={(structure) => load(structure.id)} />
    </section>
  );
}
