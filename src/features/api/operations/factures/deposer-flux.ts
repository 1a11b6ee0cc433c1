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

const SYNTAXES = ["UBL", "CII", "FACTURX", "ZIP"] as const;
const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const isPdf = (bytes: Uint8Array) => bytes.length >= 5 && Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-";

const deposerFluxSchema = z
  .object({
    idStructure: depositBatchSchema.shape.supplierStructureId,
    idService: depositBatchSchema.shape.supplierServiceId,
    cadreFacturation: depositBatchSchema.shape.cadre,
    nomFichier: z.string("Le nom du fichier est obligatoire.").trim().min(1, "Le nom du fichier est obligatoire.").max(255, "Le nom du fichier comporte au plus 255 caractères."),
    fichierFlux: base64Schema("Le fichier du flux").max(FLUX_MAX_BASE64_CHARS, "Le fichier du flux fait au plus 100 Mo."),
    syntaxeFlux: z
      .enum(SYNTAXES, "Syntaxe du flux inconnue : UBL, CII, FACTURX ou ZIP.")
      .optional()
      .meta({ description: "UBL ou CII : un fichier XML (.xml) ; FACTURX : un PDF Factur-X (.pdf) ; ZIP : une archive de ces fichiers. Déduite du contenu quand elle est absente." }),
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

const refused = (path: string, message: string) => new ApiProblem(422, "VALIDATION", message, [{ path, message }]);

/** What the content is, as the flux will read it. */
const syntaxOf = (bytes: Uint8Array) => (isZip(bytes) ? "ZIP" : isPdf(bytes) ? "FACTURX" : "XML");

/**
 * The declared syntax agrees with the content (a ZIP is a ZIP, a Factur-X a PDF, an XML neither), and a lone file's
 * name with what it is: the flux reads a .xml as an XML and a .pdf as a Factur-X, and refuses any other name.
 */
function checkFile(syntax: (typeof SYNTAXES)[number] | undefined, fileName: string, bytes: Uint8Array) {
  const actual = syntaxOf(bytes);
  const declared = syntax === "UBL" || syntax === "CII" ? "XML" : syntax;
  const words = { ZIP: "une archive ZIP", FACTURX: "un PDF (Factur-X)", XML: "un XML (UBL ou CII)" } as const;
  if (declared && declared !== actual) throw refused("syntaxeFlux", `Le fichier est ${words[actual]}, contrairement à la syntaxe déclarée (${syntax}).`);
  if (actual === "XML" && !/\.xml$/i.test(fileName)) throw refused("nomFichier", "Le nom d'une facture XML se termine par .xml.");
  if (actual === "FACTURX" && !/\.pdf$/i.test(fileName)) throw refused("nomFichier", "Le nom d'une facture Factur-X se termine par .pdf.");
}

/**
 * factures/deposer/flux: one XML invoice (UBL, CII), a Factur-X PDF or a ZIP of them, deposited as « Dépôt par lot » deposits it
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
    "Le fichier en base64 (100 Mo au plus une fois décodé) : une facture XML (UBL ou CII), une facture Factur-X (PDF) ou une archive ZIP de ces factures, en cadre A1 ou A2. " +
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
    checkFile(body.syntaxeFlux, body.nomFichier, bytes);
    const created = await createDepositFlux({
      userId: caller.userId,
      input: { supplierStructureId: body.idStructure, supplierServiceId: body.idService, cadre: body.cadreFacturation, files: [{ name: body.nomFichier, bytes }] },
    });
    return { idFlux: created.fluxId, numeroFluxDepot: created.number, nombreFactures: created.invoiceCount, statut: { code: "EN_COURS" as const, libelle: FLUX_STATUS_LABELS.EN_COURS } };
  },
});
