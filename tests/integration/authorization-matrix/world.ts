// One world of fixtures for the authorization matrix, built once per test file, and the expected outcome of each
// cell: role (gestionnaire principal, secondaire, utilisateur simple, platform administrator) × right on the espace
// (none, consultation, modification) × own or foreign structure. "No session" is its own column (see the test).
//
// - own[level]: a public structure (so it can be a supplier, a recipient and a holder of the contract) opening
//   Factures émises, Factures reçues, Factures à valider, Suivi des flux, the Sollicitations, Engagements and both
//   works espaces (Factures de travaux, Factures de travaux reçues) at that level ("AUCUN": none), with its
//   gestionnaire principal and secondaire — a gestionnaire's right is the structure's opening.
// - own.MODIFICATION also has three simple users, given those espaces at each level — a simple user's right is the
//   weaker of the structure's and their own.
// - foreign: a structure of someone else, every espace in modification; nobody of the matrix belongs to it.
// - counterparty: the other party of every invoice (recipient of what own/foreign send, supplier of what they
//   receive), so that no actor reaches an invoice from another side than the one the row is about.
// - admin: a platform administrator (User.platformRole ADMINISTRATEUR), attached to no structure.
import { randomBytes } from "node:crypto";
import type { Espace, InvoiceStatus } from "@/generated/prisma/enums.ts";
import { AppError } from "@/server/errors.ts";
import { db } from "@/server/db.ts";
import { attach, createPublicStructure, createUser } from "../factories.ts";
import { insertInvoice } from "../support/insert-invoice.ts";

export const LEVELS = ["AUCUN", "CONSULTATION", "MODIFICATION"] as const;
export type Level = (typeof LEVELS)[number];
export type Role = "GP" | "GS" | "SIMPLE" | "ADMIN";
export type ActorKey = `${"GP" | "GS" | "SIMPLE"}:${Level}` | "ADMIN";

/** The espaces whose right the matrix varies. */
export const MATRIX_ESPACES: Espace[] = ["FACTURES_EMISES", "FACTURES_RECUES", "FACTURES_A_VALIDER", "SUIVI_FLUX", "SOLLICITATIONS_EMISES", "SOLLICITATIONS_RECUES", "ENGAGEMENTS", "FACTURES_TRAVAUX", "FACTURES_TRAVAUX_RECUES"];

const unique = () => randomBytes(4).toString("hex").toUpperCase();
const siret = () => Array.from({ length: 14 }, () => Math.floor(Math.random() * 10)).join("");
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** Fresh targets of a structure, for rows whose allowed call changes or removes what it touches. */
export type Makers = {
  draft(): Promise<string>;
  sent(status?: InvoiceStatus): Promise<string>;
  received(status?: InvoiceStatus): Promise<string>;
  toValidate(): Promise<string>;
  flux(): Promise<string>;
};

export type Place = {
  structureId: string;
  serviceId: string;
  principalId: string;
  /** Shared targets, for reads: each invoice has a Factur-X PDF, an XML and an attachment. */
  draftId: string;
  sentId: string;
  receivedId: string;
  toValidateId: string;
  fluxId: string;
  /** Attachment ids of the shared invoices. */
  attachments: { sent: string; received: string; toValidate: string };
  make: Makers;
};

export type World = {
  own: Record<Level, Place & { gpId: string; gsId: string }>;
  simple: Record<Level, string>;
  foreign: Place;
  counterparty: { structureId: string; serviceId: string; principalId: string };
  adminId: string;
};

async function publicStructure(level: Level | "ALL") {
  const structure = await createPublicStructure({ identifier: siret(), raisonSociale: `MATRICE ${unique()}`, services: [{ code: "COLLEGE", libelle: "Collèges" }] });
  const service = await db.service.findFirstOrThrow({ where: { structureId: structure.id } });
  if (level !== "AUCUN") {
    await db.structureEspace.createMany({
      data: [...MATRIX_ESPACES, "MON_COMPTE" as const].map((espace) => ({ structureId: structure.id, espace, consultation: true, modification: level !== "CONSULTATION" })),
    });
  }
  const principal = await createUser();
  await attach(principal.id, structure.id, { role: "GESTIONNAIRE_PRINCIPAL" });
  return { structureId: structure.id, serviceId: service.id, principalId: principal.id };
}

async function withFiles(invoiceId: string): Promise<string> {
  await db.invoiceDocument.createMany({
    data: [
      { invoiceId, kind: "FACTURX_PDF", fileName: "facture.pdf", mimeType: "application/pdf", sha256: "0".repeat(64), content: PDF },
      { invoiceId, kind: "CII_XML", fileName: "facture.xml", mimeType: "application/xml", sha256: "1".repeat(64), content: new TextEncoder().encode("<x/>") },
    ],
  });
  const attachment = await db.invoiceAttachment.create({
    data: { invoiceId, type: "Pièce jointe complémentaire", designation: "Devis", fileName: "devis.pdf", extension: "pdf", mimeType: "application/pdf", size: PDF.length, sha256: "2".repeat(64), content: PDF },
  });
  return attachment.id;
}

