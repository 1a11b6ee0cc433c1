import { Prisma } from "@/generated/prisma/client.ts";
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { requireEspaceRight } from "@/features/structures/index.ts";
import { InvoiceRulesError, invoicePayee, invoiceTotals, nextTemporaryNumber, throwIfAny, UNKNOWN_ACCOUNT_MESSAGE } from "@/features/invoices/common/index.ts";
import { recordCreation } from "@/features/invoices/lifecycle/index.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { DOCUMENT_TYPE_OF_CADRE, goesThroughMoe } from "../rules/works-cadres.ts";
import { statementAmounts, statementErrors } from "../rules/works-amounts.ts";
import { statementLines } from "../rules/works-lines.ts";
import { moeDeadlineFrom } from "../rules/moe-deadline.ts";
import { worksDocumentSchema, type WorksDocumentInput } from "../schemas.ts";
import { lockChain, readChainPosition, samePosition } from "../data/works-chain.ts";
import { worksFacturX } from "../data/works-factur-x.ts";
import { checkWorksFile, type KeptWorksFile, type WorksFile } from "../data/works-deposited-file.ts";
import { parseWorksInput } from "../data/works-input.ts";
import { notifyWorksSubmitted } from "../data/works-notifications.ts";
import { checkWorksParties } from "../data/works-parties.ts";

export type SubmittedWorksDocument = {
  invoiceId: string;
  number: string;
  status: InvoiceStatus;
  statementNumber: number;
  /** Carried from the marché's previous statement. */
  previousStatements: string;
  net: string;
  gross: string;
};

const DUPLICATE_NUMBER_MESSAGE = "Ce numéro de document est déjà utilisé par un document ou une facture envoyée de votre structure.";
const CHAIN_MOVED_MESSAGE = "Un autre décompte de ce marché a été déposé ou traité pendant le dépôt : vérifiez le cumul des décomptes précédents et déposez à nouveau.";
const LIMITS = { maxWait: 10_000, timeout: 20_000 };

async function refuseTakenNumber(client: Tx | typeof db, supplierStructureId: string, number: string) {
  if ((await client.invoice.count({ where: { supplierStructureId, sentNumber: number } })) > 0) throw new InvoiceRulesError({ number: DUPLICATE_NUMBER_MESSAGE });
}

const numberTaken = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && JSON.stringify(error.meta ?? {}).includes("sent_number");

const DUPLICATE_FILE_MESSAGE = "Ce fichier a déjà été déposé par votre structure (double facturation).";
const fileTaken = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && JSON.stringify(error.meta ?? {}).includes("original_sha256");

async function refuseTakenFile(client: Tx | typeof db, supplierStructureId: string, kept: KeptWorksFile | null) {
  if (kept && (await client.invoice.count({ where: { supplierStructureId, originalSha256: kept.sha256 } })) > 0) throw new InvoiceRulesError({ file: DUPLICATE_FILE_MESSAGE });
}

/**
 * « Déposer » a works document (Factures de travaux): the supplier's user with the modification right on the espace
 * states the cumulated works to date, the retenue de garantie and the remboursement de l'avance; the platform carries
 * the previous statements' cumul from the marché's chain, computes the net and the TTC, writes the Factur-X (BT-3
 * 875/876/877, checked by the EN 16931 validator), then in one transaction records the invoice and its works row and
 * sends it: to the MOE (Mise à disposition de la MOE, 7 days to act) for a projet de décompte, to the MOA (Déposée,
 * routed) otherwise. History, fil d'événements and e-mails follow.
 * With a `file` (the real portal's dépôt): no Factur-X is written; the file is the legal document (« Facture
 * originale »), a PDF as it is, a Factur-X / UBL / CII once validated and matching the typed document (BT-3, net, TTC).
 */
