// What the supplier's invoice operations answer: an invoice as a list row (rechercher/fournisseur) and in detail
// (consulter/fournisseur: parties, lines, totals, files, history), and a file sent in JSON (base64). Pure.
import { z } from "zod";
import type { getInvoice } from "@/features/invoices/entry/index.ts";
import type { SupplierInvoiceRow } from "@/features/invoices/tracking/index.ts";
import { isoDate, isoDateTime, montant, statutOf, statutSchema } from "./common.ts";
import { delaiPaiementSchema, toDelaiPaiement } from "./delai-paiement.ts";

type InvoiceDetail = Awaited<ReturnType<typeof getInvoice>>;

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** A file in a JSON body: its bytes in base64 (RFC 4648), checked as such before it is decoded. */
export const base64Schema = (label: string) =>
  z
    .string(`${label} est obligatoire (en base64).`)
    .min(1, `${label} est obligatoire (en base64).`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, `${label} doit être encodé en base64.`)
    .meta({ contentEncoding: "base64" });

/** The bytes of a base64 text the schema above accepted. */
export const decodeBase64 = (text: string) => new Uint8Array(Buffer.from(text, "base64"));

export const factureLigneRechercheSchema = z
  .object({
    idFacture: z.guid(),
    numeroFacture: z.string().meta({ description: "Le numéro définitif, ou le numéro temporaire d'un brouillon." }),
    typeFacture: z.enum(["FACTURE", "AVOIR", "ACOMPTE"]),
    cadreFacturation: z.string().meta({ example: "A1" }),
    dateDepot: isoDateTime.nullable(),
    fournisseur: z.object({ raisonSociale: z.string() }),
    destinataire: z.object({ raisonSociale: z.string(), identifiant: z.string() }),
    montantTTC: montant,
    devise: z.string().meta({ example: "EUR" }),
    statut: statutSchema,
    dateStatut: isoDateTime,
    motif: z.string().nullable().meta({ description: "Le motif de l'état actuel (rejet, suspension…), s'il en a un." }),
  })
  .meta({ id: "FactureFournisseurResultat" });

export const toFactureLigneRecherche = (row: SupplierInvoiceRow): z.input<typeof factureLigneRechercheSchema> => ({
  idFacture: row.id,
  numeroFacture: row.number,
  typeFacture: row.type,
  cadreFacturation: row.cadre,
  dateDepot: iso(row.depositDate),
  fournisseur: { raisonSociale: row.supplierName },
  destinataire: { raisonSociale: row.recipientName, identifiant: row.recipientIdentifier },
  montantTTC: row.totalGross,
  devise: row.currency,
  statut: statutOf(row.status),
  dateStatut: row.statusChangedAt.toISOString(),
  motif: row.motif ?? null,
});

const partieSchema = z.object({
  idStructure: z.guid(),
  typeIdentifiant: z.string().meta({ example: "SIRET" }),
  identifiant: z.string(),
  raisonSociale: z.string(),
  adresse: z.object({ ligne: z.string(), complement1: z.string().nullable(), complement2: z.string().nullable(), codePostal: z.string(), ville: z.string(), pays: z.string() }),
});
const serviceSchema = z.object({ idService: z.guid(), code: z.string(), libelle: z.string() }).nullable();

type Party = NonNullable<InvoiceDetail["supplier"]>;
type Service = InvoiceDetail["supplierService"];

const partieOf = (party: Party): z.input<typeof partieSchema> => ({
  idStructure: party.id,
  typeIdentifiant: party.identifierType,
  identifiant: party.identifier,
  raisonSociale: party.raisonSociale,
  adresse: { ligne: party.adresse, complement1: party.complementAdresse1, complement2: party.complementAdresse2, codePostal: party.codePostal, ville: party.ville, pays: party.pays },
});
const serviceOf = (service: Service) => (service ? { idService: service.id, code: service.code, libelle: service.libelle } : null);

