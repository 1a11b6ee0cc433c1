// A works document as its pages and the API show it: parties, amounts as submitted and as admitted, the MOE's deadline,
// the history, the sides the user reads it from and the actions they may take.
import type { CadreFacturation, InvoiceDocumentKind, InvoiceStatus, WorksDocumentType } from "@/generated/prisma/enums.ts";
import { isAddresseeDocument } from "@/features/invoices/common/index.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { admittedInput, statementAmounts, type StatementAmounts } from "../rules/works-amounts.ts";
import { isMoeOverdue } from "../rules/moe-deadline.ts";
import { worksActionsFor, type WorksAction, type WorksSide } from "../rules/works-labels.ts";
import { WORKS_NOT_FOUND_MESSAGE, type WorksReach } from "./works-access.ts";

type Party = { id: string; raisonSociale: string; identifier: string };

export type WorksHistoryRow = { id: string; status: InvoiceStatus; createdAt: Date; actorName: string | null; motif: string | null; comment: string | null };

/** A legal document stored with the works document (its Factur-X PDF and XML), downloadable from its page. */
export type WorksStoredDocument = { kind: InvoiceDocumentKind; fileName: string; sha256: string };
/** An attachment: the deposited file (« Facture originale »), the « Projet de décompte du fournisseur » once the MOE passed it on. */
export type WorksAttachment = { id: string; type: string; designation: string; fileName: string; extension: string };

export type WorksDocumentDetail = {
  invoiceId: string;
  number: string;
  status: InvoiceStatus;
  cadre: CadreFacturation;
  documentType: WorksDocumentType;
  marketNumber: string;
  engagementNumber: string | null;
  statementNumber: number;
  previousDocument: { invoiceId: string; number: string } | null;
  documentDate: Date | null;
  sentAt: Date | null;
  /** While the MOE has it: when the platform passes it on; `overdue` once that moment is past. */
  moeDeadline: Date | null;
  overdue: boolean;
  supplier: Party;
  moe: Party | null;
  moa: Party;
  moaService: { code: string; libelle: string } | null;
  titulaire: Party | null;
  supplierAmounts: StatementAmounts;
  /** What the MOA pays and the next statement carries: the MOE's corrections over the supplier's amounts. */
  admittedAmounts: StatementAmounts;
  moeComment: string | null;
  moeDecidedAt: Date | null;
  comment: string | null;
  history: WorksHistoryRow[];
  /** The files the user may download: the deposit receipt only from the supplier's side. */
  documents: WorksStoredDocument[];
  attachments: WorksAttachment[];
  sides: WorksSide[];
  actions: WorksAction[];
};

const party = { select: { id: true, raisonSociale: true, identifier: true } } as const;

export async function readWorksDocumentDetail(client: Tx | typeof db, invoiceId: string, reaches: WorksReach[], now: Date): Promise<WorksDocumentDetail> {
  const row = await client.worksDocument.findUnique({
    where: { invoiceId },
    include: {
      invoice: {
        select: {
          status: true,
          cadre: true,
          sentNumber: true,
          engagementNumber: true,
          invoiceDate: true,
          sentAt: true,
          comment: true,
          recipientService: { select: { code: true, libelle: true } },
          history: { orderBy: { createdAt: "asc" }, select: { id: true, status: true, createdAt: true, actorId: true, actorStructureId: true, motif: true, comment: true } },
          documents: { orderBy: { kind: "asc" }, select: { kind: true, fileName: true, sha256: true } },
          attachments: { orderBy: { createdAt: "asc" }, select: { id: true, type: true, designation: true, fileName: true, extension: true } },
        },
      },
      supplierStructure: party,
      moeStructure: party,
      moaStructure: party,
      titulaireStructure: party,
      previousDocument: { select: { invoiceId: true, invoice: { select: { sentNumber: true } } } },
    },
  });
  if (!row) throw notFound(WORKS_NOT_FOUND_MESSAGE);
  const actorIds = row.invoice.history.map((entry) => entry.actorStructureId).filter((id): id is string => id !== null);
  const names = new Map((await client.structure.findMany({ where: { id: { in: actorIds } }, select: { id: true, raisonSociale: true } })).map((s) => [s.id, s.raisonSociale]));
  const supplier = { worksToDate: row.worksToDate.toFixed(2), retention: row.retention.toFixed(2), advanceRepayment: row.advanceRepayment.toFixed(2) };
  const admitted = admittedInput(supplier, {
    worksToDate: row.moeWorksToDate?.toFixed(2),
    retention: row.moeRetention?.toFixed(2),
    advanceRepayment: row.moeAdvanceRepayment?.toFixed(2),
  });
  const common = { previousStatements: row.previousStatements.toFixed(2), vatRate: row.vatRate.toString() };
  const sides = reaches.map((reach) => reach.side);
  const modifiable = reaches.filter((reach) => reach.right === "MODIFICATION").map((reach) => reach.side);
  const moeDeadline = row.invoice.status === "MISE_A_DISPOSITION_MOE" ? row.moeDeadline : null;
  return {
    invoiceId,
    number: row.invoice.sentNumber ?? "",
    status: row.invoice.status,
    cadre: row.invoice.cadre,
    documentType: row.documentType,
    marketNumber: row.marketNumber,
    engagementNumber: row.invoice.engagementNumber,
    statementNumber: row.statementNumber,
    previousDocument: row.previousDocument ? { invoiceId: row.previousDocument.invoiceId, number: row.previousDocument.invoice.sentNumber ?? "" } : null,
    documentDate: row.invoice.invoiceDate,
    sentAt: row.invoice.sentAt,
    moeDeadline,
    overdue: isMoeOverdue(moeDeadline, now),
    supplier: row.supplierStructure,
    moe: row.moeStructure,
    moa: row.moaStructure,
    moaService: row.invoice.recipientService,
    titulaire: row.titulaireStructure,
    supplierAmounts: statementAmounts({ ...supplier, ...common }),
    admittedAmounts: statementAmounts({ ...admitted, ...common }),
    moeComment: row.moeComment,
    moeDecidedAt: row.moeDecidedAt,
    comment: row.invoice.comment,
    history: row.invoice.history.map((entry) => ({
      id: entry.id,
      status: entry.status,
      createdAt: entry.createdAt,
      actorName: entry.actorStructureId ? (names.get(entry.actorStructureId) ?? null) : null,
      motif: entry.motif,
      comment: entry.comment,
    })),
    documents: sides.includes("FOURNISSEUR") ? row.invoice.documents : row.invoice.documents.filter((document) => isAddresseeDocument(document.kind)),
    attachments: row.invoice.attachments,
    sides,
    actions: worksActionsFor(row.invoice.status, modifiable),
  };
}
