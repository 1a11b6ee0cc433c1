import { z } from "zod";
import { ReceptionFormat } from "@/generated/prisma/enums.ts";
import { ENGAGEMENT_CHARSETS, engagementFormatOf, getPublicStructure } from "@/features/directory/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";

/** A structure id in a body: any text, so that a malformed id is « introuvable » (404) as an unknown one is. */
export const idStructureSchema = z.string("L'identifiant de la structure est obligatoire.").max(100).meta({ format: "uuid" });

const structurePubliqueSchema = z
  .object({
    idStructure: z.uuid(),
    typeIdentifiant: z.string().meta({ example: "SIRET" }),
    identifiant: z.string(),
    raisonSociale: z.string(),
    libelle: z.string().nullable(),
    adresse: z.object({ ligne: z.string(), complement1: z.string().nullable(), complement2: z.string().nullable(), codePostal: z.string(), ville: z.string(), pays: z.string() }),
    parametres: z.object({
      engagementObligatoire: z.boolean(),
      serviceObligatoire: z.boolean(),
      formatEngagement: z
        .object({
          libelle: z.string().meta({ example: "5 ou 6 chiffres" }),
          jeuCaracteres: z.enum(ENGAGEMENT_CHARSETS),
          longueurMin: z.number().int().nullable(),
          longueurMax: z.number().int().nullable(),
          prefixe: z.string().nullable(),
        })
        .nullable()
        .meta({ description: "La forme imposée au numéro d'engagement ; null quand il est libre." }),
      formatReception: z.enum(ReceptionFormat).meta({
        description: "Le format de réception des factures de la structure : FACTURX (PDF Factur-X, par défaut), CII (XML UN/CEFACT CII), UBL (XML UBL 2.1) ou PDF (le PDF seul).",
      }),
    }),
  })
  .meta({ id: "StructurePublique" });

/** structures/consulter: a public structure of the directory (getPublicStructure): identifiers, address, invoicing parameters. */
export const consulterStructure = jsonOperation({
  operationId: "consulterStructure",
  method: "POST",
  path: "/structures/consulter",
  tag: "Structures",
  summary: "Consulter une structure publique",
  description: "Ses identifiants, son adresse et ses paramètres de facturation (engagement et service obligatoires, format du numéro d'engagement, format de réception des factures). Ses services : structures/rechercher/services.",
  scope: "lecture",
  body: z.object({ idStructure: idStructureSchema }).meta({ id: "ConsultationStructure" }),
  response: structurePubliqueSchema,
  run: async ({ body }) => {
    const s = await getPublicStructure({ id: body.idStructure });
    const format = engagementFormatOf(s);
    return {
      idStructure: s.id,
      typeIdentifiant: s.identifierType,
      identifiant: s.identifier,
      raisonSociale: s.raisonSociale,
      libelle: s.libelle,
      adresse: { ligne: s.adresse, complement1: s.complementAdresse1, complement2: s.complementAdresse2, codePostal: s.codePostal, ville: s.ville, pays: s.pays },
      parametres: {
        engagementObligatoire: s.engagementObligatoire,
        serviceObligatoire: s.serviceObligatoire,
        formatReception: s.receptionFormat,
        formatEngagement:
          format && s.engagementFormatLabel
            ? { libelle: s.engagementFormatLabel, jeuCaracteres: format.charset, longueurMin: format.minLength, longueurMax: format.maxLength, prefixe: format.prefix }
            : null,
      },
    };
  },
});