export async function submitWorksDocument({ userId, input, file, now = new Date() }: { userId: string; input: WorksDocumentInput; file?: WorksFile | null; now?: Date }): Promise<SubmittedWorksDocument> {
  const values = parseWorksInput(worksDocumentSchema, input);
  const what = "déposer un document de travaux";
  await requireEspaceRight(db, userId, values.supplierStructureId, "FACTURES_TRAVAUX", "MODIFICATION", { what });
  const parties = await checkWorksParties(db, values);
  const account = await invoicePayee(db, values.supplierStructureId, values.bankAccountId ?? null);
  if (values.bankAccountId && !account) throw new InvoiceRulesError({ bankAccountId: UNKNOWN_ACCOUNT_MESSAGE });
  const key = { supplierStructureId: values.supplierStructureId, moaStructureId: values.moaStructureId, marketNumber: values.marketNumber };
  const position = await readChainPosition(db, key);
  const amounts = statementAmounts({ ...values, previousStatements: position.previousStatements });
  throwIfAny(statementErrors(amounts));
  await refuseTakenNumber(db, values.supplierStructureId, values.number);

  const documentType = DOCUMENT_TYPE_OF_CADRE[values.cadre];
  const lines = statementLines(amounts, values.vatRate, position.statementNumber);
  const totals = invoiceTotals({ cadre: values.cadre, lines });
  const kept = file ? await checkWorksFile(file, { documentType, totalNet: totals.totalNet, totalGross: totals.totalGross }) : null;
  await refuseTakenFile(db, values.supplierStructureId, kept);
  const { documents } = kept ? { documents: [] } : await worksFacturX({
    number: values.number,
    documentDate: values.documentDate,
    cadre: values.cadre,
    documentType,
    marketNumber: values.marketNumber,
    engagementNumber: values.engagementNumber,
    comment: values.comment,
    lines,
    supplier: parties.supplier,
    account,
    moa: parties.moa,
    moaService: parties.moaService,
    previous: position.previous,
  });
  const temporaryNumber = await nextTemporaryNumber(db, now);
  const throughMoe = goesThroughMoe(values.cadre);

  try {
    return await db.$transaction(async (tx) => {
      await requireEspaceRight(tx, userId, values.supplierStructureId, "FACTURES_TRAVAUX", "MODIFICATION", { what });
      await lockChain(tx, key);
      if (!samePosition(position, await readChainPosition(tx, key))) throw new AppError("CONFLICT", CHAIN_MOVED_MESSAGE);
      await refuseTakenNumber(tx, values.supplierStructureId, values.number);
      await refuseTakenFile(tx, values.supplierStructureId, kept);
      const invoice = await tx.invoice.create({
        data: {
          supplierStructureId: values.supplierStructureId,
          recipientStructureId: values.moaStructureId,
          recipientServiceId: parties.moaService?.id ?? null,
          createdById: userId,
          cadre: values.cadre,
          type: "FACTURE",
          vatRegime: "DEBITS",
          marketNumber: values.marketNumber,
          engagementNumber: values.engagementNumber ?? null,
          paymentMode: "VIREMENT",
          invoiceNumber: values.number,
          temporaryNumber,
          invoiceDate: new Date(`${values.documentDate}T00:00:00Z`),
          bankAccountId: account?.id ?? null,
          iban: account?.iban ?? null,
          bic: account?.bic ?? null,
          comment: values.comment ?? null,
          totalNet: totals.totalNet,
          totalVat: totals.totalVat,
          totalGross: totals.totalGross,
          amountDue: totals.amountDue,
          ...(kept ? { depositMode: kept.depositMode, originalSha256: kept.sha256, attachments: { create: { ...kept.attachment, createdAt: now } } } : {}),
          lines: {
            create: lines.map((line, index) => ({
              position: index + 1,
              denomination: line.denomination,
              quantity: line.quantity,
              unit: line.unit,
              unitPriceNet: line.unitPriceNet,
              vatRate: line.vatRate,
              lineNet: totals.lines[index].lineNet,
            })),
          },
        },
        select: { id: true },
      });
      await tx.worksDocument.create({
        data: {
          invoiceId: invoice.id,
          documentType,
          supplierStructureId: values.supplierStructureId,
          moaStructureId: values.moaStructureId,
          moeStructureId: values.moeStructureId ?? null,
          titulaireStructureId: values.titulaireStructureId ?? null,
          marketNumber: values.marketNumber,
          statementNumber: position.statementNumber,
          previousDocumentId: position.previous?.invoiceId ?? null,
          worksToDate: amounts.worksToDate,
          previousStatements: amounts.previousStatements,
          retention: amounts.retention,
          advanceRepayment: amounts.advanceRepayment,
          vatRate: values.vatRate,
          moeDeadline: throughMoe ? moeDeadlineFrom(now) : null,
        },
      });
      if (documents.length > 0) await tx.invoiceDocument.createMany({ data: documents.map((document) => ({ ...document, content: document.content as Uint8Array<ArrayBuffer>, invoiceId: invoice.id })) });
      await recordCreation(tx, {
        invoiceIds: [invoice.id],
        creation: throughMoe ? "SOUMETTRE_A_LA_MOE" : "DEPOSER",
        actorUserId: userId,
        actorStructureId: values.supplierStructureId,
        now,
        data: { sentNumber: values.number, sentAt: now },
      });
      await notifyWorksSubmitted(tx, invoice.id);
      const { status } = await tx.invoice.findUniqueOrThrow({ where: { id: invoice.id }, select: { status: true } });
      return {
        invoiceId: invoice.id,
        number: values.number,
        status,
        statementNumber: position.statementNumber,
        previousStatements: amounts.previousStatements,
        net: totals.totalNet,
        gross: totals.totalGross,
      };
    }, LIMITS);
  } catch (error) {
    if (numberTaken(error)) throw new InvoiceRulesError({ number: DUPLICATE_NUMBER_MESSAGE });
    if (fileTaken(error)) throw new InvoiceRulesError({ file: DUPLICATE_FILE_MESSAGE });
    throw error;
  }
}
