// What the works documents' operations answer (issue 14): a works document named by its id, as a row of the works
// lists, in detail (parties, the supplier's and the admitted amounts, the MOE's comment and deadline, history), and the
// answer of a step of its circuit (its id and new status). Pure.
import { z } from "zod";
import { WorksDocumentType, type InvoiceStatus } from "@/generated/prisma/enums.ts";
import type { StatementAmounts, WorksDocumentDetail, WorksDocumentRow } from "@/features/invoices/works/index.ts";
import { WORKS_ACTION_LABELS, WORKS_CADRE_LABELS, WORKS_DOCUMENT_TYPE_LABELS } from "@/features/invoices/works/ui.ts";
import { isoDate, isoDateTime, montant, statutOf, statutSchema } from "./common.ts";

const iso = (date: Date | null) => date?.toISOString() ?? null;
const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

/** A works document named by its id: any text, so that a malformed id is « introuvable » (404) as a foreign one is. */
export const idFactureTravauxSchema = z.object({
  idFactureTravaux: z.string("L'identifiant de la pièce de travaux est obligatoire.").max(100).meta({ format: "uuid" }),
});

const roleSchema = z.enum(["FOURNISSEUR", "MOE", "MOA"]);
const typePieceSchema = z.enum(WorksDocumentType).meta({ description: "PROJET_DECOMPTE_MENSUEL, ETAT_ACOMPTE (un projet de décompte mensuel transmis par la maîtrise d'œuvre), ETAT_ACOMPTE_VALIDE, PROJET_DECOMPTE_FINAL, DECOMPTE_GENERAL_DEFINITIF." });

export const factureTravauxLigneSchema = z
  .object({
    idFactureTravaux: z.uuid(),
    numeroFactureTravaux: z.string(),
    statut: statutSchema,
    typePiece: typePieceSchema,
    numeroMarche: z.string(),
    numeroSituation: z.number().int(),
    dateFactureTravaux: isoDate.nullable(),
    dateDepot: isoDateTime.nullable(),
    fournisseur: z.object({ raisonSociale: z.string() }),
    maitriseOeuvre: z.object({ raisonSociale: z.string() }).nullable(),
    maitriseOuvrage: z.object({ raisonSociale: z.string() }),
    montantNetHT: montant.meta({ description: "Admis par la maîtrise d'œuvre (celui du fournisseur tant qu'elle ne l'a pas corrigé)." }),
    montantTTC: montant,
    dateLimiteMoe: isoDateTime.nullable().meta({ description: "Tant que la pièce attend la maîtrise d'œuvre : le moment où la plateforme la transmet d'elle-même à la maîtrise d'ouvrage." }),
    horsDelaiMoe: z.boolean(),
  })
  .meta({ id: "FactureTravauxLigne" });

export const toFactureTravauxLigne = (row: WorksDocumentRow): z.input<typeof factureTravauxLigneSchema> => ({
  idFactureTravaux: row.invoiceId,
  numeroFactureTravaux: row.number,
  statut: statutOf(row.status),
  typePiece: row.documentType,
  numeroMarche: row.marketNumber,
  numeroSituation: row.statementNumber,
  dateFactureTravaux: day(row.documentDate),
  dateDepot: iso(row.sentAt),
  fournisseur: { raisonSociale: row.supplierName },
  maitriseOeuvre: row.moeName === null ? null : { raisonSociale: row.moeName },
  maitriseOuvrage: { raisonSociale: row.moaName },
  montantNetHT: row.net,
  montantTTC: row.gross,
  dateLimiteMoe: iso(row.moeDeadline),
  horsDelaiMoe: row.overdue,
});

const partieSchema = z.object({ idStructure: z.uuid(), raisonSociale: z.string(), identifiant: z.string() }).meta({ id: "PartieTravaux" });

const montantsSchema = z
  .object({
    travauxExecutesADate: montant.meta({ description: "Montant cumulé des travaux exécutés à date (HT)." }),
    cumulDecomptesPrecedents: montant.meta({ description: "Reporté de la pièce précédente du marché (HT)." }),
    travauxPeriode: montant,
    retenueGarantie: montant,
    remboursementAvance: montant,
    montantNetHT: montant,
    montantTVA: montant,
    montantTTC: montant,
  })
  .meta({ id: "MontantsTravaux" });

const montantsOf = (amounts: StatementAmounts): z.input<typeof montantsSchema> => ({
  travauxExecutesADate: amounts.worksToDate,
  cumulDecomptesPrecedents: amounts.previousStatements,
  travauxPeriode: amounts.monthWorks,
  retenueGarantie: amounts.retention,
  remboursementAvance: amounts.advanceRepayment,
  montantNetHT: amounts.net,
  montantTVA: amounts.vat,
  montantTTC: amounts.gross,
});