function makersOf(place: { structureId: string; serviceId: string; principalId: string }, counterparty: World["counterparty"]): Makers {
  const supplierOf = (p: { structureId: string; principalId: string }) => ({ structure: { id: p.structureId }, principal: { id: p.principalId } });
  const sentAt = new Date("2026-03-02T10:00:00Z");
  return {
    draft: async () => (await insertInvoice(supplierOf(place), { number: null, status: "BROUILLON", sentAt: null, totalGross: "120.00", recipientStructureId: counterparty.structureId })).id,
    sent: async (status = "MISE_A_DISPOSITION") =>
      (
        await insertInvoice(supplierOf(place), {
          number: `F-${unique()}`,
          status,
          sentAt,
          totalGross: "120.00",
          recipientStructureId: counterparty.structureId,
          recipientServiceId: counterparty.serviceId,
          historyActorId: counterparty.principalId,
          motif: status === "SUSPENDUE" || status === "A_RECYCLER" ? "Pièce manquante" : undefined,
        })
      ).id,
    received: async (status = "MISE_A_DISPOSITION") =>
      (
        await insertInvoice(supplierOf(counterparty), {
          number: `F-${unique()}`,
          status,
          sentAt,
          totalGross: "120.00",
          recipientStructureId: place.structureId,
          recipientServiceId: place.serviceId,
        })
      ).id,
    toValidate: async () =>
      (
        await insertInvoice(supplierOf(counterparty), {
          number: `F-${unique()}`,
          status: "A_VALIDER_1",
          sentAt,
          totalGross: "120.00",
          cadre: "A9",
          validatorStructureId: place.structureId,
          recipientStructureId: counterparty.structureId,
          recipientServiceId: counterparty.serviceId,
        })
      ).id,
    flux: async () =>
      (
        await db.depositFlux.create({
          data: {
            number: `FLUX${unique()}${unique()}`,
            supplierStructureId: place.structureId,
            createdById: place.principalId,
            format: "XML_STRUCTURE",
            cadre: "A1",
            uploadName: "lot.zip",
            invoiceCount: 0,
          },
        })
      ).id,
  };
}

async function placeOf(base: { structureId: string; serviceId: string; principalId: string }, counterparty: World["counterparty"]): Promise<Place> {
  const make = makersOf(base, counterparty);
  const [draftId, sentId, receivedId, toValidateId, fluxId] = [await make.draft(), await make.sent(), await make.received(), await make.toValidate(), await make.flux()];
  const attachments = { sent: await withFiles(sentId), received: await withFiles(receivedId), toValidate: await withFiles(toValidateId) };
  await withFiles(draftId);
  return { ...base, draftId, sentId, receivedId, toValidateId, fluxId, attachments, make };
}

export async function buildWorld(): Promise<World> {
  const counterparty = await publicStructure("ALL");
  const own = {} as World["own"];
  for (const level of LEVELS) {
    const base = await publicStructure(level);
    const secondary = await createUser();
    await attach(secondary.id, base.structureId, { role: "GESTIONNAIRE_SECONDAIRE" });
    own[level] = { ...(await placeOf(base, counterparty)), gpId: base.principalId, gsId: secondary.id };
  }
  const simple = {} as World["simple"];
  for (const level of LEVELS) {
    const user = await createUser();
    await db.rattachement.create({
      data: {
        userId: user.id,
        structureId: own.MODIFICATION.structureId,
        role: "UTILISATEUR_SIMPLE",
        status: "ACTIF",
        espaces: { create: level === "AUCUN" ? [] : [...MATRIX_ESPACES, "MON_COMPTE" as const].map((espace) => ({ espace, consultation: true, modification: level === "MODIFICATION" })) },
      },
    });
    simple[level] = user.id;
  }
  const foreign = await placeOf(await publicStructure("ALL"), counterparty);
  const admin = await createUser();
  await db.user.update({ where: { id: admin.id }, data: { platformRole: "ADMINISTRATEUR" } });
  return { own, simple, foreign, counterparty, adminId: admin.id };
}

export const ACTORS: ActorKey[] = [...LEVELS.flatMap((level) => (["GP", "GS", "SIMPLE"] as const).map((role) => `${role}:${level}` as ActorKey)), "ADMIN"];

export type Cell = { actor: ActorKey; role: Role; right: Level; userId: string; side: "own" | "foreign"; place: Place; world: World };

/** The cells of the matrix: every actor on their own structure and on a foreign one (the administrator has none: both are foreign to them). */
export function cellsOf(world: World): Cell[] {
  return ACTORS.flatMap((actor) => {
    const [role, level] = actor === "ADMIN" ? (["ADMIN", "AUCUN"] as const) : (actor.split(":") as [Role, Level]);
    const userId = role === "ADMIN" ? world.adminId : role === "SIMPLE" ? world.simple[level] : role === "GP" ? world.own[level].gpId : world.own[level].gsId;
    const ownPlace = role === "SIMPLE" || role === "ADMIN" ? world.own.MODIFICATION : world.own[level];
    return [
      { actor, role, right: level, userId, side: "own" as const, place: ownPlace, world },
      { actor, role, right: level, userId, side: "foreign" as const, place: world.foreign, world },
    ];
  });
}

