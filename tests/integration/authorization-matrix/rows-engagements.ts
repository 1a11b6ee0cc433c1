// Rows of the espace Engagements (its server actions and what its pages read) and of the invoice form's suggestions.
// An engagement of the cell's structure is made for each row that changes one; the supplier side names the cell's
// structure in an engagement of the counterparty.
import { randomBytes } from "node:crypto";
import {
  closeEngagement,
  createEngagement,
  importEngagements,
  listQuotableEngagements,
  listStructureEngagements,
  listSupplierEngagements,
  setEngagementRequirement,
} from "@/features/engagements/index.ts";
import { db } from "@/server/db.ts";
import { callApi, listShows } from "./rows-api.ts";
import type { Rows } from "./rows.ts";
import type { Cell } from "./world.ts";

const number = () => `EJ${randomBytes(5).toString("hex").toUpperCase()}`;

/** An open engagement of `structureId` with the supplier identified by `supplierIdentifier`, written straight in the database. */
async function engagementOf(structureId: string, supplierIdentifier = "12345678900014") {
  return db.engagement.create({ data: { structureId, number: number(), supplierIdentifier, amount: "100.00", startDate: new Date("2026-01-01") }, select: { id: true, number: true } });
}

const identifierOf = async (structureId: string) => (await db.structure.findUniqueOrThrow({ where: { id: structureId }, select: { identifier: true } })).identifier;

const input = () => ({ number: number(), serviceCode: "", supplierIdentifier: "12345678900014", amount: "10.00", startDate: "2026-01-01", endDate: "" });

export const ENGAGEMENT_ROWS: Rows = {
  createEngagementAction: {
    reaches: "createEngagement (Engagements: Créer un engagement)",
    access: { kind: "enter", espace: "ENGAGEMENTS" },
    run: (c) => createEngagement({ userId: c.userId, structureId: c.place.structureId, input: input() }),
  },
  importEngagementsAction: {
    reaches: "importEngagements (Engagements: Importer des engagements)",
    access: { kind: "enter", espace: "ENGAGEMENTS" },
    run: (c) =>
      importEngagements({
        userId: c.userId,
        structureId: c.place.structureId,
        csv: `Numéro d'engagement;Code service;SIRET fournisseur;Montant;Date de début;Date de fin\n${number()};;12345678900014;10;01/01/2026;\n`,
      }),
  },
  closeEngagementAction: {
    reaches: "closeEngagement (Engagements: Clôturer)",
    access: { kind: "change", espace: "ENGAGEMENTS" },
    run: async (c) => closeEngagement({ userId: c.userId, engagementId: (await engagementOf(c.place.structureId)).id }),
  },
  setEngagementRequirementAction: {
    reaches: "setEngagementRequirement (Engagements: Exiger un engagement existant)",
    access: { kind: "enter", espace: "ENGAGEMENTS" },
    run: (c) => setEngagementRequirement({ userId: c.userId, structureId: c.place.structureId, required: false }),
  },
  listQuotableEngagementsAction: {
    reaches: "listQuotableEngagements (Saisir facture: the supplier's open engagements at the recipient)",
    access: { kind: "read", espace: "FACTURES_EMISES" },
    run: async (c: Cell) => {
      await engagementOf(c.world.counterparty.structureId, await identifierOf(c.place.structureId));
      return listQuotableEngagements({ userId: c.userId, supplierStructureId: c.place.structureId, recipientStructureId: c.world.counterparty.structureId });
    },
  },
};

export const ENGAGEMENT_PAGE_ROWS: Rows = {
  "page /engagements": {
    reaches: "listStructureEngagements (Engagements of one structure: a foreign one is not found)",
    access: { kind: "read", espace: "ENGAGEMENTS" },
    run: async (c) => {
      await engagementOf(c.place.structureId);
      return listStructureEngagements({ userId: c.userId, structureId: c.place.structureId });
    },
  },
  "page /factures-emises/engagements": {
    reaches: "listSupplierEngagements (Factures émises › Engagements: those naming the user's structures)",
    access: { kind: "list", espace: "FACTURES_EMISES" },
    run: async (c) => {
      const engagement = await engagementOf(c.world.counterparty.structureId, await identifierOf(c.place.structureId));
      return (await listSupplierEngagements({ userId: c.userId })).engagements.some((row) => row.number === engagement.number);
    },
  },
};

/** The API's operations on engagements (the cell's user acting as a technical account, see rows-api.ts). */
const API = {
  structure: () => import("@/app/api/v1/engagements/rechercher/structure/route.ts"),
  fournisseur: () => import("@/app/api/v1/engagements/rechercher/fournisseur/route.ts"),
  creer: () => import("@/app/api/v1/engagements/creer/route.ts"),
  cloturer: () => import("@/app/api/v1/engagements/cloturer/route.ts"),
};

export const ENGAGEMENT_API_ROWS: Rows = {
  "POST /api/v1/engagements/rechercher/structure": {
    reaches: "listStructureEngagements (engagements/rechercher/structure: a foreign structure is not found)",
    access: { kind: "read", espace: "ENGAGEMENTS" },
    run: async (c) => {
      await engagementOf(c.place.structureId);
      return callApi(c, (await API.structure()).POST, "/engagements/rechercher/structure", { idStructure: c.place.structureId });
    },
  },
  "POST /api/v1/engagements/rechercher/fournisseur": {
    reaches: "listSupplierEngagements (engagements/rechercher/fournisseur: those naming the caller's structures)",
    access: { kind: "list", espace: "FACTURES_EMISES" },
    run: async (c) => {
      const engagement = await engagementOf(c.world.counterparty.structureId, await identifierOf(c.place.structureId));
      return listShows(await callApi(c, (await API.fournisseur()).POST, "/engagements/rechercher/fournisseur", {}), engagement.id);
    },
  },
  "POST /api/v1/engagements/creer": {
    reaches: "createEngagement (engagements/creer)",
    access: { kind: "enter", espace: "ENGAGEMENTS" },
    run: async (c) =>
      callApi(c, (await API.creer()).POST, "/engagements/creer", { idStructure: c.place.structureId, numeroEngagement: number(), identifiantFournisseur: "12345678900014", montant: "10.00", dateDebut: "2026-01-01" }),
  },
  "POST /api/v1/engagements/cloturer": {
    reaches: "closeEngagement (engagements/cloturer)",
    access: { kind: "change", espace: "ENGAGEMENTS" },
    run: async (c) => callApi(c, (await API.cloturer()).POST, "/engagements/cloturer", { idEngagement: (await engagementOf(c.place.structureId)).id }),
  },
};
