// A sollicitation as the API tells it: its list row, its detail (thread and history), its status. Pure.
import { z } from "zod";
import { SollicitationStatus } from "@/generated/prisma/enums.ts";
import { SOLLICITATION_STATUS_LABELS, type SollicitationDetailRow, type SollicitationRow } from "@/features/sollicitations/index.ts";
import { isoDateTime } from "./common.ts";

export const statutSollicitationSchema = z.object({ code: z.enum(SollicitationStatus), libelle: z.string() }).meta({ id: "StatutSollicitation" });

const structureSchema = z.object({ identifiant: z.string(), raisonSociale: z.string() });

export const sollicitationLigneSchema = z
  .object({
    idSollicitation: z.guid(),
    numeroSollicitation: z.string().meta({ example: "SOL2026000000001" }),
    dateDepot: isoDateTime,
    categorie: z.string(),
    sousCategorie: z.string(),
    objet: z.string(),
    statut: statutSollicitationSchema,
    dateStatut: isoDateTime,
    structureEmettrice: structureSchema,
    destinataire: z.object({
      type: z.enum(["SUPPORT", "STRUCTURE"]),
      structure: structureSchema.nullable(),
      codeService: z.string().nullable(),
    }),
    numeroFacture: z.string().nullable(),
  })
  .meta({ id: "SollicitationLigne" });

export const sollicitationDetailSchema = sollicitationLigneSchema
  .extend({
    message: z.string(),
    idFacture: z.guid().nullable(),
    echanges: z.array(
      z.object({ cote: z.enum(["EMETTEUR", "DESTINATAIRE"]), auteur: z.string(), date: isoDateTime, message: z.string(), piecesJointes: z.array(z.string()).meta({ description: "Les noms des fichiers joints." }) }),
    ),
    piecesJointes: z.array(z.string()).meta({ description: "Les noms des fichiers joints au premier message." }),
    historique: z.array(z.object({ statut: statutSollicitationSchema, date: isoDateTime })),
  })
  .meta({ id: "SollicitationDetail" });

export const statutSollicitationOf = (code: SollicitationStatus) => ({ code, libelle: SOLLICITATION_STATUS_LABELS[code] });

export function toSollicitationLigne(row: SollicitationRow): z.output<typeof sollicitationLigneSchema> {
  return {
    idSollicitation: row.id,
    numeroSollicitation: row.number,
    dateDepot: row.createdAt.toISOString(),
    categorie: row.category,
    sousCategorie: row.subCategory,
    objet: row.subject,
    statut: statutSollicitationOf(row.status),
    dateStatut: row.statusChangedAt.toISOString(),
    structureEmettrice: { identifiant: row.authorStructure.identifier, raisonSociale: row.authorStructure.raisonSociale },
    destinataire: {
      type: row.addresseeKind,
      structure: row.addresseeStructure ? { identifiant: row.addresseeStructure.identifier, raisonSociale: row.addresseeStructure.raisonSociale } : null,
      codeService: row.addresseeService?.code ?? null,
    },
    numeroFacture: row.invoice ? (row.invoice.sentNumber ?? row.invoice.invoiceNumber) : null,
  };
}

const fullName = (person: { prenom: string; nom: string }) => `${person.prenom} ${person.nom}`;

export function toSollicitationDetail(row: SollicitationDetailRow): z.output<typeof sollicitationDetailSchema> {
  const filesOf = (messageId: string | null) => row.attachments.filter((file) => file.messageId === messageId).map((file) => file.fileName);
  return {
    ...toSollicitationLigne(row),
    message: row.message,
    idFacture: row.invoice?.id ?? null,
    piecesJointes: filesOf(null),
    echanges: row.messages.map((message) => ({ cote: message.side, auteur: fullName(message.author), date: message.createdAt.toISOString(), message: message.body, piecesJointes: filesOf(message.id) })),
    historique: row.history.map((entry) => ({ statut: statutSollicitationOf(entry.status), date: entry.createdAt.toISOString() })),
  };
}