/** What a row does, which decides its expected outcome in every cell. */
export type Access =
  /** Anyone, even without a session (sign-up, activation, health…). */
  | { kind: "public" }
  /** Any signed-in user, about their own account or public data; no structure involved. */
  | { kind: "signedIn" }
  /** A gestionnaire of the structure (Activités du gestionnaire); the espaces' rights do not matter. */
  | { kind: "manage" }
  /** The platform's administrators only. */
  | { kind: "platformAdmin" }
  /** Read one item of the espace by its id: consultation needed, NOT_FOUND otherwise. */
  | { kind: "read"; espace: Espace }
  /** A list of the espace: the structure's items appear with consultation, never otherwise. */
  | { kind: "list"; espace: Espace }
  /** Change one item of the espace by its id: modification needed; FORBIDDEN to a reader; NOT_FOUND otherwise. */
  | { kind: "change"; espace: Espace }
  /** Create something for the structure (by its id) in the espace: modification needed; FORBIDDEN to its other users; NOT_FOUND for a foreign one. */
  | { kind: "enter"; espace: Espace };

/** ALLOWED: the call passed the authorization (it may still be refused for a business reason: CONFLICT, VALIDATION…). HIDDEN: a list without the item. REFUSED: FORBIDDEN or NOT_FOUND. */
export type Outcome = "ALLOWED" | "FORBIDDEN" | "NOT_FOUND" | "HIDDEN" | "REFUSED" | "UNAUTHENTICATED";

const atLeast = (right: Level, needed: Level) => LEVELS.indexOf(right) >= LEVELS.indexOf(needed);

export function expectedOutcome(access: Access, cell: Cell): Outcome {
  const own = cell.side === "own" && cell.role !== "ADMIN";
  switch (access.kind) {
    case "public":
    case "signedIn":
      return "ALLOWED";
    case "platformAdmin":
      return cell.role === "ADMIN" ? "ALLOWED" : "REFUSED";
    case "manage":
      return own && (cell.role === "GP" || cell.role === "GS") ? "ALLOWED" : "NOT_FOUND";
    case "read":
      return own && atLeast(cell.right, "CONSULTATION") ? "ALLOWED" : "NOT_FOUND";
    case "list":
      return own && atLeast(cell.right, "CONSULTATION") ? "ALLOWED" : "HIDDEN";
    case "change":
      return own && cell.right === "MODIFICATION" ? "ALLOWED" : own && cell.right === "CONSULTATION" ? "FORBIDDEN" : "NOT_FOUND";
    case "enter":
      return own && cell.right === "MODIFICATION" ? "ALLOWED" : own ? "FORBIDDEN" : "NOT_FOUND";
  }
}

/** A row's call result: a list row answers whether it shows the cell's item; any other returns what it likes. */
export type RunResult = unknown;

/** The outcome of a use case call. Business refusals (CONFLICT, VALIDATION, rule errors) come after the authorization: ALLOWED. */
export async function outcomeOf(access: Access, run: () => Promise<RunResult>): Promise<{ outcome: Outcome; message?: string }> {
  try {
    const result = await run();
    if (access.kind === "list") return { outcome: result === true ? "ALLOWED" : "HIDDEN" };
    if (result instanceof Response) return responseOutcome(result);
    return { outcome: "ALLOWED" };
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN" || error.code === "UNAUTHENTICATED")) return { outcome: error.code, message: error.message };
    if (error instanceof AppError) return { outcome: "ALLOWED", message: `${error.code}: ${error.message}` };
    if (error instanceof Error && /RulesError|FindingsError/.test(error.name + error.constructor.name)) return { outcome: "ALLOWED", message: error.message };
    throw error;
  }
}

/** The outcome of a route handler's answer. */
export async function responseOutcome(response: Response): Promise<{ outcome: Outcome; message?: string }> {
  const message = response.status >= 400 ? await response.text() : undefined;
  if (response.status === 401) return { outcome: "UNAUTHENTICATED", message };
  if (response.status === 403) return { outcome: "FORBIDDEN", message };
  if (response.status === 404) return { outcome: "NOT_FOUND", message };
  if (response.status < 400) return { outcome: "ALLOWED" };
  return { outcome: "ALLOWED", message: `${response.status}: ${message}` };
}

/** Whether an observed outcome is the expected one (REFUSED accepts FORBIDDEN and NOT_FOUND). */
export const matches = (expected: Outcome, observed: Outcome) => expected === observed || (expected === "REFUSED" && (observed === "FORBIDDEN" || observed === "NOT_FOUND"));

/** The sentence a reader of the espace gets when asking for a change. */
export const CONSULTATION_REFUSAL = /^Votre droit sur l'espace .+ est la consultation : vous ne pouvez pas .+\.$/;
