import { z } from "zod";
import { fiscalListCriteriaSchema, getFiscalList, getFiscalListCsv, getFiscalListPdf, type FiscalListRow, type CurrencyTotals } from "@/features/invoices/fiscal-list/index.ts";
import { fileOperation, jsonOperation } from "@/server/api/operation.ts";
import { isoDate, isoDateTime, montant } from "../../schemas/common.ts";

// The period's fields of « Liste fiscale » (its one schema's; the use case checks them again with the schema's own
// cross-field rules); the structure is the API's idStructure.
const { structure: _structure, page: _page, ...periodFields } = fiscalListCriteriaSchema.shape;
const idStructure = z.guid("Identifiant de structure invalide.").meta({ description: "Une structure du compte technique qui lui ouvre « Factures émises »." });

export const MAX_FISCAL_LIST_PAGE_SIZE = 500;

const rechercherListeFiscaleSchema = z
  .object({
    idStructure,
    ...periodFields,
    page: z.number("La page doit être un nombre.").int().min(1).max(100_000).default(1),
    nombreResultats: z.number("Le nombre de résultats doit être un nombre.").int().min(1).max(MAX_FISCAL_LIST_PAGE_SIZE, `Au plus ${MAX_FISCAL_LIST_PAGE_SIZE} résultats par page.`).default(100),
  })
  .meta({ id: "RechercherListeFiscale" });

const ligneListeFiscaleSchema = z
  .object({
    idFacture: z.string(),
    numeroFacture: z.string(),
    dateFacture: isoDate.nullable(),
    dateDepot: isoDateTime,
    destinataire: z.object({ raisonSociale: z.string(), identifiant: z.string() }),
    typeFacture: z.string().meta({ example: "FACTURE" }),
    montantHT: montant,
    montantTVA: montant,
    montantTTC: montant,
    devise: z.string().meta({ example: "EUR" }),
    recapitulatifTVA: z.array(z.object({ taux: z.string().meta({ example: "20" }), montantHT: montant, montantTVA: montant })),
    mandat: z.object({ idMandat: z.string(), libelle: z.string() }).nullable().meta({ description: "Le mandat de facturation en vigueur au dépôt ; null pour une structure publique, qui émet en son nom." }),
    empreinteSha256: z.string().meta({ description: "SHA-256 (hexadécimal) de la facture PDF Factur-X conservée au dépôt." }),
  })
  .meta({ id: "LigneListeFiscale", description: "Montants signés : un avoir est compté en négatif." });

const totauxSchema = z
  .object({
    devise: z.string(),
    nombreFactures: z.number().int(),
    nombreAvoirs: z.number().int(),
    parTaux: z.array(z.object({ taux: z.string(), montantHT: montant, montantTVA: montant, montantTTC: montant })),
    montantHT: montant,
    montantTVA: montant,
    montantTTC: montant,
  })
  .meta({ id: "TotauxListeFiscale" });

const listeFiscaleSchema = z
  .object({
    structure: z.object({ idStructure: z.string(), raisonSociale: z.string(), identifiant: z.string() }),
    periode: z.object({ du: isoDate, au: isoDate, libelle: z.string() }),
    mandats: z.array(z.string()).meta({ description: "Les mandats sous lesquels les factures de la période ont été émises." }),
    nombreTotal: z.number().int(),
    page: z.number().int(),
    nombrePages: z.number().int(),
    lignes: z.array(ligneListeFiscaleSchema),
    totaux: z.array(totauxSchema).meta({ description: "Par devise : les totaux par taux de TVA et le total général de toute la période." }),
  })
  .meta({ id: "ListeFiscale" });

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

const toLigne = (row: FiscalListRow): z.infer<typeof ligneListeFiscaleSchema> => ({
  idFacture: row.invoiceId,
  numeroFacture: row.number,
  dateFacture: isoDay(row.invoiceDate),
  dateDepot: row.sentAt.toISOString(),
  destinataire: { raisonSociale: row.recipientName, identifiant: row.recipientIdentifier },
  typeFacture: row.type,
  montantHT: row.totalNet,
  montantTVA: row.totalVat,
  montantTTC: row.totalGross,
  devise: row.currency,
  recapitulatifTVA: row.vatRecap.map((recap) => ({ taux: recap.rate, montantHT: recap.taxableAmount, montantTVA: recap.taxAmount })),
  mandat: row.mandate ? { idMandat: row.mandate.id, libelle: row.mandate.libelle } : null,
  empreinteSha256: row.sha256,
});

