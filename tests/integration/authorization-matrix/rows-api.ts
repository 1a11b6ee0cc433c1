// Rows of the API's routes (/api/v1, /api/oauth/token). An API call acts as a technical account, which is a user with
// a rattachement: the matrix's cell user is made the technical account of an application, so that every operation
// meets exactly the cells the pages meet (role × right × own/foreign structure). Its problem+json refusal is handed to
// the matrix as its French detail and status.
import { signAccessToken } from "@/server/api/access-tokens.ts";
import { newCredentials } from "@/server/api/client-credentials.ts";
import { db } from "@/server/db.ts";
import { invoiceFormTo } from "../factories.ts";
import type { Rows } from "./rows.ts";
import type { Cell } from "./world.ts";

type ApiHandler = (request: Request) => Promise<Response>;

const tokens = new Map<string, string>();

/** A bearer token acting as the cell's user (an application of the cell's own structure, both scopes). */
async function tokenFor(cell: Cell): Promise<string> {
  const cached = tokens.get(cell.userId);
  if (cached) return cached;
  const { clientId, secretHash, secretHint } = newCredentials();
  const client = await db.apiClient.create({
    data: { structureId: cell.world.own.MODIFICATION.structureId, technicalAccountId: cell.userId, name: "Matrice", clientId, secretHash, secretHint, scopes: ["lecture", "ecriture"] },
  });
  const token = await signAccessToken({ userId: cell.userId, clientId: client.id, scopes: ["lecture", "ecriture"] });
  tokens.set(cell.userId, token);
  return token;
}

