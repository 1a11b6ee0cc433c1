import { z } from "zod";
import type { Finding } from "@/features/einvoice/index.ts";
import { FLUX_ITEM_STATUS_LABELS, FLUX_STATUS_LABELS, getDepositFlux } from "@/features/invoices/batch/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { isoDateTime, paginationSchema } from "../../schemas/common.ts";

const consulterCompteRenduSchema = z
  .object({
    idFlux: z.string().optional().meta({ description: "L'identifiant du flux ; ou bien son numéro dans numeroFluxDepot." }),
    numeroFluxDepot: z.string().max(50).optional().meta({ example: "FLUX202600000000000042" }),
    statutLigne: z.enum(["EN_ATTENTE", "ACCEPTEE", "REJETEE"], "Choisissez EN_ATTENTE, ACCEPTEE ou REJETEE.").optional().meta({ description: "Seulement les fichiers de cet état." }),
    ...paginationSchema.shape,
  })
  .refine((body) => Boolean(body.idFlux) !== Boolean(body.numeroFluxDepot), { message: "Donnez l'identifiant du flux (idFlux) ou son numéro (numeroFluxDepot), l'un des deux.", path: ["idFlux"] })
  .meta({ id: "ConsulterCompteRendu" });

const constatSchema = z.object({ regle: z.string(), severite: z.enum(["fatal", "warning"]), message: z.string(), emplacement: z.string() });
const asConstat = (finding: Finding) => ({ regle: finding.rule, severite: finding.severity, message: finding.message, emplacement: finding.location });

const compteRenduSchema = z
  .object({
    idFlux: z.guid(),
    numeroFluxDepot: z.string(),
    dateDepot: isoDateTime,
    dateFinTraitement: isoDateTime.nullable(),
    cadreFacturation: z.string(),
    nomFichier: z.string(),
    statut: z.object({ code: z.enum(["EN_COURS", "INTEGRE", "INTEGRE_PARTIELLEMENT", "REJETE"]), libelle: z.string() }),
    erreur: z.string().nullable().meta({ description: "Pourquoi le flux entier est refusé, le cas échéant." }),
    nombreFactures: z.number().int(),
    nombreTraitees: z.number().int(),
    nombreAcceptees: z.number().int(),
    nombreRejetees: z.number().int(),
    lignes: z.array(
      z.object({
        position: z.number().int(),
        nomFichier: z.string(),
        statut: z.object({ code: z.enum(["EN_ATTENTE", "ACCEPTEE", "REJETEE"]), libelle: z.string() }),
        idFacture: z.guid().nullable(),
        numeroFacture: z.string().nullable(),
        dateTraitement: isoDateTime.nullable(),
        erreurs: z.array(constatSchema),
        avertissementsReforme: z.array(constatSchema).meta({
          description:
            "Les règles de la réforme de la facturation électronique 2026-2027 (BR-FR-…) que le fichier ne respecte pas : des avertissements, jamais un motif de rejet aujourd'hui, à part des erreurs EN 16931.",
        }),
      }),
    ),
    nombreLignes: z.number().int().meta({ description: "Les fichiers du flux (de l'état demandé, le cas échéant)." }),
    curseurSuivant: z.string().nullable().meta({ description: "À renvoyer dans `curseur` pour les lignes suivantes ; null après la dernière." }),
  })
  .meta({ id: "CompteRenduFlux" });

/**
 * factures/consulterCR: a flux's compte rendu, as « Suivi des flux » shows it (getDepositFlux): its status and
 * counts, and each file's result — the invoice created, or the refusals with their rules. A flux of another
 * structure is not found.
 */
export const consulterCompteRendu = jsonOperation({
  operationId: "consulterCompteRendu",
  method: "POST",
  path: "/factures/consulterCR",
  tag: "Factures",
  summary: "Consulter le compte rendu d'un flux",
  description: "Par son identifiant ou son numéro : l'état du flux et, par pages à curseur (dans l'ordre des fichiers), le résultat de chaque fichier.",
  scope: "lecture",
  body: consulterCompteRenduSchema,
  response: compteRenduSchema,
  run: async ({ caller, body }) => {
    const query = { cursor: body.curseur ?? null, pageSize: body.nombreResultats, status: body.statutLigne };
    const flux = body.idFlux
      ? await getDepositFlux({ userId: caller.userId, fluxId: body.idFlux, query })
      : await getDepositFlux({ userId: caller.userId, number: body.numeroFluxDepot!, query });
    return {
      idFlux: flux.id,
      numeroFluxDepot: flux.number,
      dateDepot: flux.createdAt.toISOString(),
      dateFinTraitement: flux.finishedAt?.toISOString() ?? null,
      cadreFacturation: flux.cadre,
      nomFichier: flux.uploadName,
      statut: { code: flux.status, libelle: FLUX_STATUS_LABELS[flux.status] },
      erreur: flux.error,
      nombreFactures: flux.invoiceCount,
      nombreTraitees: flux.processedCount,
      nombreAcceptees: flux.acceptedCount,
      nombreRejetees: flux.rejectedCount,
      lignes: flux.items.map((item) => ({
        position: item.position,
        nomFichier: item.fileName,
        statut: { code: item.status, libelle: FLUX_ITEM_STATUS_LABELS[item.status] },
        idFacture: item.invoiceId,
        numeroFacture: item.invoiceNumber,
        dateTraitement: item.processedAt?.toISOString() ?? null,
        erreurs: item.findings.map(asConstat),
        avertissementsReforme: item.reformWarnings.map(asConstat),
      })),
      nombreLignes: flux.itemCount,
      curseurSuivant: flux.nextCursor,
    };
  },
});
