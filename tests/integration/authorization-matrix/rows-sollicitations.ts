// Rows of Sollicitations (émises, reçues, the support's desk): its server actions, its route handler and what its
// pages read. A sollicitation of the cell's structure is made for each row that changes one: the author side (the
// structure asks the counterparty) for Sollicitations émises, the addressee side (the counterparty asks the structure)
// for Sollicitations reçues.
import { randomBytes } from "node:crypto";
import {
  answerSollicitation,
  closeSollicitation,
  createSollicitation,
  getSollicitation,
  listAddresseeServices,
  listSollicitations,
  replySollicitation,
  takeSollicitationInCharge,
} from "@/features/sollicitations/index.ts";
import { db } from "@/server/db.ts";
import { callApi, listShows } from "./rows-api.ts";
import type { Rows } from "./rows.ts";
import { signedInAs } from "./session-state.ts";
import type { Cell } from "./world.ts";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** A sollicitation written straight in the database, from `author` to `addressee` (its principal its author). */
async function sollicitationBetween(author: { structureId: string; principalId: string }, addresseeStructureId: string) {
  const sollicitation = await db.sollicitation.create({
    data: {
      number: `SOLM${randomBytes(6).toString("hex").toUpperCase()}`,
      authorId: author.principalId,
      authorStructureId: author.structureId,
      addresseeKind: "STRUCTURE",
      addresseeStructureId,
      category: "Suivi du traitement d'une facture",
      subCategory: "Autre question sur une facture",
      subject: "Question",
      message: "Bonjour",
      history: { create: { status: "DEPOSEE", actorId: author.principalId } },
      attachments: { create: { fileName: "piece.pdf", extension: "pdf", mimeType: "application/pdf", size: PDF.length, sha256: "4".repeat(64), content: PDF } },
    },
    select: { id: true, attachments: { select: { id: true } } },
  });
  return { id: sollicitation.id, attachmentId: sollicitation.attachments[0].id };
}

/** The cell's structure asks the counterparty (Sollicitations émises). */
const emitted = (c: Cell) => sollicitationBetween(c.place, c.world.counterparty.structureId);
/** The counterparty asks the cell's structure (Sollicitations reçues). */
const received = (c: Cell) => sollicitationBetween(c.world.counterparty, c.place.structureId);

const shows = (rows: { id: string }[], id: string) => rows.some((row) => row.id === id);

export const SOLLICITATION_ROWS: Rows = {
  createSollicitationAction: {
    reaches: "createSollicitation (Saisir sollicitation)",
    access: { kind: "enter", espace: "SOLLICITATIONS_EMISES" },
    run: (c) =>
      createSollicitation({
        userId: c.userId,
        input: { authorStructureId: c.place.structureId, category: "Autre demande", subCategory: "Autre", subject: "Question", message: "Bonjour" },
      }),
  },
  replySollicitationAction: {
    reaches: "replySollicitation (Sollicitations émises: Répondre)",
    access: { kind: "change", espace: "SOLLICITATIONS_EMISES" },
    run: async (c) => replySollicitation({ userId: c.userId, sollicitationId: (await emitted(c)).id, input: { message: "Précision" } }),
  },
  closeSollicitationAction: {
    reaches: "closeSollicitation (Sollicitations émises: Clôturer)",
    access: { kind: "change", espace: "SOLLICITATIONS_EMISES" },
    run: async (c) => closeSollicitation({ userId: c.userId, sollicitationId: (await emitted(c)).id }),
  },
  answerSollicitationAction: {
    reaches: "answerSollicitation (Sollicitations reçues: Répondre)",
    access: { kind: "change", espace: "SOLLICITATIONS_RECUES" },
    run: async (c) => answerSollicitation({ userId: c.userId, sollicitationId: (await received(c)).id, viewpoint: "RECUES", input: { message: "Réponse", outcome: "TRAITEE" } }),
  },
  takeSollicitationInChargeAction: {
    reaches: "takeSollicitationInCharge (Sollicitations reçues: Prendre en charge)",
    access: { kind: "change", espace: "SOLLICITATIONS_RECUES" },
    run: async (c) => takeSollicitationInCharge({ userId: c.userId, sollicitationId: (await received(c)).id, viewpoint: "RECUES" }),
  },
  listAddresseeServicesAction: {
    reaches: "listAddresseeServices (the public directory's services of the addressee)",
    access: { kind: "signedIn" },
    run: (c) => listAddresseeServices({ structureId: c.world.counterparty.structureId }),
  },
};


/** The API's operations on sollicitations (the cell's user acting as a technical account, see rows-api.ts). */
const API = {
  creer: () => import("@/app/api/v1/sollicitations/creer/route.ts"),
  consulter: () => import("@/app/api/v1/sollicitations/consulter/route.ts"),
  repondre: () => import("@/app/api/v1/sollicitations/repondre/route.ts"),
  emises: () => import("@/app/api/v1/sollicitations/rechercher/emises/route.ts"),
  recues: () => import("@/app/api/v1/sollicitations/rechercher/recues/route.ts"),
};