const toTotaux = (block: CurrencyTotals): z.infer<typeof totauxSchema> => ({
  devise: block.currency,
  nombreFactures: block.invoiceCount,
  nombreAvoirs: block.creditNoteCount,
  parTaux: block.byRate.map((rate) => ({ taux: rate.rate, montantHT: rate.taxableAmount, montantTVA: rate.taxAmount, montantTTC: rate.grossAmount })),
  montantHT: block.totalNet,
  montantTVA: block.totalVat,
  montantTTC: block.totalGross,
});

const PERIOD_DESCRIPTION =
  "Période : `periode` mois (avec `annee` et `mois`), trimestre (`annee`, `trimestre`), annee (`annee`) ou dates (`du` et `au`, au plus 366 jours). ";

/**
 * factures/rechercher/listeFiscale: the « Liste fiscale » of a structure of the technical account, as the page shows it
 * (getFiscalList: the same query): a page of the invoices the portal issued under its mandate, and the period's totals.
 */
export const rechercherListeFiscale = jsonOperation({
  operationId: "rechercherListeFiscale",
  method: "POST",
  path: "/factures/rechercher/listeFiscale",
  tag: "Factures",
  summary: "Consulter la liste fiscale d'une période",
  description:
    "Les factures émises par le portail au nom de la structure en vertu de son mandat de facturation, déposées sur la période, avec l'empreinte SHA-256 de chacune et les totaux par taux de TVA (avoirs en négatif). " +
    PERIOD_DESCRIPTION +
    "404 pour une structure hors du périmètre du compte technique.",
  scope: "lecture",
  fieldPaths: { structure: "idStructure" },
  body: rechercherListeFiscaleSchema,
  response: listeFiscaleSchema,
  run: async ({ caller, body }) => {
    const { idStructure: structure, nombreResultats, ...period } = body;
    const list = await getFiscalList({ userId: caller.userId, criteria: { ...period, structure }, pageSize: nombreResultats });
    return {
      structure: { idStructure: list.supplier.id, raisonSociale: list.supplier.raisonSociale, identifiant: list.supplier.identifier },
      periode: { du: list.period.from, au: list.period.to, libelle: list.period.label },
      mandats: list.mandates,
      nombreTotal: list.total,
      page: list.page,
      nombrePages: list.pageCount,
      lignes: list.rows.map(toLigne),
      totaux: list.totals.map(toTotaux),
    };
  },
});

const telechargerListeFiscaleSchema = z
  .object({
    idStructure,
    ...periodFields,
    format: z.enum(["CSV", "PDF"], "Choisissez CSV ou PDF.").meta({ description: "CSV : les lignes (séparateur « ; », UTF-8) ; PDF : la liste, les totaux et les empreintes, en PDF/A." }),
  })
  .meta({ id: "TelechargerListeFiscale" });

/** factures/telecharger/listeFiscale: the « Liste fiscale » of the period as the page's exports (CSV or PDF). */
export const telechargerListeFiscale = fileOperation({
  operationId: "telechargerListeFiscale",
  method: "POST",
  path: "/factures/telecharger/listeFiscale",
  tag: "Factures",
  summary: "Télécharger la liste fiscale d'une période (CSV ou PDF)",
  description: "Les exports de la page « Liste fiscale ». " + PERIOD_DESCRIPTION + "404 pour une structure hors du périmètre du compte technique.",
  scope: "lecture",
  fieldPaths: { structure: "idStructure" },
  body: telechargerListeFiscaleSchema,
  fileMediaTypes: ["text/csv", "application/pdf"],
  run: async ({ caller, body }) => {
    const { idStructure: structure, format, ...period } = body;
    const criteria = { ...period, structure };
    if (format === "PDF") return { file: await getFiscalListPdf({ userId: caller.userId, criteria }) };
    const { fileName, stream } = await getFiscalListCsv({ userId: caller.userId, criteria });
    return { file: { fileName, mimeType: "text/csv; charset=utf-8", content: new Uint8Array(await new Response(stream).arrayBuffer()) } };
  },
});
