// Sollicitations on a real PostgreSQL: a supplier asks the buyer about its rejected invoice (from "Poser une
// question", pre-filled), the buyer takes it in charge, asks for more, the supplier completes, the buyer marks it
// Traitée, the supplier closes it; each side's users hear of the other's moves (fil d'événements, e-mail in the
// outbox), the answer is a webhook delivery for the supplier's subscription; rights are Factures émises' (consultation
// reads, modification writes) and a stranger to the sollicitation finds nothing. And the support's desk.
import { beforeAll, describe, expect, it } from "vitest";
import {
  answerSollicitation,
  closeSollicitation,
  createSollicitation,
  getSollicitation,
  getSollicitationAttachment,
  getSollicitationForm,
  listSollicitations,
  replySollicitation,
  takeSollicitationInCharge,
} from "@/features/sollicitations/index.ts";
import { AppError } from "@/server/errors.ts";
import { db } from "@/server/db.ts";
import { attach, createPublicStructure, createUser, openEspace } from "../factories.ts";
import { buildSollicitationWorld, PDF, questionAbout, type SollicitationWorld } from "./world.ts";

let world: SollicitationWorld;
beforeAll(async () => {
  world = await buildSollicitationWorld();
}, 60_000);

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );
const emailOf = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { loginEmail: true } })).loginEmail;
const statusOf = async (id: string) => (await db.sollicitation.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe("a question about a rejected invoice", () => {
  it("is pre-filled from the invoice: linked, addressed to its recipient and service, objet « Facture n° … : Rejetée »", async () => {
    const form = await getSollicitationForm({ userId: world.supplier.principal.id, invoiceId: world.rejected.id });
    expect(form.structures.map((s) => s.id)).toEqual([world.supplier.structure.id]);
    expect(form.prefill).toMatchObject({
      category: "Suivi du traitement d'une facture",
      subCategory: "Facture rejetée",
      subject: `Facture n° ${world.rejected.invoiceNumber} : Rejetée`,
      authorStructureId: world.supplier.structure.id,
      invoice: { id: world.rejected.id },
      addressee: { id: world.buyer.structure.id, serviceId: world.buyer.service.id },
    });
    expect(await codeOf(getSollicitationForm({ userId: world.otherSupplier.principal.id, invoiceId: world.rejected.id }))).toBe("NOT_FOUND");
  });

  it("goes Déposée to the buyer, numbered, with its file, told to the buyer's agent (fil and e-mail)", async () => {
    const created = await createSollicitation({ userId: world.supplier.principal.id, input: questionAbout(world), files: [{ name: "facture.pdf", content: PDF }] });
    expect(created.number).toMatch(/^SOL\d{4}\d{9}$/);
    const stored = await db.sollicitation.findUniqueOrThrow({ where: { id: created.id }, include: { history: true, attachments: true } });
    expect(stored).toMatchObject({ status: "DEPOSEE", addresseeKind: "STRUCTURE", addresseeStructureId: world.buyer.structure.id, invoiceId: world.rejected.id });
    expect(stored.history.map((h) => h.status)).toEqual(["DEPOSEE"]);
    expect(stored.attachments).toMatchObject([{ fileName: "facture.pdf", mimeType: "application/pdf", size: PDF.length }]);

    const events = await db.event.findMany({ where: { userId: world.buyer.agent.id, type: "SOLLICITATION_NOUVELLE" } });
    expect(events).toMatchObject([{ espace: "SOLLICITATIONS_RECUES", link: `/sollicitations-recues/${created.id}` }]);
    expect(events[0].message).toContain(created.number);
    const mails = await db.outboxMessage.findMany({ where: { to: await emailOf(world.buyer.agent.id), subject: { contains: created.number } } });
    expect(mails).toHaveLength(1);
    // The other public structure's agent hears nothing.
    expect(await db.event.count({ where: { userId: world.otherBuyer.agent.id } })).toBe(0);

    // Both sides read it and its file; nobody else does.
    const attachmentId = stored.attachments[0].id;
    expect((await getSollicitationAttachment({ userId: world.buyer.agent.id, attachmentId })).fileName).toBe("facture.pdf");
    expect(await codeOf(getSollicitationAttachment({ userId: world.otherSupplier.principal.id, attachmentId }))).toBe("NOT_FOUND");
    expect(await codeOf(getSollicitationAttachment({ userId: world.admin.id, attachmentId }))).toBe("NOT_FOUND");
  });

  it("refuses a file whose content is of no allowed type, and more than 5 files", async () => {
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0xff, 0xff, 0x00, 0x00, 0xb8, 0x00]);
    await expect(createSollicitation({ userId: world.supplier.principal.id, input: questionAbout(world), files: [{ name: "devis.pdf", content: exe }] })).rejects.toMatchObject({
      code: "VALIDATION",
      field: "fichiers",
    });
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.pdf`, content: PDF }));
    await expect(createSollicitation({ userId: world.supplier.principal.id, input: questionAbout(world), files: six })).rejects.toThrow("au plus 5 fichiers");
  });

  it("moves through the statuses both sides give it, each side told of the other's moves, the answer a webhook", async () => {
    await db.webhookSubscription.create({
      data: { structureId: world.supplier.structure.id, url: "https://hooks.exemple.fr/chorus", events: ["SOLLICITATION_REPONDUE"], secretBox: "scelle" },
    });
    const { id } = await createSollicitation({ userId: world.supplier.principal.id, input: questionAbout(world) });
    const agent = world.buyer.agent.id;
    const supplier = world.supplier.principal.id;

    await takeSollicitationInCharge({ userId: agent, sollicitationId: id, viewpoint: "RECUES" });
    expect(await statusOf(id)).toBe("EN_COURS_TRAITEMENT");
    expect(await db.event.count({ where: { userId: supplier, type: "SOLLICITATION_PRISE_EN_CHARGE", link: `/sollicitations-emises/${id}` } })).toBe(1);
    await expect(takeSollicitationInCharge({ userId: agent, sollicitationId: id, viewpoint: "RECUES" })).rejects.toMatchObject({ code: "CONFLICT" });

    await answerSollicitation({ userId: agent, sollicitationId: id, viewpoint: "RECUES", input: { message: "Merci de joindre le bon de commande.", outcome: "COMPLEMENT_DEMANDE" } });
    expect(await statusOf(id)).toBe("COMPLEMENT_DEMANDE");
    await replySollicitation({ userId: supplier, sollicitationId: id, input: { message: "Le voici." }, files: [{ name: "bon.pdf", content: PDF }] });
    expect(await statusOf(id)).toBe("COMPLETEE");
    expect(await db.event.count({ where: { userId: agent, type: "SOLLICITATION_REPONSE", link: `/sollicitations-recues/${id}` } })).toBe(1);

    await answerSollicitation({ userId: agent, sollicitationId: id, viewpoint: "RECUES", input: { message: "Facture à redéposer avec le bon montant.", outcome: "TRAITEE" } });
    expect(await statusOf(id)).toBe("TRAITEE");
    const number = (await db.sollicitation.findUniqueOrThrow({ where: { id } })).number;
    expect(await db.outboxMessage.count({ where: { to: await emailOf(supplier), subject: { contains: `Sollicitation n° ${number} : réponse reçue` } } })).toBe(2);
    const deliveries = await db.webhookDelivery.findMany({ where: { subscription: { structureId: world.supplier.structure.id }, eventType: "SOLLICITATION_REPONDUE" } });
    expect(deliveries.filter((d) => (d.payload as { data: { idSollicitation: string } }).data.idSollicitation === id)).toHaveLength(2);
    expect(deliveries[0].payload).toMatchObject({ type: "sollicitation.repondue", data: { numeroSollicitation: expect.stringMatching(/^SOL/) } });

    await closeSollicitation({ userId: supplier, sollicitationId: id });
    await expect(replySollicitation({ userId: supplier, sollicitationId: id, input: { message: "Encore une chose." } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(answerSollicitation({ userId: agent, sollicitationId: id, viewpoint: "RECUES", input: { message: "…", outcome: "TRAITEE" } })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    const { sollicitation } = await getSollicitation({ userId: supplier, sollicitationId: id, viewpoint: "EMISES" });
    expect(sollicitation.history.map((h) => h.status)).toEqual(["DEPOSEE", "EN_COURS_TRAITEMENT", "COMPLEMENT_DEMANDE", "COMPLETEE", "TRAITEE", "CLOTUREE"]);
    expect(sollicitation.messages.map((m) => m.side)).toEqual(["DESTINATAIRE", "EMETTEUR", "DESTINATAIRE"]);
    expect(sollicitation.attachments.map((a) => a.fileName)).toEqual(["bon.pdf"]);
  });
});

describe("rights, as for invoices", () => {
  it("lets a reader (consultation) read but not write, and a stranger find nothing", async () => {
    const { id, number } = await createSollicitation({ userId: world.supplier.principal.id, input: questionAbout(world) });

    const read = await getSollicitation({ userId: world.reader.id, sollicitationId: id, viewpoint: "EMISES" });
    expect(read.mayModify).toBe(false);
    expect((await listSollicitations({ userId: world.reader.id, viewpoint: "EMISES", search: { numero: number } })).rows.map((r) => r.id)).toEqual([id]);
    await expect(createSollicitation({ userId: world.reader.id, input: questionAbout(world) })).rejects.toThrow(
      "Votre droit sur l'espace Sollicitations émises est la consultation : vous ne pouvez pas créer une sollicitation.",
    );
    expect(await codeOf(replySollicitation({ userId: world.reader.id, sollicitationId: id, input: { message: "x" } }))).toBe("FORBIDDEN");
    expect(await codeOf(closeSollicitation({ userId: world.reader.id, sollicitationId: id }))).toBe("FORBIDDEN");

    // Another supplier, another public structure, the supplier on the addressee's side: not found.
    expect(await codeOf(getSollicitation({ userId: world.otherSupplier.principal.id, sollicitationId: id, viewpoint: "EMISES" }))).toBe("NOT_FOUND");
    expect(await codeOf(closeSollicitation({ userId: world.otherSupplier.principal.id, sollicitationId: id }))).toBe("NOT_FOUND");
    expect(await codeOf(getSollicitation({ userId: world.otherBuyer.agent.id, sollicitationId: id, viewpoint: "RECUES" }))).toBe("NOT_FOUND");
    expect(await codeOf(answerSollicitation({ userId: world.otherBuyer.agent.id, sollicitationId: id, viewpoint: "RECUES", input: { message: "x", outcome: "TRAITEE" } }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(getSollicitation({ userId: world.supplier.principal.id, sollicitationId: id, viewpoint: "RECUES" }))).toBe("NOT_FOUND");
    expect(await codeOf(getSollicitation({ userId: world.admin.id, sollicitationId: id, viewpoint: "SUPPORT" }))).toBe("NOT_FOUND");
    expect((await listSollicitations({ userId: world.otherSupplier.principal.id, viewpoint: "EMISES" })).rows).toEqual([]);
    expect((await listSollicitations({ userId: world.otherBuyer.agent.id, viewpoint: "RECUES" })).rows).toEqual([]);
    // Nor may a stranger write for the supplier's structure, or link another structure's invoice.
    expect(await codeOf(createSollicitation({ userId: world.otherSupplier.principal.id, input: questionAbout(world) }))).toBe("NOT_FOUND");
    expect(
      await codeOf(createSollicitation({ userId: world.otherSupplier.principal.id, input: { ...questionAbout(world), authorStructureId: world.otherSupplier.structure.id } })),
    ).toBe("NOT_FOUND");
  });

  it("shows a structure opening Sollicitations reçues for one service only that service's sollicitations", async () => {
    const structure = await createPublicStructure({
      identifier: Array.from({ length: 14 }, () => Math.floor(Math.random() * 10)).join(""),
      raisonSociale: "ACHETEUR PAR SERVICE",
      services: [
        { code: "S1", libelle: "Service ouvert" },
        { code: "S2", libelle: "Service fermé" },
      ],
    });
    const [open, closed] = await db.service.findMany({ where: { structureId: structure.id }, orderBy: { code: "asc" } });
    await openEspace(structure.id, "SOLLICITATIONS_RECUES", open.id);
    const agent = await createUser();
    await attach(agent.id, structure.id, { espaces: ["SOLLICITATIONS_RECUES"] });
    const ask = (addresseeServiceId?: string) =>
      createSollicitation({ userId: world.supplier.principal.id, input: { ...questionAbout(world), invoiceId: undefined, addresseeStructureId: structure.id, addresseeServiceId } });
    const [toOpen, toClosed, toAll] = [await ask(open.id), await ask(closed.id), await ask()];

    expect((await listSollicitations({ userId: agent.id, viewpoint: "RECUES" })).rows.map((r) => r.id)).toEqual([toOpen.id]);
    expect((await getSollicitation({ userId: agent.id, sollicitationId: toOpen.id, viewpoint: "RECUES" })).mayModify).toBe(true);
    for (const other of [toClosed, toAll]) expect(await codeOf(getSollicitation({ userId: agent.id, sollicitationId: other.id, viewpoint: "RECUES" }))).toBe("NOT_FOUND");
    // And hears of that service's only.
    expect((await db.event.findMany({ where: { userId: agent.id }, select: { link: true } })).map((e) => e.link)).toEqual([`/sollicitations-recues/${toOpen.id}`]);
  });

  it("finds by status, catégorie, linked invoice number and dates", async () => {
    const userId = world.supplier.principal.id;
    const search = async (criteria: Parameters<typeof listSollicitations>[0]["search"]) => (await listSollicitations({ userId, viewpoint: "EMISES", search: criteria })).rows;
    expect((await search({ facture: world.rejected.invoiceNumber! })).length).toBeGreaterThan(0);
    expect(await search({ facture: "AUCUNE-FACTURE" })).toEqual([]);
    expect((await search({ statut: "CLOTUREE" })).every((row) => row.status === "CLOTUREE")).toBe(true);
    expect(await search({ categorie: "Mandat de facturation" })).toEqual([]);
    expect(await search({ au: "2020-01-01" })).toEqual([]);
    expect((await search({ du: "2020-01-01" })).length).toBeGreaterThan(0);
  });
});

describe("the support's desk", () => {
  it("receives what is addressed to the support: administrators only, who answer it", async () => {
    const { id } = await createSollicitation({
      userId: world.supplier.principal.id,
      input: { authorStructureId: world.supplier.structure.id, category: "Compte utilisateur et structures", subCategory: "Rattachement à une structure", subject: "Rattachement", message: "Comment me rattacher ?" },
    });
    expect((await db.sollicitation.findUniqueOrThrow({ where: { id } })).addresseeStructureId).toBeNull();
    expect(await db.event.count({ where: { userId: world.admin.id, type: "SOLLICITATION_NOUVELLE", link: `/administration/sollicitations/${id}` } })).toBe(1);
    expect((await listSollicitations({ userId: world.admin.id, viewpoint: "SUPPORT" })).rows.map((r) => r.id)).toContain(id);
    expect(await codeOf(listSollicitations({ userId: world.buyer.agent.id, viewpoint: "SUPPORT" }))).toBe("NOT_FOUND");
    expect(await codeOf(getSollicitation({ userId: world.buyer.agent.id, sollicitationId: id, viewpoint: "RECUES" }))).toBe("NOT_FOUND");
    await answerSollicitation({ userId: world.admin.id, sollicitationId: id, viewpoint: "SUPPORT", input: { message: "Depuis Mon compte.", outcome: "TRAITEE" } });
    expect(await statusOf(id)).toBe("TRAITEE");
    expect(await codeOf(answerSollicitation({ userId: world.buyer.agent.id, sollicitationId: id, viewpoint: "SUPPORT", input: { message: "x", outcome: "TRAITEE" } }))).toBe("NOT_FOUND");
  });
});
