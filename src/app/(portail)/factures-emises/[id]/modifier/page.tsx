import { notFound, redirect } from "next/navigation";
import { DepositWarnings } from "@/features/invoices/deposit/components/deposit-warnings.tsx";
import { getDepositWarnings } from "@/features/invoices/deposit/use-cases/get-deposit-warnings.ts";
import { InvoiceEntryForm } from "@/features/invoices/entry/components/invoice-entry-form.tsx";
import { todayInFrance } from "@/features/invoices/entry/components/today.ts";
import { INVOICE_STATUS_LABELS } from "@/features/invoices/common/rules/status-labels.ts";
import { getInvoice } from "@/features/invoices/entry/use-cases/get-invoice.ts";
import { listInvoiceSuppliers } from "@/features/invoices/entry/use-cases/list-invoice-suppliers.ts";
import { requireEspace } from "@/features/structures/use-cases/require-espace.ts";
import { AppError } from "@/server/errors.ts";

export const metadata = { title: "Modifier une facture" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ enregistree?: string; deposee?: string }> };

async function loadInvoice(userId: string, invoiceId: string) {
  try {
    return await getInvoice({ userId, invoiceId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** A draft reopened in "Saisie facture"; a sent invoice can no longer change: its own page instead. */
export default async function ModifierFacturePage({ params, searchParams }: Props) {
  const user = await requireEspace("FACTURES_EMISES");
  const { id } = await params;
  const invoice = await loadInvoice(user.id, id);
  if (!invoice.isDraft) redirect(`/factures-emises/${invoice.id}`);
  const suppliers = await listInvoiceSuppliers({ userId: user.id });
  // A structure whose mandate is no longer Actif cannot enter invoices: its draft stays readable on its own page.
  if (!suppliers.some((supplier) => supplier.id === invoice.form.supplierStructureId)) redirect(`/factures-emises/${invoice.id}`);
  const { enregistree, deposee } = await searchParams;
  const notice = deposee
    ? "Votre facture a été analysée : vérifiez les champs pré-remplis, complétez-la puis validez et envoyez-la."
    : enregistree
      ? `La facture a été enregistrée au statut Brouillon sous le numéro temporaire ${invoice.temporaryNumber}.`
      : undefined;
  // Right after a deposit: what the file's checks found without refusing it (EN 16931 and the reform's BR-FR rules).
  const found = deposee ? await getDepositWarnings({ userId: user.id, invoiceId: invoice.id }) : { warnings: [], reform: [] };

  return (
    <>
      <DepositWarnings warnings={found.warnings} reform={found.reform} />
      <InvoiceEntryForm
        key={invoice.id}
        suppliers={suppliers}
        today={todayInFrance()}
        entry={{
          values: invoice.form,
          temporaryNumber: invoice.temporaryNumber,
          statusLabel: INVOICE_STATUS_LABELS[invoice.status],
          attachments: invoice.attachments,
          notice,
          depositMode: invoice.depositMode,
          fieldsToCheck: invoice.fieldsToCheck,
          fileAmounts: invoice.storedTotals,
        }}
      />
    </>
  );
}