/** Calls an API route as the cell's user; a refusal comes back as its status and French detail. */
export async function callApi(cell: Cell, handler: ApiHandler, path: string, body?: unknown): Promise<Response> {
  const request = new Request(`http://localhost/api/v1${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${await tokenFor(cell)}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await handler(request);
  if (response.status < 400) return response;
  const problem = (await response.json()) as { detail: string };
  return new Response(problem.detail, { status: response.status });
}

/** A list answered as JSON: whether it names the id (a refusal shows nothing either). */
export async function listShows(response: Response, id: string): Promise<boolean> {
  return response.ok && JSON.stringify(await response.json()).includes(id);
}

export const API_ROWS: Rows = {
  "GET /api/docs": { reaches: "the API's interactive reference (Swagger UI, public)", access: { kind: "public" }, run: async () => (await import("@/app/api/docs/route.ts")).GET(new Request("http://localhost/api/docs")) },
  "GET /api/docs/[asset]": {
    reaches: "Swagger UI's script and style sheet (public)",
    access: { kind: "public" },
    run: async () => (await import("@/app/api/docs/[asset]/route.ts")).GET(new Request("http://localhost/api/docs/swagger-ui.css"), { params: Promise.resolve({ asset: "swagger-ui.css" }) }),
  },
  "GET /api/v1/openapi.json": { reaches: "the API's OpenAPI document (public contract)", access: { kind: "public" }, run: async () => (await import("@/app/api/v1/openapi.json/route.ts")).GET() },
  "GET /api/v1/transverses/health-check": {
    reaches: "transverses/health-check (public)",
    access: { kind: "public" },
    run: async () => (await import("@/app/api/v1/transverses/health-check/route.ts")).GET(new Request("http://localhost/api/v1/transverses/health-check")),
  },
  "POST /api/oauth/token": {
    reaches: "the OAuth2 token endpoint (client credentials: the application authenticates itself)",
    access: { kind: "public" },
    // An unknown client authenticating with HTTP Basic is a 401 (RFC 6749 §5.2; in the body it would be a 400).
    run: async () =>
      (await import("@/app/api/oauth/token/route.ts")).POST(
        new Request("http://localhost/api/oauth/token", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${Buffer.from("inconnu:x").toString("base64")}` },
          body: "grant_type=client_credentials",
        }),
      ),
    expect: () => "UNAUTHENTICATED",
  },
  // The recipient's and the holder's invoices: the cells of the pages Factures reçues / Factures à valider.
  "POST /api/v1/factures/rechercher/recipiendaire": {
    reaches: "listReceivedInvoicesByCursor (factures/rechercher/recipiendaire)",
    access: { kind: "list", espace: "FACTURES_RECUES" },
    run: async (c) =>
      listShows(await callApi(c, (await import("@/app/api/v1/factures/rechercher/recipiendaire/route.ts")).POST, "/factures/rechercher/recipiendaire", { nombreResultats: 100 }), c.place.receivedId),
  },
  "POST /api/v1/factures/consulter/recipiendaire": {
    reaches: "getReceivedInvoice (factures/consulter/recipiendaire)",
    access: { kind: "read", espace: "FACTURES_RECUES" },
    run: async (c) => callApi(c, (await import("@/app/api/v1/factures/consulter/recipiendaire/route.ts")).POST, "/factures/consulter/recipiendaire", { idFacture: c.place.receivedId }),
  },
  "POST /api/v1/factures/traiter/recue": {
    reaches: "changeInvoiceStatus (factures/traiter/recue)",
    access: { kind: "change", espace: "FACTURES_RECUES" },
    run: async (c) =>
      callApi(c, (await import("@/app/api/v1/factures/traiter/recue/route.ts")).POST, "/factures/traiter/recue", { idFacture: await c.place.make.received(), action: "SUSPENDRE", motif: "Pièce manquante" }),
  },
  "POST /api/v1/factures/rechercher/valideur": {
    reaches: "listInvoicesToValidateByCursor (factures/rechercher/valideur)",
    access: { kind: "list", espace: "FACTURES_A_VALIDER" },
    run: async (c) => listShows(await callApi(c, (await import("@/app/api/v1/factures/rechercher/valideur/route.ts")).POST, "/factures/rechercher/valideur", { nombreResultats: 100 }), c.place.toValidateId),
  },
  "POST /api/v1/factures/traiter/factureAValider": {
    reaches: "validateInvoice (factures/traiter/factureAValider)",
    access: { kind: "change", espace: "FACTURES_A_VALIDER" },
    run: async (c) =>
      callApi(c, (await import("@/app/api/v1/factures/traiter/factureAValider/route.ts")).POST, "/factures/traiter/factureAValider", { idFacture: await c.place.make.toValidate(), action: "VALIDER" }),
  },
  // The directory and the reference lists: public data, for any technical account.
  "POST /api/v1/structures/rechercher": {
    reaches: "searchPublicDirectoryByCursor (structures/rechercher)",
    access: { kind: "signedIn" },
    run: async (c) => callApi(c, (await import("@/app/api/v1/structures/rechercher/route.ts")).POST, "/structures/rechercher", { texte: "MATRICE", nombreResultats: 5 }),
  },
  "POST /api/v1/utilisateurs/rechercher/structuresRattachees": {
    reaches: "listUserStructures (utilisateurs/rechercher/structuresRattachees: the caller's own structures)",
    access: { kind: "signedIn" },
    run: async (c) => callApi(c, (await import("@/app/api/v1/utilisateurs/rechercher/structuresRattachees/route.ts")).POST, "/utilisateurs/rechercher/structuresRattachees", {}),
  },
  "POST /api/v1/structures/consulter": {
    reaches: "getPublicStructure (structures/consulter)",
    access: { kind: "signedIn" },
    run: async (c) => callApi(c, (await import("@/app/api/v1/structures/consulter/route.ts")).POST, "/structures/consulter", { idStructure: c.world.counterparty.structureId }),
  },
  "POST /api/v1/structures/rechercher/services": {
    reaches: "listPublicServices (structures/rechercher/services)",
    access: { kind: "signedIn" },
    run: async (c) =>
      callApi(c, (await import("@/app/api/v1/structures/rechercher/services/route.ts")).POST, "/structures/rechercher/services", { idStructure: c.world.counterparty.structureId, nombreResultats: 5 }),
  },
  "GET /api/v1/transverses/cadres-facturation": {
    reaches: "transverses: cadres de facturation",
    access: { kind: "signedIn" },
    run: async (c) => callApi(c, (await import("@/app/api/v1/transverses/cadres-facturation/route.ts")).GET, "/transverses/cadres-facturation"),
  },
  "GET /api/v1/transverses/devises": { reaches: "transverses: devises", access: { kind: "signedIn" }, run: async (c) => callApi(c, (await import("@/app/api/v1/transverses/devises/route.ts")).GET, "/transverses/devises") },
  "GET /api/v1/transverses/pays": { reaches: "transverses: pays", access: { kind: "signedIn" }, run: async (c) => callApi(c, (await import("@/app/api/v1/transverses/pays/route.ts")).GET, "/transverses/pays") },
  "GET /api/v1/transverses/taux-tva": { reaches: "transverses: taux de TVA", access: { kind: "signedIn" }, run: async (c) => callApi(c, (await import("@/app/api/v1/transverses/taux-tva/route.ts")).GET, "/transverses/taux-tva") },
  "GET /api/v1/transverses/modes-reglement": {
    reaches: "transverses: modes de règlement",
    access: { kind: "signedIn" },
    run: async (c) => callApi(c, (await import("@/app/api/v1/transverses/modes-reglement/route.ts")).GET, "/transverses/modes-reglement"),
  },
  "GET /api/v1/transverses/motifs-refus": {
    reaches: "transverses: motifs de refus",
    access: { kind: "signedIn" },
    run: async (c) => callApi(c, (await import("@/app/api/v1/transverses/motifs-refus/route.ts")).GET, "/transverses/motifs-refus"),
  },
  "GET /api/v1/transverses/motifs-suspension": {
    reaches: "transverses: motifs de suspension",
    access: { kind: "signedIn" },
    run: async (c) => callApi(c, (await import("@/app/api/v1/transverses/motifs-suspension/route.ts")).GET, "/transverses/motifs-suspension"),
  },
  "GET /api/v1/transverses/types-pieces-jointes": {
    reaches: "transverses: types de pièces jointes",
    access: { kind: "signedIn" },
    run: async (c) => callApi(c, (await import("@/app/api/v1/transverses/types-pieces-jointes/route.ts")).GET, "/transverses/types-pieces-jointes"),
  },
  "GET /api/v1/transverses/statuts": { reaches: "transverses: statuts", access: { kind: "signedIn" }, run: async (c) => callApi(c, (await import("@/app/api/v1/transverses/statuts/route.ts")).GET, "/transverses/statuts") },
  // The supplier's invoices (factures/…/fournisseur, soumettre, deposer, completer, recycler, telecharger): the cells of Factures émises.
  "POST /api/v1/factures/soumettre": {
    reaches: "sendInvoice (factures/soumettre)",
    access: { kind: "enter", espace: "FACTURES_EMISES" },
    run: async (c) =>
      callApi(c, (await import("@/app/api/v1/factures/soumettre/route.ts")).POST, "/factures/soumettre", invoiceFormTo(c.place.structureId, c.world.counterparty, { paymentMode: "CHEQUE", engagementNumber: "" })),
  },
  "POST /api/v1/factures/deposer/flux": {
    reaches: "createDepositFlux (factures/deposer/flux)",
    access: { kind: "enter", espace: "FACTURES_EMISES" },
    run: async (c) =>
      callApi(c, (await import("@/app/api/v1/factures/deposer/flux/route.ts")).POST, "/factures/deposer/flux", {
        idStructure: c.place.structureId,
        cadreFacturation: "A1",
        nomFichier: "facture.xml",
        fichierFlux: Buffer.from('<?xml version="1.0"?><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>F1</ID></Invoice>').toString("base64"),
      }),
  },
  "POST /api/v1/factures/consulterCR": {
    reaches: "getDepositFlux (factures/consulterCR)",
    access: { kind: "read", espace: "FACTURES_EMISES" },
    run: async (c) => callApi(c, (await import("@/app/api/v1/factures/consulterCR/route.ts")).POST, "/factures/consulterCR", { idFlux: c.place.fluxId }),
  },
  "POST /api/v1/factures/rechercher/fournisseur": {
    reaches: "searchSupplierInvoicesByCursor (factures/rechercher/fournisseur)",
    access: { kind: "list", espace: "FACTURES_EMISES" },
    run: async (c) => {
      const sent = await db.invoice.findUniqueOrThrow({ where: { id: c.place.sentId }, select: { sentNumber: true } });
      return listShows(await callApi(c, (await import("@/app/api/v1/factures/rechercher/fournisseur/route.ts")).POST, "/factures/rechercher/fournisseur", { numero: sent.sentNumber }), c.place.sentId);
    },
  },
  "POST /api/v1/factures/consulter/fournisseur": {
    reaches: "getInvoice (factures/consulter/fournisseur)",
    access: { kind: "read", espace: "FACTURES_EMISES" },
    run: async (c) => callApi(c, (await import("@/app/api/v1/factures/consulter/fournisseur/route.ts")).POST, "/factures/consulter/fournisseur", { idFacture: c.place.sentId }),
  },
  "POST /api/v1/factures/completer": {
    reaches: "completeInvoice (factures/completer)",
    access: { kind: "change", espace: "FACTURES_EMISES" },
    run: async (c) =>
      callApi(c, (await import("@/app/api/v1/factures/completer/route.ts")).POST, "/factures/completer", { idFacture: await c.place.make.sent("SUSPENDUE"), commentaire: "Voici la pièce demandée." }),
  },
  "POST /api/v1/factures/recycler": {
    reaches: "recycleInvoice (factures/recycler)",
    access: { kind: "change", espace: "FACTURES_EMISES" },
    run: async (c) =>
      callApi(c, (await import("@/app/api/v1/factures/recycler/route.ts")).POST, "/factures/recycler", {
        idFacture: await c.place.make.sent("A_RECYCLER"),
        recipientStructureId: c.world.counterparty.structureId,
        recipientServiceId: c.world.counterparty.serviceId,
      }),
  },
  "POST /api/v1/factures/traiter/factureRejetee": {
    reaches: "acknowledgeRejection (factures/traiter/factureRejetee)",
    access: { kind: "change", espace: "FACTURES_EMISES" },
    run: async (c) => callApi(c, (await import("@/app/api/v1/factures/traiter/factureRejetee/route.ts")).POST, "/factures/traiter/factureRejetee", { idFacture: await c.place.make.sent("REJETEE") }),
  },
  "POST /api/v1/factures/telecharger": {
    reaches: "getInvoiceDocument / getInvoiceAttachment (factures/telecharger)",
    access: { kind: "read", espace: "FACTURES_EMISES" },
    run: async (c) => callApi(c, (await import("@/app/api/v1/factures/telecharger/route.ts")).POST, "/factures/telecharger", { idFacture: c.place.sentId, typeFichier: "FACTURX_PDF" }),
  },
  "POST /api/v1/factures/rechercher/listeFiscale": {
    reaches: "getFiscalList (factures/rechercher/listeFiscale, of one structure and a period)",
    access: { kind: "read", espace: "FACTURES_EMISES" },
    run: async (c) =>
      callApi(c, (await import("@/app/api/v1/factures/rechercher/listeFiscale/route.ts")).POST, "/factures/rechercher/listeFiscale", { idStructure: c.place.structureId, periode: "mois", annee: 2026, mois: 3 }),
  },
  "POST /api/v1/factures/telecharger/listeFiscale": {
    reaches: "getFiscalListCsv / getFiscalListPdf (factures/telecharger/listeFiscale)",
    access: { kind: "read", espace: "FACTURES_EMISES" },
    run: async (c) =>
      callApi(c, (await import("@/app/api/v1/factures/telecharger/listeFiscale/route.ts")).POST, "/factures/telecharger/listeFiscale", { idStructure: c.place.structureId, periode: "mois", annee: 2026, mois: 3, format: "CSV" }),
  },
  "POST /api/v1/factures/telecharger/groupe": {
    reaches: "getInvoiceDocument, for each invoice (factures/telecharger/groupe)",
    access: { kind: "read", espace: "FACTURES_EMISES" },
    run: async (c) => callApi(c, (await import("@/app/api/v1/factures/telecharger/groupe/route.ts")).POST, "/factures/telecharger/groupe", { idFactures: [c.place.sentId], typeFichier: "FACTURX_PDF" }),
  },
};