export const factureDetailSchema = z
  .object({
    idFacture: z.guid(),
    numeroFacture: z.string(),
    numeroTemporaire: z.string().nullable(),
    statut: statutSchema,
    dateStatut: isoDateTime,
    modeDepot: z.string().meta({ example: "SAISIE" }),
    cadreFacturation: z.string(),
    typeFacture: z.string(),
    dateFacture: isoDate.nullable(),
    dateDepot: isoDateTime.nullable(),
    devise: z.string(),
    numeroEngagement: z.string(),
    numeroMarche: z.string(),
    modeReglement: z.string(),
    fournisseur: partieSchema,
    serviceFournisseur: serviceSchema,
    destinataire: partieSchema.nullable(),
    serviceDestinataire: serviceSchema,
    lignes: z.array(
      z.object({
        numero: z.number().int(),
        reference: z.string(),
        designation: z.string(),
        quantite: z.string(),
        unite: z.string(),
        prixUnitaireHT: z.string(),
        remiseHT: z.string(),
        tauxTVA: z.string(),
        montantHT: montant,
      }),
    ),
    montants: z.object({ montantHT: montant, montantTVA: montant, montantTTC: montant, netAPayer: montant }),
    recapitulatifTVA: z.array(z.object({ tauxTVA: z.string(), baseHT: montant, montantTVA: montant })),
    piecesJointes: z.array(z.object({ idPieceJointe: z.guid(), typePieceJointe: z.string(), designation: z.string(), nomFichier: z.string(), typeMime: z.string(), taille: z.number().int(), dateAjout: isoDateTime })),
    documents: z.array(z.object({ typeFichier: z.enum(["FACTURX_PDF", "XML", "ACCUSE_DEPOT"]), nomFichier: z.string(), typeMime: z.string(), sha256: z.string() })),
    historique: z.array(z.object({ statut: statutSchema, date: isoDateTime, motif: z.string().nullable(), commentaire: z.string().nullable(), auteur: z.string() })),
    delaiPaiement: delaiPaiementSchema.nullable().meta({ description: "Le délai de paiement, une fois la facture mise à disposition du destinataire ; aucun pour un avoir." }),
  })
  .meta({ id: "FactureFournisseurDetail" });

/** The API's name of a document kind (telecharger's typeFichier). */
export const TYPE_FICHIER_OF_DOCUMENT = { FACTURX_PDF: "FACTURX_PDF", CII_XML: "XML", DEPOSIT_RECEIPT_PDF: "ACCUSE_DEPOT" } as const;

export const toFactureDetail = (invoice: InvoiceDetail): z.input<typeof factureDetailSchema> => ({
  idFacture: invoice.id,
  numeroFacture: invoice.number,
  numeroTemporaire: invoice.temporaryNumber,
  statut: statutOf(invoice.status),
  dateStatut: invoice.statusChangedAt.toISOString(),
  modeDepot: invoice.depositMode,
  cadreFacturation: invoice.form.cadre,
  typeFacture: invoice.form.type,
  dateFacture: invoice.form.invoiceDate || null,
  dateDepot: iso(invoice.sentAt),
  devise: invoice.form.currency ?? "EUR",
  numeroEngagement: invoice.form.engagementNumber ?? "",
  numeroMarche: invoice.form.marketNumber ?? "",
  modeReglement: invoice.form.paymentMode,
  fournisseur: partieOf(invoice.supplier),
  serviceFournisseur: serviceOf(invoice.supplierService),
  destinataire: invoice.recipient ? partieOf(invoice.recipient) : null,
  serviceDestinataire: serviceOf(invoice.recipientService),
  lignes: invoice.lines.map((line) => ({
    numero: line.position,
    reference: line.reference,
    designation: line.denomination,
    quantite: line.quantity,
    unite: line.unit,
    prixUnitaireHT: line.unitPriceNet,
    remiseHT: line.discountNet,
    tauxTVA: line.vatRate,
    montantHT: line.lineNet,
  })),
  montants: { montantHT: invoice.storedTotals.totalNet, montantTVA: invoice.storedTotals.totalVat, montantTTC: invoice.storedTotals.totalGross, netAPayer: invoice.storedTotals.amountDue },
  delaiPaiement: toDelaiPaiement(invoice.paymentDelay),
  recapitulatifTVA: invoice.totals.vatRecap.map((row) => ({ tauxTVA: row.rate, baseHT: row.taxableAmount, montantTVA: row.taxAmount })),
  piecesJointes: invoice.attachments.map((attachment) => ({
    idPieceJointe: attachment.id,
    typePieceJointe: attachment.type,
    designation: attachment.designation,
    nomFichier: attachment.fileName,
    typeMime: attachment.mimeType,
    taille: attachment.size,
    dateAjout: attachment.createdAt.toISOString(),
  })),
  documents: invoice.documents.map((document) => ({ typeFichier: TYPE_FICHIER_OF_DOCUMENT[document.kind], nomFichier: document.fileName, typeMime: document.mimeType, sha256: document.sha256 })),
  historique: invoice.history.map((row) => ({ statut: statutOf(row.status), date: row.createdAt.toISOString(), motif: row.motif, commentaire: row.comment, auteur: row.actorName })),
});
