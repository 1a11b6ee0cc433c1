"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, useTransition } from "react";
import type { ActionState } from "@/lib/action-state.ts";
import { RecipientChoice, recipientRuleHints, RecipientSearchDialog, RecipientServiceOptions } from "@/features/invoices/entry/ui.ts";
import { STATE_SIRET } from "@/features/invoices/common/ui.ts";
import type { Recipient } from "@/features/invoices/common/ui.ts";
import { recycleInvoiceAction } from "../actions.ts";
import { WaitingReasonCallout, type WaitingReason } from "./waiting-reason.tsx";

type Props = {
  invoiceId: string;
  reason: WaitingReason;
  /** The routing data the invoice was sent with, to start from. */
  current: { recipient: Recipient | null; recipientIsState: boolean; recipientServiceId: string; engagementNumber: string };
  /** The directory's recipient by id or SIRET: the entry's server action, handed by the page. */
  findRecipient: (idOrSiret: string) => Promise<ActionState & { recipient?: Recipient | null }>;
};

/**
 * « Recycler »: the recipient sent the invoice back (wrong recipient, service or engagement). The supplier picks the
 * right recipient in the directory (or the State), its service and the numéro d'engagement, and sends it again.
 */
export function RecycleInvoiceForm({ invoiceId, reason, current, findRecipient }: Props) {
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
      const result = await findRecipient(idOrSiret);
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
        <RecipientChoice
          isState={isState}
          recipient={recipient}
          loading={loading}
          error={errorOf("recipientStructureId") ?? errorOf("recipientIsState")}
          onStateChange={chooseState}
        />
        {recipient && (
          <Select
            label={hints?.serviceRequired ? "Service *" : "Service"}
            hint={hints?.serviceRequired ? "Le destinataire exige un service." : undefined}
            {...errorProps("recipientServiceId")}
            nativeSelectProps={{ name: "recipientServiceId", value: serviceId, onChange: (event) => setServiceId(event.target.value) }}
          >
            <RecipientServiceOptions recipient={recipient} />
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
