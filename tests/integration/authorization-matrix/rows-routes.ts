// Rows of the route handlers, called as the cell's user (the session is mocked): their HTTP answer is the outcome
// (200 allowed, 401, 403, 404).
import { db } from "@/server/db.ts";
import { API_ROWS } from "./rows-api.ts";
import type { Rows } from "./rows.ts";
import { signedInAs } from "./session-state.ts";
import type { Cell } from "./world.ts";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const call = (cell: Cell, handler: Handler, url: string, params: Record<string, string> = {}) =>
  signedInAs(cell.userId, () => handler(new Request(`http://localhost${url}`), { params: Promise.resolve(params) }));

/** A list answered as CSV: whether it names the cell's invoice (a refusal shows nothing either). */
async function csvShows(response: Response, invoiceNumber: string | null) {
  return response.ok && invoiceNumber !== null && (await response.text()).includes(invoiceNumber);
}

export const ROUTE_ROWS: Rows = {
  "GET /factures-emises/[id]/documents/[kind]": {
    reaches: "getInvoiceDocument (the supplier's Factur-X PDF, XML, accusé de dépôt)",
    access: { kind: "read", espace: "FACTURES_EMISES" },
    run: async (c) => call(c, (await import("@/app/(portail)/factures-emises/[id]/documents/[kind]/route.ts")).GET as Handler, "/", { id: c.place.sentId, kind: "facturx-pdf" }),
  },
  "GET /factures-emises/[id]/pieces-jointes/[attachmentId]": {
    reaches: "getInvoiceAttachment (the supplier's attachments)",
    access: { kind: "read", espace: "FACTURES_EMISES" },
    run: async (c) =>
      call(c, (await import("@/app/(portail)/factures-emises/[id]/pieces-jointes/[attachmentId]/route.ts")).GET as Handler, "/", { id: c.place.sentId, attachmentId: c.place.attachments.sent }),
  },
  "GET /factures-emises/rechercher/export": {
    reaches: "exportSupplierInvoices (Rechercher: Exporter CSV)",
    access: { kind: "list", espace: "FACTURES_EMISES" },
    run: async (c) => {
      const { GET } = await import("@/app/(portail)/factures-emises/rechercher/export/route.ts");
      const sent = await db.invoice.findUniqueOrThrow({ where: { id: c.place.sentId }, select: { invoiceNumber: true } });
      return csvShows(await call(c, GET as Handler, "/factures-emises/rechercher/export"), sent.invoiceNumber);
    },
  },
  "GET /factures-emises/liste-fiscale/export-csv": {
    reaches: "getFiscalListCsv (Liste fiscale: Exporter CSV, of one structure and a period)",
    access: { kind: "read", espace: "FACTURES_EMISES" },
    run: async (c) =>
      call(c, (await import("@/app/(portail)/factures-emises/liste-fiscale/export-csv/route.ts")).GET as Handler, `/factures-emises/liste-fiscale/export-csv?structure=${c.place.structureId}&periode=mois&annee=2026&mois=3`),
  },
  "GET /factures-emises/liste-fiscale/export-pdf": {
    reaches: "getFiscalListPdf (Liste fiscale: Exporter PDF, of one structure and a period)",
    access: { kind: "read", espace: "FACTURES_EMISES" },
    run: async (c) =>
      call(c, (await import("@/app/(portail)/factures-emises/liste-fiscale/export-pdf/route.ts")).GET as Handler, `/factures-emises/liste-fiscale/export-pdf?structure=${c.place.structureId}&periode=mois&annee=2026&mois=3`),
  },
  "GET /factures-recues/[id]/documents/[kind]": {
    reaches: "getReceivedInvoiceDocument / getReceivedInvoicePreview (the recipient's documents)",
    access: { kind: "read", espace: "FACTURES_RECUES" },
    run: async (c) => call(c, (await import("@/app/(portail)/factures-recues/[id]/documents/[kind]/route.ts")).GET as Handler, "/", { id: c.place.receivedId, kind: "facturx-pdf" }),
  },
  "GET /factures-recues/[id]/pieces-jointes/[attachmentId]": {
    reaches: "getReceivedInvoiceAttachment (the recipient's attachments)",
    access: { kind: "read", espace: "FACTURES_RECUES" },
    run: async (c) =>
      call(c, (await import("@/app/(portail)/factures-recues/[id]/pieces-jointes/[attachmentId]/route.ts")).GET as Handler, "/", {
        id: c.place.receivedId,
        attachmentId: c.place.attachments.received,
      }),
  },
  "GET /factures-a-valider/[id]/documents/[kind]": {
    reaches: "getInvoiceToValidateDocument / Preview (the holder's documents)",
    access: { kind: "read", espace: "FACTURES_A_VALIDER" },
    run: async (c) => call(c, (await import("@/app/(portail)/factures-a-valider/[id]/documents/[kind]/route.ts")).GET as Handler, "/", { id: c.place.toValidateId, kind: "facturx-pdf" }),
  },
  "GET /factures-a-valider/[id]/pieces-jointes/[attachmentId]": {
    reaches: "getInvoiceToValidateAttachment (the holder's attachments)",
    access: { kind: "read", espace: "FACTURES_A_VALIDER" },
    run: async (c) =>
      call(c, (await import("@/app/(portail)/factures-a-valider/[id]/pieces-jointes/[attachmentId]/route.ts")).GET as Handler, "/", {
        id: c.place.toValidateId,
        attachmentId: c.place.attachments.toValidate,
      }),
  },
  "GET /factures-recues/interets-moratoires": {
    reaches: "streamLatePaymentInterests (Factures reçues: Intérêts moratoires CSV)",
    access: { kind: "list", espace: "FACTURES_RECUES" },
    run: async (c) => {
      // The cell's received invoice, as if mise en paiement 3 days after its due day.
      const received = await db.invoice.update({
        where: { id: c.place.receivedId },
        data: {
          paymentDueDate: new Date("2026-03-01T00:00:00Z"),
          paymentOrderedOn: new Date("2026-03-04T00:00:00Z"),
          latePaymentDays: 3,
          latePaymentRate: "10.15",
          latePaymentInterest: "0.83",
          recoveryIndemnity: "40.00",
        },
        select: { sentNumber: true },
      });
      return csvShows(await call(c, (await import("@/app/(portail)/factures-recues/interets-moratoires/route.ts")).GET as Handler, "/factures-recues/interets-moratoires"), received.sentNumber);
    },
  },
  "GET /activites-gestionnaire/structures/[id]/mandats/export": {
    reaches: "listMandates (Mandats de facturation: Exporter CSV)",
    access: { kind: "manage" },
    run: async (c) => call(c, (await import("@/app/(portail)/activites-gestionnaire/structures/[id]/mandats/export/route.ts")).GET as Handler, "/", { id: c.place.structureId }),
  },
  "GET /mon-compte/rattachements/demander/export": {
    reaches: "streamStructures (Mes rattachements: the structures search, public data)",
    access: { kind: "signedIn" },
    run: async (c) => call(c, (await import("@/app/(portail)/mon-compte/rattachements/demander/export/route.ts")).GET as Handler, "/mon-compte/rattachements/demander/export?raisonSociale=MATRICE"),
  },
  "GET /api/auth/[...nextauth]": { reaches: "next-auth's own handler (providers, CSRF token, session)", access: { kind: "public" }, todo: "next-auth's handler: covered by the login tests" },
  "POST /api/auth/[...nextauth]": { reaches: "next-auth's own handler (sign-in with the password, sign-out)", access: { kind: "public" }, todo: "next-auth's handler: covered by the login tests" },
  "GET /api/captcha": { reaches: "the ALTCHA challenge of the sign-up form", access: { kind: "public" }, run: async () => (await import("@/app/api/captcha/route.ts")).GET() },
  "GET /api/health": { reaches: "the database's health", access: { kind: "public" }, run: async () => (await import("@/app/api/health/route.ts")).GET() },
  "GET /administration/demandes/[id]/justificatif": {
    reaches: "the justification document of a structure claim (Administration)",
    access: { kind: "platformAdmin" },
    run: async (c) => {
      const { pendingClaim } = await import("./rows-structures.ts");
      const id = await pendingClaim(new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"));
      return call(c, (await import("@/app/(portail)/administration/demandes/[id]/justificatif/route.ts")).GET as Handler, "/", { id });
    },
  },
  ...API_ROWS,
};
