// « Votre facture a été analysée » : what the deposited file's checks found without refusing it — EN 16931 warnings,
// and apart from them the French reform's BR-FR rules (decision 0014) — read again from the stored original, for the
// supplier's users (a foreign invoice is "not found"). A PDF read from its text is checked field by field by the user instead.
import { EInvoiceReadError, reformFindings, validateEInvoice, type Finding } from "@/features/einvoice/index.ts";
import { ORIGINAL_ATTACHMENT_TYPE, isStructuredDeposit, requireOwnInvoice } from "@/features/invoices/common/index.ts";
import { db } from "@/server/db.ts";
import { readInvoiceFileInWorker } from "../file-reading/in-worker.ts";

/** warnings: EN 16931's; reform: the BR-FR rules, kept apart as in the batch's compte rendu and the API. */
export type DepositWarningsFound = { warnings: Finding[]; reform: Finding[] };
const NONE: DepositWarningsFound = { warnings: [], reform: [] };

export async function getDepositWarnings({ userId, invoiceId }: { userId: string; invoiceId: string }): Promise<DepositWarningsFound> {
  const invoice = await requireOwnInvoice(db, userId, invoiceId);
  const stored = await db.invoice.findUniqueOrThrow({
    where: { id: invoice.id },
    select: { depositMode: true, attachments: { where: { type: ORIGINAL_ATTACHMENT_TYPE }, select: { fileName: true, content: true }, take: 1 } },
  });
  const original = stored.attachments[0];
  if (!isStructuredDeposit(stored.depositMode) || !original) return NONE;
  try {
    const read = await readInvoiceFileInWorker(original.content, { fileName: original.fileName });
    if (read.syntax !== "UBL" && read.syntax !== "CII") return NONE;
    const warnings = validateEInvoice(read.invoice, read.syntaxFindings, read.syntax).filter((finding) => finding.severity === "warning");
    return { warnings, reform: reformFindings(read.invoice) };
  } catch (error) {
    // The file was read when it was deposited; should a reader now refuse it, the deposit's answer stands.
    if (error instanceof EInvoiceReadError) return NONE;
    throw error;
  }
}
