"use client";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useEffect, useState, useTransition } from "react";
import { useWatch, type Control } from "react-hook-form";
import { canDeductDownPayments, formatAmount, STATE_SIRET, useInvoiceForm, type InvoiceFormInput } from "@/features/invoices/common/ui.ts";
import { listLinkableInvoicesAction, type LinkableInvoicesState } from "../actions.ts";

export type Linkable = NonNullable<LinkableInvoicesState["linkable"]>;
type LinkableRow = Linkable["originals"][number];

const EMPTY: Linkable = { originals: [], downPayments: [] };
const frenchDate = (isoDay: string) => isoDay.split("-").reverse().join("/");
const describe = (row: LinkableRow) => `N° ${row.number}${row.issueDate ? ` du ${frenchDate(row.issueDate)}` : ""} — ${formatAmount(row.totalGross)} ${row.currency} TTC`;

/**
 * The supplier's sent invoices to the chosen recipient that this invoice may name, read again when the supplier
 * structure or the recipient changes: an avoir's original, a final invoice's down payments.
 */
export function useLinkableInvoices(control: Control<InvoiceFormInput>): Linkable {
  const [supplierStructureId, recipientIsState, recipientStructureId, invoiceId] = useWatch({
    control,
    name: ["supplierStructureId", "recipientIsState", "recipientStructureId", "invoiceId"],
  });
  const recipient = recipientIsState ? STATE_SIRET : recipientStructureId;
  const [linkable, setLinkable] = useState<Linkable>(EMPTY);
  const [, startLoading] = useTransition();
  useEffect(() => {
    if (!supplierStructureId || !recipient) return setLinkable(EMPTY);
    startLoading(async () => {
      const state = await listLinkableInvoicesAction({ supplierStructureId, recipient, invoiceId: invoiceId || undefined });
      setLinkable(state.linkable ?? EMPTY);
    });
  }, [supplierStructureId, recipient, invoiceId]);
  return linkable;
}

/**
 * An avoir: "Facture d'origine", one of the supplier's sent invoices to this recipient (its number fills "Numéro de la
 * facture d'origine", which can also be typed). A final invoice: "Factures d'acompte déduites", whose TTC becomes the
 * "Montant payé / acomptes versés" and lowers the Net à payer.
 */
export function LinkedInvoicesSection({ linkable }: { linkable: Linkable }) {
  const { form, errorOf, errorProps } = useInvoiceForm();
  const [type, cadre, currency, originalInvoiceId, downPaymentInvoiceIds] = useWatch({
    control: form.control,
    name: ["type", "cadre", "currency", "originalInvoiceId", "downPaymentInvoiceIds"],
  });
  const selected = downPaymentInvoiceIds ?? [];
  const deducts = canDeductDownPayments({ type: type ?? "FACTURE", cadre: cadre ?? "A1" });
  // An avoir, a facture d'acompte or an A2 invoice deducts nothing: ticks made before the change are dropped.
  useEffect(() => {
    if (!deducts && selected.length > 0) form.setValue("downPaymentInvoiceIds", []);
  }, [deducts, selected.length, form]);

  if (type === "AVOIR") {
    const pick = (id: string) => {
      form.setValue("originalInvoiceId", id, { shouldDirty: true });
      const original = linkable.originals.find((row) => row.id === id);
      if (original) form.setValue("originalInvoiceNumber", original.number, { shouldDirty: true });
      form.clearErrors(["originalInvoiceId", "originalInvoiceNumber"]);
    };
    return (
      <Select
        label="Facture d'origine"
        hint="Une de vos factures envoyées à ce destinataire ; sinon, saisissez son numéro ci-dessus."
        {...errorProps("originalInvoiceId")}
        nativeSelectProps={{ value: originalInvoiceId ?? "", onChange: (event) => pick(event.target.value) }}
      >
        <option value="">{linkable.originals.length > 0 ? "Sélectionnez la facture que l'avoir corrige" : "Aucune facture envoyée à ce destinataire"}</option>
        {linkable.originals.map((row) => (
          <option key={row.id} value={row.id}>
            {describe(row)}
          </option>
        ))}
      </Select>
    );
  }

  if (!deducts) return null;
  const offered = linkable.downPayments.filter((row) => row.currency === currency || selected.includes(row.id));
  const toggle = (id: string, checked: boolean) => {
    form.setValue("downPaymentInvoiceIds", checked ? [...selected, id] : selected.filter((other) => other !== id), { shouldDirty: true });
    form.clearErrors("downPaymentInvoiceIds");
  };
  const error = errorOf("downPaymentInvoiceIds");
  if (offered.length === 0 && !error) return null;
  return (
    <Checkbox
      legend="Factures d'acompte déduites"
      hintText="Les factures d'acompte envoyées à ce destinataire que cette facture solde : leur montant TTC est déduit du net à payer."
      state={error ? "error" : "default"}
      stateRelatedMessage={error}
      options={offered.map((row) => ({
        label: describe(row),
        nativeInputProps: { name: "downPaymentInvoiceIds", value: row.id, checked: selected.includes(row.id), onChange: (event) => toggle(row.id, event.target.checked) },
      }))}
    />
  );
}

/** The deducted down payments as the one totals function counts them (TTC of each one ticked). */
export function deductedOf(linkable: Linkable, ids: readonly string[] | undefined) {
  const chosen = new Set(ids ?? []);
  return linkable.downPayments.filter((row) => chosen.has(row.id));
}
