import { describe, expect, it } from "vitest";
import { mandatesCsv } from "@/features/mandates/rules/mandate-table.ts";
import { listMandates } from "@/features/mandates/use-cases/list-mandates.ts";
import { requireInvoiceEntry } from "@/features/invoices/common/index.ts";
import { revokeMandate } from "@/features/mandates/use-cases/revoke-mandate.ts";
import { signMandate } from "@/features/mandates/use-cases/sign-mandate.ts";
import { subscribeMandate } from "@/features/mandates/use-cases/subscribe-mandate.ts";
import { getInvoiceEntryGate } from "@/features/mandates/use-cases/get-invoice-entry-gate.ts";
import { getMandateWarning } from "@/features/mandates/use-cases/get-mandate-warning.ts";
import { db } from "@/server/db.ts";
import { attach, createStructure, createUser } from "../factories.ts";

const activeMandates = (structureId: string) => db.mandate.count({ where: { structureId, status: "ACTIF" } });

const DAY = 24 * 60 * 60 * 1000;

async function supplierWithGestionnaire() {
  const gestionnaire = await createUser();
  const structure = await createStructure();
  await attach(gestionnaire.id, structure.id, { role: "GESTIONNAIRE_PRINCIPAL" });
  return { gestionnaire, structure };
}

/** The token of the last signing link e-mailed to this address. */
async function signingToken(to: string) {
  const message = await db.outboxMessage.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  return /\/mandats\/signer\/([A-Za-z0-9_-]+)/.exec(message.text)![1];
}

