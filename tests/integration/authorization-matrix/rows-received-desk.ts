// Rows of the buyer's desk in Factures reçues: the export (CSV) and the ZIP download, on the pages and in the API (the
// cell's received invoice is in the list, or in the archive, only with consultation of its own structure), and the
// saved searches (a user's own: another user's is not found, whoever asks).
import { unzipSync } from "fflate";
import { deleteReceivedSearch, saveReceivedSearch } from "@/features/invoices/received/index.ts";
import { db } from "@/server/db.ts";
import { createUser } from "../factories.ts";
import { callApi } from "./rows-api.ts";
import type { Rows } from "./rows.ts";
import { signedInAs } from "./session-state.ts";
import type { Cell } from "./world.ts";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const call = (cell: Cell, handler: Handler, url: string) => signedInAs(cell.userId, () => handler(new Request(`http://localhost${url}`), { params: Promise.resolve({}) }));

const receivedNumber = async (cell: Cell) => (await db.invoice.findUniqueOrThrow({ where: { id: cell.place.receivedId }, select: { sentNumber: true } })).sentNumber!;

/** Whether the CSV names the cell's received invoice (a refusal shows nothing either). */
const csvShows = async (response: Response, cell: Cell) => response.ok && (await response.text()).includes(await receivedNumber(cell));

/** Whether the ZIP's index names the cell's received invoice. */
async function zipShows(response: Response, cell: Cell) {
  if (!response.ok) return false;
  const index = unzipSync(new Uint8Array(await response.arrayBuffer()))["index.csv"];
  return index !== undefined && new TextDecoder().decode(index).includes(await receivedNumber(cell));
}

/** A saved search of someone else than the cell's user. */
const othersSearch = async () => db.savedReceivedSearch.create({ data: { userId: (await createUser()).id, name: "Autre", criteria: {} }, select: { id: true } });

export const RECEIVED_DESK_ACTION_ROWS: Rows = {
  saveReceivedSearchAction: {
    reaches: "saveReceivedSearch (Factures reçues: Enregistrer cette recherche, for the user only)",
    access: { kind: "signedIn" },
    // Any reader of Factures reçues somewhere (a gestionnaire reads every espace its structure opens).
    expect: (c) => (c.role !== "ADMIN" && c.right !== "AUCUN" ? "ALLOWED" : "FORBIDDEN"),
    run: (c) => saveReceivedSearch({ userId: c.userId, name: `Matrice ${c.side}`, criteria: { statut: "MISE_A_DISPOSITION" } }),
  },
  deleteReceivedSearchAction: {
    reaches: "deleteReceivedSearch (Factures reçues: Supprimer a saved search, the user's own only)",
    access: { kind: "signedIn" },
    // Someone else's saved search is not the user's to delete, whoever they are.
    expect: () => "NOT_FOUND",
    run: async (c) => deleteReceivedSearch({ userId: c.userId, searchId: (await othersSearch()).id }),
  },
};

export const RECEIVED_DESK_ROUTE_ROWS: Rows = {
  "GET /factures-recues/export": {
    reaches: "streamReceivedInvoices (Factures reçues: Exporter CSV)",
    access: { kind: "list", espace: "FACTURES_RECUES" },
    run: async (c) => csvShows(await call(c, (await import("@/app/(portail)/factures-recues/export/route.ts")).GET as Handler, "/factures-recues/export"), c),
  },
  "GET /factures-recues/telecharger": {
    reaches: "streamReceivedInvoicesZip (Factures reçues: Télécharger la sélection, ZIP)",
    access: { kind: "read", espace: "FACTURES_RECUES" },
    run: async (c) => call(c, (await import("@/app/(portail)/factures-recues/telecharger/route.ts")).GET as Handler, `/factures-recues/telecharger?facture=${c.place.receivedId}`),
  },
  "POST /api/v1/factures/exporter/recipiendaire": {
    reaches: "streamReceivedInvoices (factures/exporter/recipiendaire)",
    access: { kind: "list", espace: "FACTURES_RECUES" },
    run: async (c) => csvShows(await callApi(c, (await import("@/app/api/v1/factures/exporter/recipiendaire/route.ts")).POST, "/factures/exporter/recipiendaire", {}), c),
  },
  "POST /api/v1/factures/telecharger/groupe/recipiendaire": {
    reaches: "streamReceivedInvoicesZip (factures/telecharger/groupe/recipiendaire, a search)",
    access: { kind: "list", espace: "FACTURES_RECUES" },
    run: async (c) =>
      zipShows(
        await callApi(c, (await import("@/app/api/v1/factures/telecharger/groupe/recipiendaire/route.ts")).POST, "/factures/telecharger/groupe/recipiendaire", { numero: await receivedNumber(c) }),
        c,
      ),
  },
};
