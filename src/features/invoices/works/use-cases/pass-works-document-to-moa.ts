import { invoiceTotals, InvoiceRulesError, throwIfAny } from "@/features/invoices/common/index.ts";
import { db } from "@/server/db.ts";
import { admittedInput, CORRECTION_COMMENT_MESSAGE, isCorrected, statementAmounts, statementErrors } from "../rules/works-amounts.ts";
import { documentTypeAfterMoe } from "../rules/works-cadres.ts";
import { statementLines } from "../rules/works-lines.ts";
import { moeDecisionSchema, type MoeDecisionInput } from "../schemas.ts";
import { requireWorksSide } from "../data/works-access.ts";
import { parseWorksInput } from "../data/works-input.ts";
import { storeEtatAcompte } from "../data/works-etat-acompte.ts";
import { lockWorksDocument, moveWorksDocument, type WorksStatusChanged } from "../data/works-moves.ts";
import { notifyPassedToMoa } from "../data/works-notifications.ts";

const LIMITS = { maxWait: 10_000, timeout: 20_000 };

/**
 * « Valider et transmettre à la MOA »: the maîtrise d'œuvre admits the statement's amounts — the supplier's, or its
 * own corrections of the works to date, the retenue de garantie and the remboursement de l'avance, with a comment
 * saying why (an amount difference is never a refusal motive) — and passes it on as an état d'acompte. In one
 * transaction: the MOE's reach with the modification right of « Factures de travaux reçues », the document locked and
 * still waiting for it (else CONFLICT), the admitted amounts kept beside the supplier's and made the invoice's (what
 * the MOA pays, what the next statement carries), the état d'acompte written as a Factur-X with the admitted amounts
 * (validated; the invoice's legal document from now on, the supplier's projet de décompte kept as an attachment), the
 * move to TRANSMISE_MOA (history, notices, routing to the MOA).
 */
export async function passWorksDocumentToMoa({ userId, invoiceId, input, now = new Date() }: { userId: string; invoiceId: string; input: MoeDecisionInput; now?: Date }): Promise<WorksStatusChanged> {
  const decision = parseWorksInput(moeDecisionSchema, input);
  // Writing the PDF/A-3 takes time on a loaded machine: the limits of the deposit, which writes one too.
  return db.$transaction(async (tx) => {
    const structureId = await requireWorksSide(tx, userId, invoiceId, "MOE", "traiter ce document de travaux");
    await lockWorksDocument(tx, invoiceId);
    const works = await tx.worksDocument.findUniqueOrThrow({ where: { invoiceId }, select: { documentType: true, worksToDate: true, previousStatements: true, retention: true, advanceRepayment: true, vatRate: true, statementNumber: true, invoice: { select: { cadre: true } } } });
    const supplier = { worksToDate: works.worksToDate.toFixed(2), retention: works.retention.toFixed(2), advanceRepayment: works.advanceRepayment.toFixed(2) };
    const admitted = admittedInput(supplier, decision);
    const corrected = isCorrected(supplier, admitted);
    if (corrected && !decision.comment) throw new InvoiceRulesError({ comment: CORRECTION_COMMENT_MESSAGE });
    const vatRate = works.vatRate.toString();
    const amounts = statementAmounts({ ...admitted, previousStatements: works.previousStatements.toFixed(2), vatRate });
    throwIfAny(statementErrors(amounts));
    // The move first: it refuses a document no longer waiting for the MOE before anything is written.
    const changed = await moveWorksDocument(tx, { invoiceId, action: "TRANSMETTRE_A_LA_MOA", actor: "MOE", userId, structureId, comment: decision.comment, now });
    const documentType = documentTypeAfterMoe(works.documentType);
    const lines = statementLines(amounts, vatRate, works.statementNumber);
    await tx.worksDocument.update({
      where: { invoiceId },
      data: {
        documentType,
        moeWorksToDate: corrected ? amounts.worksToDate : null,
        moeRetention: corrected ? amounts.retention : null,
        moeAdvanceRepayment: corrected ? amounts.advanceRepayment : null,
        moeComment: decision.comment ?? null,
        moeDecidedAt: now,
        moeDecidedById: userId,
      },
    });
    if (corrected) {
      const totals = invoiceTotals({ cadre: works.invoice.cadre, lines });
      await tx.invoiceLine.deleteMany({ where: { invoiceId } });
      await tx.invoice.update({
        where: { id: invoiceId },
        data: {
          totalNet: totals.totalNet,
          totalVat: totals.totalVat,
          totalGross: totals.totalGross,
          amountDue: totals.amountDue,
          lines: { create: lines.map((line, index) => ({ position: index + 1, denomination: line.denomination, quantity: line.quantity, unit: line.unit, unitPriceNet: line.unitPriceNet, vatRate: line.vatRate, lineNet: totals.lines[index].lineNet })) },
        },
      });
    }
    await storeEtatAcompte(tx, { invoiceId, documentType, lines, moeComment: decision.comment ?? null, now });
    await notifyPassedToMoa(tx, invoiceId, false);
    return changed;
  }, LIMITS);
}
