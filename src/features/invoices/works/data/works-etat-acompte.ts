// The MOE's état d'acompte as the legal document of a works statement passed on to the MOA: a Factur-X written with
// the admitted amounts by the one works writer (BT-3 by the document type after the MOE, BT-12 marché, BT-13
// engagement, BT-23 cadre, BG-3 the supplier's projet de décompte and the marché's previous statement), validated
// before it is stored. It replaces the supplier's Factur-X and XML as the invoice's documents (what the MOA's
// Factures reçues downloads, in its reception format); the supplier's projet de décompte stays stored, as an
// attachment « Projet de décompte du fournisseur » (its PDF carries its own CII XML), downloadable by both sides.
// A projet de décompte the supplier deposited as a file already is an attachment (« Facture originale », its SHA-256
// refusing a second deposit): it stays so, and the état d'acompte, stored as the portal's documents, comes before it
// in what the MOA downloads (receptionFile, storedPreview).
import { createHash } from "node:crypto";
import type { WorksDocumentType } from "@/generated/prisma/enums.ts";
import type { PayeeAccount } from "@/features/invoices/common/index.ts";
import type { Tx } from "@/server/db.ts";
import { postalAddressSelect } from "@/lib/postal-address.ts";
import type { WorksCadreCode } from "../rules/works-cadres.ts";
import type { WorksLine } from "../rules/works-lines.ts";
import { worksFacturX } from "./works-factur-x.ts";

export const PROJET_DE_DECOMPTE_ATTACHMENT_TYPE = "Projet de décompte du fournisseur";

const partySelect = { identifierType: true, identifier: true, raisonSociale: true, ...postalAddressSelect } as const;
const parisDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" });
const isoDay = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : undefined);

export type EtatAcompte = {
  invoiceId: string;
  /** The document type once the MOE passed it on (a monthly statement: ETAT_ACOMPTE). */
  documentType: WorksDocumentType;
  /** The admitted amounts as lines (the same lines as the invoice's). */
  lines: WorksLine[];
  /** The MOE's comment on its corrections, the note of the état d'acompte (else the supplier's). */
  moeComment: string | null;
  /** The MOE's decision: the date of the état d'acompte (BT-2), a Paris day. */
  now: Date;
};

/** Writes the état d'acompte, in the caller's transaction (the invoice row locked by the MOE's decision). */
export async function storeEtatAcompte(tx: Tx, etat: EtatAcompte): Promise<void> {
  const invoice = await tx.invoice.findUniqueOrThrow({
    where: { id: etat.invoiceId },
    select: {
      cadre: true,
      sentNumber: true,
      invoiceNumber: true,
      invoiceDate: true,
      marketNumber: true,
      engagementNumber: true,
      comment: true,
      iban: true,
      bic: true,
      bankAccount: { select: { id: true, titulaire: true, affactureur: true } },
      supplierStructure: { select: partySelect },
      recipientStructure: { select: partySelect },
      recipientService: { select: { code: true } },
      works: { select: { previousDocument: { select: { invoice: { select: { sentNumber: true, invoiceDate: true } } } } } },
      documents: { where: { kind: "FACTURX_PDF" }, select: { fileName: true, mimeType: true, sha256: true, content: true } },
    },
  });
  // BT-1 stays the statement's number: the MOA processes and pays it under that number; BG-3 names the supplier's
  // projet de décompte (same number, its own date) so the two files are told apart by their type, date and amounts.
  const number = invoice.sentNumber ?? invoice.invoiceNumber ?? "";
  const account: PayeeAccount | null = invoice.iban
    ? { id: invoice.bankAccount?.id ?? "", iban: invoice.iban, bic: invoice.bic, titulaire: invoice.bankAccount?.titulaire ?? "", affactureur: invoice.bankAccount?.affactureur ?? false }
    : null;
  const previous = invoice.works?.previousDocument?.invoice;
  const { documents } = await worksFacturX({
    number,
    documentDate: parisDay.format(etat.now),
    cadre: invoice.cadre as WorksCadreCode,
    documentType: etat.documentType,
    marketNumber: invoice.marketNumber ?? "",
    engagementNumber: invoice.engagementNumber,
    comment: etat.moeComment ?? invoice.comment,
    lines: etat.lines,
    supplier: invoice.supplierStructure,
    account,
    moa: invoice.recipientStructure!,
    moaService: invoice.recipientService,
    previous: previous ? { number: previous.sentNumber ?? "", issueDate: isoDay(previous.invoiceDate) } : null,
    projetDeDecompte: { number, issueDate: isoDay(invoice.invoiceDate) },
  });

  const [projet] = invoice.documents;
  if (projet) {
    const fileName = `projet-de-decompte-${projet.fileName}`;
    await tx.invoiceAttachment.create({
      data: {
        invoiceId: etat.invoiceId,
        type: PROJET_DE_DECOMPTE_ATTACHMENT_TYPE,
        designation: `${PROJET_DE_DECOMPTE_ATTACHMENT_TYPE} n° ${number}`,
        fileName,
        extension: "pdf",
        mimeType: projet.mimeType,
        size: projet.content.byteLength,
        sha256: projet.sha256 || createHash("sha256").update(projet.content).digest("hex"),
        content: projet.content,
      },
    });
  }
  await tx.invoiceDocument.deleteMany({ where: { invoiceId: etat.invoiceId, kind: { in: ["FACTURX_PDF", "CII_XML"] } } });
  await tx.invoiceDocument.createMany({ data: documents.map((document) => ({ ...document, content: document.content as Uint8Array<ArrayBuffer>, invoiceId: etat.invoiceId })) });
}
