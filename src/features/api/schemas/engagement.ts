// An engagement juridique as the API tells it (the espace Engagements' list and Factures émises › Engagements). Pure.
import { z } from "zod";
import type { EngagementRow } from "@/features/engagements/index.ts";
import { isoDate, isoDateTime, montant } from "./common.ts";

export const engagementLigneSchema = z
  .object({
    idEngagement: z.guid(),
    numeroEngagement: z.string(),
    idStructure: z.guid().meta({ description: "La structure publique qui a déclaré l'engagement." }),
    raisonSocialeStructure: z.string(),
    codeService: z.string().nullable(),
    identifiantFournisseur: z.string().meta({ description: "Le SIRET (ou l'identifiant) du fournisseur." }),
    montant,
    dateDebut: isoDate,
    dateFin: isoDate.nullable(),
    statut: z.enum(["OUVERT", "CLOTURE"]),
    dateCloture: isoDateTime.nullable(),
  })
  .meta({ id: "EngagementLigne" });

const day = (date: Date) => date.toISOString().slice(0, 10);

export const toEngagementLigne = (row: EngagementRow): z.infer<typeof engagementLigneSchema> => ({
  idEngagement: row.id,
  numeroEngagement: row.number,
  idStructure: row.structure.id,
  raisonSocialeStructure: row.structure.raisonSociale,
  codeService: row.service?.code ?? null,
  identifiantFournisseur: row.supplierIdentifier,
  montant: row.amount.toFixed(2),
  dateDebut: day(row.startDate),
  dateFin: row.endDate ? day(row.endDate) : null,
  statut: row.status,
  dateCloture: row.closedAt?.toISOString() ?? null,
});
