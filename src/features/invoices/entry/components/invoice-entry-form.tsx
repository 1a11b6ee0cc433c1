"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState, useTransition } from "react";
import { useInBrowser } from "@/components/use-in-browser.ts";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import type { DirectoryEntry } from "@/features/directory/ui.ts";
import { deleteInvoiceDraftAction, duplicateInvoiceAction, getRecipientAction, saveInvoiceDraftAction, sendInvoiceAction } from "../actions.ts";
import { invoiceTotals } from "@/features/invoices/common/ui.ts";
import { DEPOSIT_MODE_LABELS, isStructuredDeposit } from "@/features/invoices/common/ui.ts";
import { invoiceFormSchema, recipientErrors, sendingErrors, STATE_SIRET, type InvoiceFormInput, type InvoiceFormValues } from "@/features/invoices/common/ui.ts";
import type { Recipient } from "@/features/invoices/common/ui.ts";
import type { InvoiceSupplier } from "../use-cases/list-invoice-suppliers.ts";
import { AttachmentsSection, type AttachmentRow } from "./attachments-section.tsx";
import { CadreSection } from "./cadre-section.tsx";
import { CommentSection } from "./comment-section.tsx";
import { FieldsToCheckProvider } from "./deposit-fields-to-check.tsx";
import { DepositFileAmounts, type FileAmounts } from "./deposit-file-amounts.tsx";
import { deleteInvoiceDialog, InvoiceActionsBar } from "./invoice-actions-bar.tsx";
import { InvoiceLinesSection } from "./invoice-lines-section.tsx";
import { InvoiceTotalsSection } from "@/features/invoices/common/ui.ts";
import { newInvoiceValues } from "./new-invoice-values.ts";
import { RecipientSearchDialog } from "./recipient-search-dialog.tsx";
import { RecipientSection, recipientRuleHints } from "./recipient-section.tsx";
import { ReferencesSection } from "./references-section.tsx";
import { deductedOf, LinkedInvoicesSection, useLinkableInvoices } from "./linked-invoices-section.tsx";
import { showFieldErrors } from "@/features/invoices/common/ui.ts";
import { SupplierSection } from "./supplier-section.tsx";

/** The invoice in the form: a new one, or a saved draft (with its number, state and attachments). */
export type InvoiceEntry = {
  values: InvoiceFormInput;
  temporaryNumber?: string;
  statusLabel: string;
  attachments: AttachmentRow[];
  /** A message to show on arrival (e.g. after the first "Enregistrer", which opens the draft's own address). */
  notice?: string;
  /** How the invoice came in (SAISIE when entered here); a deposited PDF's guessed fields and the amounts it gave. */
  depositMode?: keyof typeof DEPOSIT_MODE_LABELS;
  fieldsToCheck?: string[];
  fileAmounts?: FileAmounts;
};

type Notice = { severity: "success" | "error"; message: string };

const INVALID = "La facture comporte des erreurs : corrigez les champs signalés.";

