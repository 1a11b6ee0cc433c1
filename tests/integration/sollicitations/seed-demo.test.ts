// The demo's sollicitation (prisma/seed/seed-demo-sollicitations.ts): CHORUS SOCIETE's user asks about its rejected
// invoice, the buyer's agent answers; loading it twice changes nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/server/db.ts";
import { DEMO_STRUCTURES } from "../../../prisma/seed/demo-data.ts";
import { seedDemoSollicitation } from "../../../prisma/seed/seed-demo-sollicitations.ts";
import { attach, createUser } from "../factories.ts";
import { insertInvoice } from "../support/insert-invoice.ts";
import { buildSollicitationWorld } from "./world.ts";

describe("the demo's sollicitation", () => {
  it("is asked by CHORUS SOCIETE about its rejected invoice and answered by the buyer, once", async () => {
    const world = await buildSollicitationWorld();
    const supplier = await db.structure.update({ where: { id: world.supplier.structure.id }, data: { identifier: "FRCHORUSSOCIETE" } });
    const email = DEMO_STRUCTURES.find((s) => s.identifier === "FRCHORUSSOCIETE")!.gestionnaire!.email;
    const user = await createUser({ email });
    await attach(user.id, supplier.id, { role: "GESTIONNAIRE_PRINCIPAL" });
    const rejected = await insertInvoice(
      { structure: supplier, principal: user },
      { number: "DEMO-REJET-1", status: "REJETEE", sentAt: new Date("2026-03-02T10:00:00Z"), totalGross: "120.00", recipientStructureId: world.buyer.structure.id, motif: "Montant erroné" },
    );

    const first = await seedDemoSollicitation({ invoiceId: rejected.id });
    expect(first).toMatchObject({ created: true, answered: true, number: expect.stringMatching(/^SOL/) });
    const stored = await db.sollicitation.findUniqueOrThrow({ where: { id: first!.sollicitationId }, include: { messages: true } });
    expect(stored).toMatchObject({ authorId: user.id, subject: "Facture n° DEMO-REJET-1 : Rejetée", status: "TRAITEE", addresseeStructureId: world.buyer.structure.id });
    expect(stored.messages.map((m) => [m.side, m.authorId])).toEqual([["DESTINATAIRE", world.buyer.agent.id]]);

    expect(await seedDemoSollicitation({ invoiceId: rejected.id })).toEqual({ ...first, created: false, answered: false });
    expect(await db.sollicitation.count({ where: { invoiceId: rejected.id } })).toBe(1);
    expect(await db.sollicitationMessage.count({ where: { sollicitationId: first!.sollicitationId } })).toBe(1);
  }, 90_000);
});
