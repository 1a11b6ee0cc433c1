import { z } from "zod";
import { createDepositFlux, depositBatchSchema, FLUX_STATUS_LABELS } from "@/features/invoices/batch/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { ApiProblem } from "@/server/api/problem.ts";
import { base64Schema, decodeBase64 } from "../../schemas/facture-fournisseur.ts";

const MB = 1024 * 1024;
/** The file of a flux, decoded: the limit of « Dépôt par lot » (several XML files or one ZIP). */
export const FLUX_MAX_FILE_BYTES = 100 * MB;
/** Its base64 text (4 characters for 3 bytes), and room for the other fields. */
const FLUX_MAX_BASE64_CHARS = 4 * Math.ceil(FLUX_MAX_FILE_BYTES / 3);
export const DEPOSER_FLUX_MAX_BODY_BYTES = FLUX_MAX_BASE64_CHARS + MB;

const SYNTAXES = ["UBL", "CII", "ZIP"] as const;
const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const deposerFluxSchema = z
  .object({
    idStructure: depositBatchSchema.shape.supplierStructureId,
    idService: depositBatchSchema.shape.supplierServiceId,
    cadreFacturation: depositBatchSchema.shape.cadre,
    nomFichier: z.string("Le nom du fichier est obligatoire.").trim().min(1, "Le nom du fichier est obligatoire.").max(255, "Le nom du fichier comporte au plus 255 caractères."),
    fichierFlux: base64Schema("Le fichier du flux").max(FLUX_MAX_BASE64_CHARS, "Le fichier du flux fait au plus 100 Mo."),
    syntaxeFlux: z
      .enum(SYNTAXES, "Syntaxe du flux inconnue : UBL, CII ou ZIP (une facture Factur-X se dépose seule, par le portail).")
      .optional()
      .meta({ description: "UBL ou CII : un fichier XML ; ZIP : une archive de fichiers XML. Déduite du contenu quand elle est absente." }),
  })
  .meta({ id: "DeposerFlux" });

const fluxDeposeSchema = z
  .object({
    idFlux: z.guid(),
    numeroFluxDepot: z.string().meta({ example: "FLUX202600000000000042" }),
    nombreFactures: z.number().int().meta({ description: "Les fichiers du flux (chacun est une facture, ou refusé au compte rendu)." }),
    statut: z.object({ code: z.enum(["EN_COURS", "INTEGRE", "INTEGRE_PARTIELLEMENT", "REJETE"]), libelle: z.string() }),
  })
  .meta({ id: "FluxDepose" });

const wrongSyntax = (message: string) => new ApiProblem(422, "VALIDATION", message, [{ path: "syntaxeFlux", message }]);

/** The declared syntax agrees with the content: a ZIP is a ZIP, an XML is not one. */
function checkSyntax(syntax: (typeof SYNTAXES)[number] | undefined, bytes: Uint8Array) {
  if (syntax === "ZIP" && !isZip(bytes)) throw wrongSyntax("Le fichier n'est pas une archive ZIP, contrairement à la syntaxe déclarée.");
  if ((syntax === "UBL" || syntax === "CII") && isZip(bytes)) throw wrongSyntax("Le fichier est une archive ZIP : déclarez la syntaxe ZIP.");
}

/**
 * factures/deposer/flux: one XML invoice (UBL, CII) or a ZIP of them, deposited as « Dépôt par lot » deposits it
 * (createDepositFlux: same limits, quotas and background processing). The flux answers at once, EN_COURS; its
 * compte rendu (consulterCR) fills in as its files are processed.
 */
export const deposerFlux = jsonOperation({
  operationId: "deposerFlux",
  method: "POST",
  path: "/factures/deposer/flux",
  tag: "Factures",
  summary: "Déposer un flux de factures",
  description:
    "Le fichier en base64 (100 Mo au plus une fois décodé) : une facture XML (UBL ou CII) ou une archive ZIP de factures XML, en cadre A1 ou A2. " +
    "Le flux est traité en arrière-plan : suivez-le avec consulterCR. Avec un en-tête Idempotency-Key, un rejeu renvoie le premier flux.",
  scope: "ecriture",
  idempotent: true,
  successStatus: 201,
  maxBodyBytes: DEPOSER_FLUX_MAX_BODY_BYTES,
  fieldPaths: { supplierStructureId: "idStructure", supplierServiceId: "idService", cadre: "cadreFacturation", files: "fichierFlux" },
  body: deposerFluxSchema,
  response: fluxDeposeSchema,
  run: async ({ caller, body }) => {
    const bytes = decodeBase64(body.fichierFlux);
    checkSyntax(body.syntaxeFlux, bytes);
    const created = await createDepositFlux({
      userId: caller.userId,
      input: { supplierStructureId: body.idStructure, supplierServiceId: body.idService, cadre: body.cadreFacturation, files: [{ name: body.nomFichier, bytes }] },
    });
    return { idFlux: created.fluxId, numeroFluxDepot: created.number, nombreFactures: created.invoiceCount, statut: { code: "EN_COURS" as const, libelle: FLUX_STATUS_LABELS.EN_COURS } };
  },
});