/** "Saisie facture": the seed's sections, one component each, around one react-hook-form checked by the one schema. */
export function InvoiceEntryForm({ suppliers, entry, today }: { suppliers: InvoiceSupplier[]; entry: InvoiceEntry; today: string }) {
  const router = useRouter();
  const inBrowser = useInBrowser();
  const form = useForm<InvoiceFormInput, unknown, InvoiceFormValues>({ resolver: zodResolver(invoiceFormSchema), defaultValues: entry.values });
  const [notice, setNotice] = useState<Notice | null>(entry.notice ? { severity: "success", message: entry.notice } : null);
  const [recipient, setRecipient] = useState<Recipient | null>(null);
  const [loadingRecipient, startRecipient] = useTransition();
  const [pending, startAction] = useTransition();
  const invoiceId = entry.values.invoiceId;
  const fieldsToCheck = useMemo(() => new Set(entry.fieldsToCheck ?? []), [entry.fieldsToCheck]);
  const fromFile = isStructuredDeposit(entry.depositMode);

  const [cadre, type, lines, recipientServiceId, downPaymentInvoiceIds] = useWatch({ control: form.control, name: ["cadre", "type", "lines", "recipientServiceId", "downPaymentInvoiceIds"] });
  const linkable = useLinkableInvoices(form.control);
  // A final invoice's ticked down payments lower its Net à payer, counted by the same function as the server's.
  const totals = useMemo(
    () => invoiceTotals({ cadre, lines: lines ?? [] }, type === "FACTURE" ? deductedOf(linkable, downPaymentInvoiceIds) : []),
    [cadre, type, lines, linkable, downPaymentInvoiceIds],
  );
  const hints = recipient ? recipientRuleHints(recipient, recipientServiceId) : undefined;

  const loadRecipient = (key: string) =>
    startRecipient(async () => {
      const state = await getRecipientAction(key);
      setRecipient(state.recipient ?? null);
      if (!state.ok && state.message) form.setError("recipientStructureId", { message: state.message });
    });
  useEffect(() => {
    const key = entry.values.recipientIsState ? STATE_SIRET : entry.values.recipientStructureId;
    if (key) loadRecipient(key);
    // Only the saved recipient, once: later changes go through the radio buttons and the search dialog.
  }, []);

  const chooseState = (isState: boolean) => {
    form.setValue("recipientIsState", isState);
    form.setValue("recipientStructureId", "");
    form.setValue("recipientServiceId", "");
    form.clearErrors(["recipientStructureId", "recipientServiceId", "engagementNumber"]);
    setRecipient(null);
    if (isState) loadRecipient(STATE_SIRET);
  };
  const chooseRecipient = (structure: DirectoryEntry) => {
    form.setValue("recipientStructureId", structure.id);
    form.setValue("recipientServiceId", "");
    form.clearErrors(["recipientStructureId", "recipientServiceId", "engagementNumber"]);
    loadRecipient(structure.id);
  };

  const refuse = (fieldErrors: Record<string, string> | Record<string, string[] | undefined> | undefined, message = INVALID) => {
    showFieldErrors(form.setError, fieldErrors);
    setNotice({ severity: "error", message });
  };
  const onInvalid = () => setNotice({ severity: "error", message: INVALID });

  /** "Enregistrer": the saved draft (null when refused, the errors then shown next to the fields). */
  const saveDraft = async () => {
    const state = await saveInvoiceDraftAction(form.getValues());
    if (!state.ok || !state.invoiceId) {
      refuse(state.fieldErrors, state.message);
      return null;
    }
    form.setValue("invoiceId", state.invoiceId);
    return { invoiceId: state.invoiceId, message: state.message ?? "" };
  };
  /** A new invoice, once saved, opens at its own address; a draft reloads its data (attachments). */
  const showSaved = (id: string, message?: string) => {
    if (id !== invoiceId) return router.replace(`/factures-emises/${id}/modifier${message ? "?enregistree=1" : ""}`);
    if (message) setNotice({ severity: "success", message });
    router.refresh();
  };

  const save = form.handleSubmit(
    () =>
      startAction(async () => {
        const saved = await saveDraft();
        if (saved) showSaved(saved.invoiceId, saved.message);
      }),
    onInvalid,
  );
  const send = form.handleSubmit((values) => {
    const errors = { ...sendingErrors(values), ...(recipient ? recipientErrors(values, recipient) : {}) };
    if (Object.keys(errors).length > 0) return refuse(errors);
    startAction(async () => {
      const state = await sendInvoiceAction(form.getValues());
      if (state.ok && state.invoiceId) router.push(`/factures-emises/${state.invoiceId}${state.recycledMotif ? "?depot=a-recycler" : ""}`);
      else refuse(state.fieldErrors, state.message);
    });
  }, onInvalid);
  const duplicate = () =>
    startAction(async () => {
      if (!invoiceId) return;
      const state = await duplicateInvoiceAction(invoiceId);
      if (state.ok && state.invoiceId) router.push(`/factures-emises/${state.invoiceId}/modifier`);
      else refuse(state.fieldErrors, state.message);
    });
  const remove = () =>
    startAction(async () => {
      if (!invoiceId) return;
      const state = await deleteInvoiceDraftAction(invoiceId);
      deleteInvoiceDialog.close();
      if (state.ok) router.push("/factures-emises");
      else refuse(state.fieldErrors, state.message);
    });
  const startNew = () => {
    form.reset(newInvoiceValues(suppliers[0], today));
    setRecipient(null);
    setNotice(null);
    router.push("/factures-emises/saisir");
  };
  /** Attachments need a saved draft: a new invoice is saved first (checked by the schema like "Enregistrer"). */
  const ensureSaved = async () => {
    if (!(await form.trigger())) {
      onInvalid();
      return null;
    }
    return (await saveDraft())?.invoiceId ?? null;
  };

  return (
    <FormProvider {...form}>
      <FieldsToCheckProvider value={fieldsToCheck}>
        <h1>Saisie facture</h1>
        <dl className="fr-grid-row fr-grid-row--gutters fr-mb-3w">
          <div className="fr-col-12 fr-col-md-4">
            <dt className="fr-text--bold">Numéro de la facture :</dt>
            <dd className="fr-m-0">{entry.temporaryNumber ?? "Attribué à l'enregistrement"}</dd>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <dt className="fr-text--bold">Etat :</dt>
            <dd className="fr-m-0">{entry.statusLabel}</dd>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <dt className="fr-text--bold">Mode de dépôt :</dt>
            <dd className="fr-m-0">{DEPOSIT_MODE_LABELS[entry.depositMode ?? "SAISIE"]}</dd>
          </div>
        </dl>
        <p className="fr-text--sm">Veillez à bien compléter le service et le n° d&apos;engagement pour les structures l&apos;exigeant. Les champs marqués d&apos;un * sont obligatoires.</p>
        <div role="status" aria-live="polite">
          {notice && <Alert className="fr-mb-3w" severity={notice.severity} small description={notice.message} closable onClose={() => setNotice(null)} />}
        </div>

        <RecipientSection recipient={recipient} loading={loadingRecipient} onStateChange={chooseState} />
        <SupplierSection suppliers={suppliers} fromFile={fromFile} />
        <CadreSection />
        <ReferencesSection engagement={{ required: hints?.engagementRequired ?? false, hint: hints?.engagementHint }} fromFile={fromFile} />
        {!fromFile && <LinkedInvoicesSection linkable={linkable} />}
        {fromFile && (
          <Alert
            className="fr-mb-3w"
            severity="info"
            small
            description="Facture déposée au format structuré : son numéro, sa date, ses lignes et ses montants sont ceux du fichier et ne se modifient pas. Complétez le destinataire, le service, le numéro d'engagement, puis validez et envoyez-la."
          />
        )}
        <InvoiceLinesSection lineAmounts={totals.lines} readOnly={fromFile} />
        {fromFile && entry.fileAmounts ? <DepositFileAmounts amounts={entry.fileAmounts} structured /> : <InvoiceTotalsSection totals={totals} />}
        {!fromFile && entry.fileAmounts && fieldsToCheck.has("totals") && <DepositFileAmounts amounts={entry.fileAmounts} />}
        <CommentSection />
        <AttachmentsSection invoiceId={invoiceId} attachments={entry.attachments} ensureSaved={ensureSaved} onChanged={(id) => showSaved(id)} />
        <InvoiceActionsBar saved={Boolean(invoiceId)} pending={pending} onNew={startNew} onDuplicate={duplicate} onDelete={remove} onSave={save} onSend={send} />
        {/* Opened from the recipient section's button (JavaScript): mounted in the browser, not in the page's HTML. */}
        {inBrowser && <RecipientSearchDialog onSelect={chooseRecipient} />}
      </FieldsToCheckProvider>
    </FormProvider>
  );
}
