// "Dépôt d'une nouvelle facture": the file is read (UBL, CII, Factur-X, or a PDF's text), a structured one is checked
// against EN 16931 (any fatal finding refuses it), then ONE transaction writes the pre-filled draft with the file as
// its "Facture originale" and tells the supplier's users. The same file twice is refused ("Double facturation").
import { EInvoiceReadError, fatalFindings, validateEInvoice } from "@/features/einvoice/index.ts";
import type { CadreFacturation } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { recordEvents } from "@/server/events.ts";
import type { DepositFormatCode } from "@/features/invoices/common/index.ts";
import { fieldsToCheckOf } from "../rules/fields-to-check.ts";
import { toDepositedInvoice } from "../rules/from-einvoice.ts";
import { sha256Hex } from "@/lib/sha256.ts";
import { resolveDepositParties } from "../data/resolve-deposit-parties.ts";
import { writeDepositedInvoice } from "../data/write-deposited-invoice.ts";
import { readInvoiceFileInWorker } from "../file-reading/in-worker.ts";
import { DepositFindingsError, InvoiceRulesError } from "@/features/invoices/common/index.ts";
import { INVOICE_TYPE_LABELS } from "@/features/invoices/common/index.ts";
import { requireInvoiceEntry, supplierUserIds } from "@/features/invoices/common/index.ts";

export type DepositFile = {
  supplierStructureId: string;
  supplierServiceId?: string | null;
  cadre: CadreFacturation;
  format: DepositFormatCode;
  file: { name: string; bytes: Uint8Array };
};

export type DepositedDraft = { invoiceId: string; temporaryNumber: string; unmapped: string[] };

async function readFile(input: DepositFile) {
  try {
    // In a worker thread with its own memory limit: a big or hostile file never blocks the pages.
    return await readInvoiceFileInWorker(input.file.bytes, { fileName: input.file.name, format: input.format });
  } catch (error) {
    if (error instanceof EInvoiceReadError) throw new InvoiceRulesError({ file: error.message });
    throw error;
  }
}

export async function depositInvoiceFile({ userId, input, now = new Date() }: { userId: string; input: DepositFile; now?: Date }): Promise<DepositedDraft> {
  await requireInvoiceEntry(db, userId, input.supplierStructureId);
  const read = await readFile(input);
  const structured = read.syntax === "UBL" || read.syntax === "CII";
  if (structured) {
    const fatal = fatalFindings(validateEInvoice(read.invoice, read.syntaxFindings, read.syntax));
    if (fatal.length > 0) throw new DepositFindingsError(fatal);
  }
  const deposited = toDepositedInvoice(read.invoice);
  const fieldsToCheck = structured ? [] : fieldsToCheckOf(read.guessedFields);
  const sha256 = sha256Hex(input.file.bytes);

  const written = await db.$transaction(async (tx) => {
    await requireInvoiceEntry(tx, userId, input.supplierStructureId);
    if (input.supplierServiceId) {
      const service = await tx.service.count({ where: { id: input.supplierServiceId, structureId: input.supplierStructureId, actif: true } });
      if (service === 0) throw new InvoiceRulesError({ supplierServiceId: "Ce service n'appartient pas à votre structure ou n'est plus actif." });
    }
    // A recipient the file names but the directory does not know is no refusal: the user completes the draft.
    const parties = await resolveDepositParties(tx, input.supplierStructureId, deposited, { guessed: !structured });
    if (parties.errors.file) throw new InvoiceRulesError({ file: parties.errors.file });
    const draft = await writeDepositedInvoice(tx, {
      userId,
      supplierStructureId: input.supplierStructureId,
      supplierServiceId: input.supplierServiceId,
      cadre: input.cadre,
      depositMode: input.format,
      deposited,
      recipientStructureId: parties.recipient?.id ?? null,
      recipientServiceId: parties.recipientServiceId,
      status: "BROUILLON",
      file: input.file,
      sha256,
      fieldsToCheck,
      now,
    });
    const number = deposited.invoiceNumber ? ` n° ${deposited.invoiceNumber}` : "";
    await recordEvents(tx, {
      userIds: await supplierUserIds(tx, input.supplierStructureId),
      structureId: input.supplierStructureId,
      espace: "FACTURES_EMISES",
      type: "FACTURE_FICHIER_DEPOSE",
      message: `${INVOICE_TYPE_LABELS[deposited.type]}${number} déposée (fichier « ${input.file.name} ») : brouillon ${draft.temporaryNumber} à vérifier et envoyer.`,
      link: `/factures-emises/${draft.invoiceId}/modifier`,
    });
    return draft;
  });
  return { ...written, unmapped: deposited.unmapped };
}
