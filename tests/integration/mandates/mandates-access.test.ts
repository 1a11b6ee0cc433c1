// A gestionnaire of structure B reaches nothing of structure A's mandates: every use case answers "not found".
import { describe, expect, it } from "vitest";
import { getMandate } from "@/features/mandates/use-cases/get-mandate.ts";
import { getMandateToSign } from "@/features/mandates/use-cases/get-mandate-to-sign.ts";
import { getMandateWarning } from "@/features/mandates/use-cases/get-mandate-warning.ts";
import { listMandates } from "@/features/mandates/use-cases/list-mandates.ts";
import { revokeMandate } from "@/features/mandates/use-cases/revoke-mandate.ts";
import { signMandate } from "@/features/mandates/use-cases/sign-mandate.ts";
import { subscribeMandate } from "@/features/mandates/use-cases/subscribe-mandate.ts";
import { requireInvoiceEntry } from "@/features/invoices/common/index.ts";
import { db } from "@/server/db.ts";
import { attach, createStructure, createUser } from "../factories.ts";

describe("mandates of another structure", () => {
  it("can be neither listed, exported, subscribed, signed nor revoked", async () => {
    const gestionnaireA = await createUser();
    const structureA = await createStructure();
    await attach(gestionnaireA.id, structureA.id, { role: "GESTIONNAIRE_PRINCIPAL" });
    const gestionnaireB = await createUser();
    const structureB = await createStructure();
    await attach(gestionnaireB.id, structureB.id, { role: "GESTIONNAIRE_PRINCIPAL" });

    const mandate = await subscribeMandate({ userId: gestionnaireA.id, input: { structureId: structureA.id, libelle: "MANDAT A" } });
    const message = await db.outboxMessage.findFirstOrThrow({ where: { to: gestionnaireA.loginEmail } });
    const token = /\/mandats\/signer\/([A-Za-z0-9_-]+)/.exec(message.text)![1];

    const notFound = { code: "NOT_FOUND" };
    await expect(listMandates({ userId: gestionnaireB.id, structureId: structureA.id, page: { number: 1, size: 5 } })).rejects.toMatchObject(notFound);
    await expect(listMandates({ userId: gestionnaireB.id, structureId: structureA.id })).rejects.toMatchObject(notFound);
    await expect(subscribeMandate({ userId: gestionnaireB.id, input: { structureId: structureA.id, libelle: "INTRUS" } })).rejects.toMatchObject(notFound);
    await expect(getMandateToSign({ userId: gestionnaireB.id, token })).rejects.toMatchObject(notFound);
    await expect(signMandate({ userId: gestionnaireB.id, token, conditionsAccepted: true })).rejects.toMatchObject(notFound);
    await expect(getMandate({ userId: gestionnaireB.id, structureId: structureA.id, mandateId: mandate.id })).rejects.toMatchObject(notFound);
    await expect(revokeMandate({ userId: gestionnaireB.id, structureId: structureA.id, mandateId: mandate.id })).rejects.toMatchObject(notFound);
    // Their own structure's id does not open A's mandate either.
    await expect(getMandate({ userId: gestionnaireB.id, structureId: structureB.id, mandateId: mandate.id })).rejects.toMatchObject(notFound);
    await expect(revokeMandate({ userId: gestionnaireB.id, structureId: structureB.id, mandateId: mandate.id })).rejects.toMatchObject(notFound);
    // Nor does the gate of invoice entry, which counts A's mandates.
    await expect(requireInvoiceEntry(db, gestionnaireB.id, structureA.id)).rejects.toMatchObject(notFound);
    await expect(getMandateWarning({ userId: gestionnaireB.id, structureId: structureA.id })).rejects.toMatchObject(notFound);

    expect(await db.mandate.findMany({ where: { structureId: structureA.id }, select: { libelle: true, status: true } })).toEqual([
      { libelle: "MANDAT A", status: "EN_COURS_DE_VALIDATION" },
    ]);
    expect(await db.event.count({ where: { userId: gestionnaireB.id } })).toBe(0);
  });

  it("stay out of reach of a former gestionnaire and of a pending rattachement", async () => {
    const gestionnaire = await createUser();
    const structure = await createStructure();
    await attach(gestionnaire.id, structure.id, { role: "GESTIONNAIRE_PRINCIPAL" });
    const mandate = await subscribeMandate({ userId: gestionnaire.id, input: { structureId: structure.id, libelle: "MANDAT A" } });
    const pending = await createUser();
    await attach(pending.id, structure.id, { role: "GESTIONNAIRE_SECONDAIRE", status: "EN_ATTENTE" });
    const former = await createUser();
    await attach(former.id, structure.id, { role: "GESTIONNAIRE_SECONDAIRE", status: "DESACTIVE" });

    for (const user of [pending, former]) {
      await expect(listMandates({ userId: user.id, structureId: structure.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(revokeMandate({ userId: user.id, structureId: structure.id, mandateId: mandate.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});