export const SOLLICITATION_API_ROWS: Rows = {
  "POST /api/v1/sollicitations/creer": {
    reaches: "createSollicitation (sollicitations/creer)",
    access: { kind: "enter", espace: "SOLLICITATIONS_EMISES" },
    run: async (c) =>
      callApi(c, (await API.creer()).POST, "/sollicitations/creer", { idStructure: c.place.structureId, categorie: "Autre demande", sousCategorie: "Autre", objet: "Question", message: "Bonjour" }),
  },
  "POST /api/v1/sollicitations/consulter": {
    reaches: "getSollicitation (sollicitations/consulter, from the author's side)",
    access: { kind: "read", espace: "SOLLICITATIONS_EMISES" },
    run: async (c) => callApi(c, (await API.consulter()).POST, "/sollicitations/consulter", { idSollicitation: (await emitted(c)).id }),
  },
  "POST /api/v1/sollicitations/repondre": {
    reaches: "answerSollicitation (sollicitations/repondre, from the addressee's side)",
    access: { kind: "change", espace: "SOLLICITATIONS_RECUES" },
    run: async (c) => callApi(c, (await API.repondre()).POST, "/sollicitations/repondre", { idSollicitation: (await received(c)).id, message: "Réponse", suite: "TRAITEE" }),
  },
  "POST /api/v1/sollicitations/rechercher/emises": {
    reaches: "listSollicitations EMISES (sollicitations/rechercher/emises)",
    access: { kind: "list", espace: "SOLLICITATIONS_EMISES" },
    run: async (c) => {
      const { id } = await emitted(c);
      return listShows(await callApi(c, (await API.emises()).POST, "/sollicitations/rechercher/emises", {}), id);
    },
  },
  "POST /api/v1/sollicitations/rechercher/recues": {
    reaches: "listSollicitations RECUES (sollicitations/rechercher/recues)",
    access: { kind: "list", espace: "SOLLICITATIONS_RECUES" },
    run: async (c) => {
      const { id } = await received(c);
      return listShows(await callApi(c, (await API.recues()).POST, "/sollicitations/rechercher/recues", {}), id);
    },
  },
};

/** What the pages read (not entries of their own; run by authorization-matrix-sollicitations.test.ts). */
export const SOLLICITATION_PAGE_ROWS: Rows = {
  "page /sollicitations-emises": {
    reaches: "listSollicitations EMISES (Sollicitations émises)",
    access: { kind: "list", espace: "SOLLICITATIONS_EMISES" },
    run: async (c) => {
      const { id } = await emitted(c);
      return shows((await listSollicitations({ userId: c.userId, viewpoint: "EMISES" })).rows, id);
    },
  },
  "page /sollicitations-emises/[id]": {
    reaches: "getSollicitation EMISES",
    access: { kind: "read", espace: "SOLLICITATIONS_EMISES" },
    run: async (c) => getSollicitation({ userId: c.userId, sollicitationId: (await emitted(c)).id, viewpoint: "EMISES" }),
  },
  "page /sollicitations-recues": {
    reaches: "listSollicitations RECUES (Sollicitations reçues)",
    access: { kind: "list", espace: "SOLLICITATIONS_RECUES" },
    run: async (c) => {
      const { id } = await received(c);
      return shows((await listSollicitations({ userId: c.userId, viewpoint: "RECUES" })).rows, id);
    },
  },
  "page /sollicitations-recues/[id]": {
    reaches: "getSollicitation RECUES",
    access: { kind: "read", espace: "SOLLICITATIONS_RECUES" },
    run: async (c) => getSollicitation({ userId: c.userId, sollicitationId: (await received(c)).id, viewpoint: "RECUES" }),
  },
  "page /administration/sollicitations": {
    reaches: "listSollicitations SUPPORT (the support's desk)",
    access: { kind: "platformAdmin" },
    run: (c) => listSollicitations({ userId: c.userId, viewpoint: "SUPPORT" }),
  },
};

export const SOLLICITATION_ROUTE_ROWS: Rows = {
  ...SOLLICITATION_API_ROWS,
  "GET /sollicitations/pieces-jointes/[attachmentId]": {
    reaches: "getSollicitationAttachment (a file of a sollicitation, from its author's side)",
    access: { kind: "read", espace: "SOLLICITATIONS_EMISES" },
    run: async (c) => {
      const { GET } = await import("@/app/(portail)/sollicitations/pieces-jointes/[attachmentId]/route.ts");
      const { attachmentId } = await emitted(c);
      return signedInAs(c.userId, () => (GET as Handler)(new Request("http://localhost/"), { params: Promise.resolve({ attachmentId }) }));
    },
  },
};