type Party = { id: string; raisonSociale: string; identifier: string };
const partieOf = (party: Party) => ({ idStructure: party.id, raisonSociale: party.raisonSociale, identifiant: party.identifier });

export const factureTravauxDetailSchema = z
  .object({
    idFactureTravaux: z.uuid(),
    numeroFactureTravaux: z.string(),
    statut: statutSchema,
    cadreFacturation: z.object({ code: z.string().meta({ example: "A4" }), libelle: z.string() }),
    typePiece: z.object({ code: typePieceSchema, libelle: z.string() }),
    numeroMarche: z.string(),
    numeroEngagement: z.string().nullable(),
    numeroSituation: z.number().int(),
    piecePrecedente: z.object({ idFactureTravaux: z.uuid(), numeroFactureTravaux: z.string() }).nullable(),
    dateFactureTravaux: isoDate.nullable(),
    dateDepot: isoDateTime.nullable(),
    dateLimiteMoe: isoDateTime.nullable(),
    horsDelaiMoe: z.boolean(),
    fournisseur: partieSchema,
    maitriseOeuvre: partieSchema.nullable(),
    maitriseOuvrage: partieSchema,
    serviceMaitriseOuvrage: z.object({ code: z.string(), libelle: z.string() }).nullable(),
    titulaire: partieSchema.nullable().meta({ description: "Le titulaire du marché d'un sous-traitant ou d'un cotraitant." }),
    montantsFournisseur: montantsSchema,
    montantsAdmis: montantsSchema.meta({ description: "Ceux du fournisseur corrigés par la maîtrise d'œuvre : la maîtrise d'ouvrage paie ceux-là, et la pièce suivante du marché les reporte." }),
    commentaireMoe: z.string().nullable(),
    dateDecisionMoe: isoDateTime.nullable(),
    commentaire: z.string().nullable(),
    roles: z.array(roleSchema).meta({ description: "Les côtés d'où le compte technique lit la pièce." }),
    actionsDisponibles: z.array(z.object({ action: z.string().meta({ example: "TRANSMETTRE_A_LA_MOA" }), libelle: z.string() })),
    historique: z.array(z.object({ statut: statutSchema, date: isoDateTime, motif: z.string().nullable(), commentaire: z.string().nullable(), auteur: z.string().nullable() })),
  })
  .meta({ id: "FactureTravauxDetail" });

export const toFactureTravauxDetail = (document: WorksDocumentDetail): z.input<typeof factureTravauxDetailSchema> => ({
  idFactureTravaux: document.invoiceId,
  numeroFactureTravaux: document.number,
  statut: statutOf(document.status),
  cadreFacturation: { code: document.cadre, libelle: WORKS_CADRE_LABELS[document.cadre as keyof typeof WORKS_CADRE_LABELS] ?? document.cadre },
  typePiece: { code: document.documentType, libelle: WORKS_DOCUMENT_TYPE_LABELS[document.documentType] },
  numeroMarche: document.marketNumber,
  numeroEngagement: document.engagementNumber,
  numeroSituation: document.statementNumber,
  piecePrecedente: document.previousDocument ? { idFactureTravaux: document.previousDocument.invoiceId, numeroFactureTravaux: document.previousDocument.number } : null,
  dateFactureTravaux: day(document.documentDate),
  dateDepot: iso(document.sentAt),
  dateLimiteMoe: iso(document.moeDeadline),
  horsDelaiMoe: document.overdue,
  fournisseur: partieOf(document.supplier),
  maitriseOeuvre: document.moe && partieOf(document.moe),
  maitriseOuvrage: partieOf(document.moa),
  serviceMaitriseOuvrage: document.moaService,
  titulaire: document.titulaire && partieOf(document.titulaire),
  montantsFournisseur: montantsOf(document.supplierAmounts),
  montantsAdmis: montantsOf(document.admittedAmounts),
  commentaireMoe: document.moeComment,
  dateDecisionMoe: iso(document.moeDecidedAt),
  commentaire: document.comment,
  roles: document.sides,
  actionsDisponibles: document.actions.map((action) => ({ action, libelle: WORKS_ACTION_LABELS[action] })),
  historique: document.history.map((step) => ({ statut: statutOf(step.status), date: step.createdAt.toISOString(), motif: step.motif, commentaire: step.comment, auteur: step.actorName })),
});

export const factureTravauxChangeeSchema = z.object({ idFactureTravaux: z.guid(), statut: statutSchema }).meta({ id: "FactureTravauxChangee" });

/** A step's result as the API tells it. */
export const toFactureTravauxChangee = (changed: { invoiceId: string; status: InvoiceStatus }): z.input<typeof factureTravauxChangeeSchema> => ({
  idFactureTravaux: changed.invoiceId,
  statut: statutOf(changed.status),
});