describe("billing mandate", () => {
  it("is subscribed En cours de validation, e-mails its signing link and tells the gestionnaires", async () => {
    const { gestionnaire, structure } = await supplierWithGestionnaire();
    const other = await createUser();
    await attach(other.id, structure.id, { role: "GESTIONNAIRE_SECONDAIRE" });

    const mandate = await subscribeMandate({ userId: gestionnaire.id, input: { structureId: structure.id, libelle: "MANDAT ROLLER" } });
    expect(mandate).toMatchObject({ status: "EN_COURS_DE_VALIDATION", signataireId: gestionnaire.id, createdById: gestionnaire.id });
    expect(mandate.signatureExpiresAt!.getTime() - mandate.createdAt.getTime()).toBe(7 * DAY);

    const [message] = await db.outboxMessage.findMany({ where: { to: gestionnaire.loginEmail } });
    expect(message.subject).toContain(`Structure ${structure.raisonSociale} - Création d'un nouveau mandat de facturation à signer`);
    expect(message.text).toContain(
      `Vous venez de créer le mandat de facturation « MANDAT ROLLER » pour la structure « ${structure.raisonSociale} ». Nous vous invitons à cliquer sur le lien suivant pour valider et signer ce mandat de facturation`,
    );
    const token = await signingToken(gestionnaire.loginEmail);
    expect(message.text).toContain(`Lien de signature du mandat : http://localhost:3000/mandats/signer/${token}`);
    // Only the hash is kept.
    expect(mandate.signatureTokenHash).not.toContain(token);

    const events = await db.event.findMany({ where: { structureId: structure.id } });
    expect(events.map((e) => e.userId).sort()).toEqual([gestionnaire.id, other.id].sort());
    expect(events.every((e) => e.espace === "ACTIVITES_GESTIONNAIRE" && e.type === "MANDAT_SOUSCRIT")).toBe(true);
  });

  it("becomes Actif when its signataire signs, accepting the terms of use; the link then is used", async () => {
    const { gestionnaire, structure } = await supplierWithGestionnaire();
    const mandate = await subscribeMandate({ userId: gestionnaire.id, input: { structureId: structure.id, libelle: "MANDAT A" } });
    const token = await signingToken(gestionnaire.loginEmail);

    await expect(signMandate({ userId: gestionnaire.id, token, conditionsAccepted: false })).rejects.toMatchObject({ code: "VALIDATION", field: "conditionsAccepted" });
    expect((await db.mandate.findUniqueOrThrow({ where: { id: mandate.id } })).status).toBe("EN_COURS_DE_VALIDATION");

    expect(await signMandate({ userId: gestionnaire.id, token, conditionsAccepted: true })).toEqual({ structureId: structure.id, libelle: "MANDAT A" });
    const signed = await db.mandate.findUniqueOrThrow({ where: { id: mandate.id } });
    expect(signed.status).toBe("ACTIF");
    expect(signed.signedAt).not.toBeNull();
    expect(await activeMandates(structure.id)).toBe(1);

    await expect(signMandate({ userId: gestionnaire.id, token, conditionsAccepted: true })).rejects.toMatchObject({ code: "INVALID_TOKEN" });
  });

  it("refuses another user, an unknown token and an expired link", async () => {
    const { gestionnaire, structure } = await supplierWithGestionnaire();
    const secondGestionnaire = await createUser();
    await attach(secondGestionnaire.id, structure.id, { role: "GESTIONNAIRE_SECONDAIRE" });
    await subscribeMandate({ userId: gestionnaire.id, input: { structureId: structure.id, libelle: "MANDAT A" } });
    const token = await signingToken(gestionnaire.loginEmail);

    await expect(signMandate({ userId: secondGestionnaire.id, token, conditionsAccepted: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(signMandate({ userId: gestionnaire.id, token: "inconnu", conditionsAccepted: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(signMandate({ userId: gestionnaire.id, token, conditionsAccepted: true, now: new Date(Date.now() + 8 * DAY) })).rejects.toMatchObject({
      code: "INVALID_TOKEN",
      message: expect.stringContaining("a expiré"),
    });
    expect(await activeMandates(structure.id)).toBe(0);
  });

  it("refuses a signataire who no longer manages the structure", async () => {
    const { gestionnaire, structure } = await supplierWithGestionnaire();
    await subscribeMandate({ userId: gestionnaire.id, input: { structureId: structure.id, libelle: "MANDAT A" } });
    const token = await signingToken(gestionnaire.loginEmail);
    await db.rattachement.updateMany({ where: { userId: gestionnaire.id }, data: { role: "UTILISATEUR_SIMPLE" } });
    await expect(signMandate({ userId: gestionnaire.id, token, conditionsAccepted: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets only one of two simultaneous signatures win", async () => {
    const { gestionnaire, structure } = await supplierWithGestionnaire();
    await subscribeMandate({ userId: gestionnaire.id, input: { structureId: structure.id, libelle: "MANDAT A" } });
    const token = await signingToken(gestionnaire.loginEmail);
    const results = await Promise.allSettled([1, 2, 3].map(() => signMandate({ userId: gestionnaire.id, token, conditionsAccepted: true })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.event.count({ where: { structureId: structure.id, type: "MANDAT_SIGNE" } })).toBe(1);
  });

  it("refuses a second subscription while one is pending or active, even at the same time, and allows one after revocation", async () => {
    const { gestionnaire, structure } = await supplierWithGestionnaire();
    const input = { structureId: structure.id, libelle: "MANDAT A" };
    const concurrent = await Promise.allSettled([subscribeMandate({ userId: gestionnaire.id, input }), subscribeMandate({ userId: gestionnaire.id, input })]);
    expect(concurrent.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(concurrent.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });

    await signMandate({ userId: gestionnaire.id, token: await signingToken(gestionnaire.loginEmail), conditionsAccepted: true });
    await expect(subscribeMandate({ userId: gestionnaire.id, input })).rejects.toMatchObject({ code: "CONFLICT", field: "libelle" });

    const active = await db.mandate.findFirstOrThrow({ where: { structureId: structure.id } });
    await revokeMandate({ userId: gestionnaire.id, structureId: structure.id, mandateId: active.id });
    const revoked = await db.mandate.findUniqueOrThrow({ where: { id: active.id } });
    expect(revoked).toMatchObject({ status: "REVOQUE", revokedById: gestionnaire.id });
    expect(revoked.revokedAt).not.toBeNull();
    await expect(revokeMandate({ userId: gestionnaire.id, structureId: structure.id, mandateId: active.id })).rejects.toMatchObject({ code: "CONFLICT" });

    await expect(subscribeMandate({ userId: gestionnaire.id, input: { ...input, libelle: "MANDAT B" } })).resolves.toMatchObject({ status: "EN_COURS_DE_VALIDATION" });
  });

  it("can drop a pending mandate, whose link then no longer signs", async () => {
    const { gestionnaire, structure } = await supplierWithGestionnaire();
    const mandate = await subscribeMandate({ userId: gestionnaire.id, input: { structureId: structure.id, libelle: "MANDAT A" } });
    const token = await signingToken(gestionnaire.loginEmail);
    await revokeMandate({ userId: gestionnaire.id, structureId: structure.id, mandateId: mandate.id });
    await expect(signMandate({ userId: gestionnaire.id, token, conditionsAccepted: true })).rejects.toMatchObject({ code: "INVALID_TOKEN" });
  });

  it("is refused to a public structure and to a simple user", async () => {
    const gestionnaire = await createUser();
    const buyer = await createStructure({ kind: "PUBLIQUE" });
    await attach(gestionnaire.id, buyer.id, { role: "GESTIONNAIRE_PRINCIPAL" });
    await expect(subscribeMandate({ userId: gestionnaire.id, input: { structureId: buyer.id, libelle: "MANDAT" } })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const { structure } = await supplierWithGestionnaire();
    const simple = await createUser();
    await attach(simple.id, structure.id, { espaces: ["FACTURES_EMISES"] });
    await expect(subscribeMandate({ userId: simple.id, input: { structureId: structure.id, libelle: "MANDAT" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listMandates({ userId: simple.id, structureId: structure.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.mandate.count({ where: { structureId: { in: [buyer.id, structure.id] } } })).toBe(0);
  });

  it("lists mandates newest first, five per page, and exports them all as CSV", async () => {
    const { gestionnaire, structure } = await supplierWithGestionnaire();
    const base = Date.now() - 10 * DAY;
    for (let i = 1; i <= 6; i++) {
      const mandate = await subscribeMandate({ userId: gestionnaire.id, input: { structureId: structure.id, libelle: `MANDAT ${i}` }, now: new Date(base + i * DAY) });
      await revokeMandate({ userId: gestionnaire.id, structureId: structure.id, mandateId: mandate.id, now: new Date(base + i * DAY + 1000) });
    }
    await subscribeMandate({ userId: gestionnaire.id, input: { structureId: structure.id, libelle: "MANDAT 7" }, now: new Date(base + 7 * DAY) });

    const first = await listMandates({ userId: gestionnaire.id, structureId: structure.id, page: { number: 1, size: 5 } });
    expect(first.total).toBe(7);
    expect(first.rows.map((r) => r.libelle)).toEqual(["MANDAT 7", "MANDAT 6", "MANDAT 5", "MANDAT 4", "MANDAT 3"]);
    expect((await listMandates({ userId: gestionnaire.id, structureId: structure.id, page: { number: 2, size: 5 } })).rows.map((r) => r.libelle)).toEqual(["MANDAT 2", "MANDAT 1"]);

    const csv = mandatesCsv((await listMandates({ userId: gestionnaire.id, structureId: structure.id })).rows);
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(lines[0]).toBe("Mandat de facturation;Signataire;Date de création;Date de révocation;Statut");
    expect(lines).toHaveLength(8);
    expect(lines[1]).toMatch(/^MANDAT 7;Camille Durand;\d{2}\/\d{2}\/\d{4};;En cours de validation$/);
    expect(lines[2]).toMatch(/^MANDAT 6;Camille Durand;(\d{2}\/\d{2}\/\d{4});\d{2}\/\d{2}\/\d{4};Révoqué$/);
  });
});

describe("invoice entry gate", () => {
  it("refuses without an Actif mandate, with the sentence naming the structure, and accepts with one", async () => {
    const { gestionnaire, structure } = await supplierWithGestionnaire();
    const simple = await createUser();
    await attach(simple.id, structure.id, { espaces: ["FACTURES_EMISES"] });

    await expect(requireInvoiceEntry(db, simple.id, structure.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: `Aucun mandat de facturation actif pour la structure « ${structure.raisonSociale} » : sans mandat, aucun utilisateur ne peut saisir de facture. Un gestionnaire de la structure peut en souscrire un dans Activités du gestionnaire.`,
    });
    expect(await getInvoiceEntryGate({ userId: simple.id })).toEqual({
      open: false,
      blocked: [{ id: structure.id, raisonSociale: structure.raisonSociale, mayEnterInvoices: false, isGestionnaire: false }],
    });
    expect(await getMandateWarning({ userId: gestionnaire.id, structureId: structure.id })).toEqual({ canSubscribe: true });

    await subscribeMandate({ userId: gestionnaire.id, input: { structureId: structure.id, libelle: "MANDAT A" } });
    // Pending is not enough to enter invoices, but it silences the warning.
    await expect(requireInvoiceEntry(db, simple.id, structure.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getMandateWarning({ userId: gestionnaire.id, structureId: structure.id })).toBeNull();
    expect(await getMandateWarning({ userId: gestionnaire.id, structureId: structure.id, always: true })).toEqual({ canSubscribe: true });

    await signMandate({ userId: gestionnaire.id, token: await signingToken(gestionnaire.loginEmail), conditionsAccepted: true });
    await expect(requireInvoiceEntry(db, simple.id, structure.id)).resolves.toBeUndefined();
    expect((await getInvoiceEntryGate({ userId: simple.id })).open).toBe(true);
  });

  it("asks no mandate of a public structure, and nothing of a structure that is not the user's", async () => {
    const agent = await createUser();
    const buyer = await createStructure({ kind: "PUBLIQUE" });
    await attach(agent.id, buyer.id, { espaces: ["FACTURES_EMISES"] });
    await expect(requireInvoiceEntry(db, agent.id, buyer.id)).resolves.toBeUndefined();
    expect(await getMandateWarning({ userId: agent.id, structureId: buyer.id })).toBeNull();

    const { structure } = await supplierWithGestionnaire();
    await expect(requireInvoiceEntry(db, agent.id, structure.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
