// The invoice's life after "Valider et envoyer": the platform routes it (job queue) to its recipient or back À
// recycler; the recipient's staff process it (motifs, history, the supplier told by e-mail and in their fil); illegal
// moves and missing motifs are refused; nobody moves or sees another structure's invoice; of two actions at once
// exactly one wins; a selection moves what it can.
import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createDepositFlux } from "@/features/invoices/batch/use-cases/create-deposit-flux.ts";
import { depositFluxJobHandlers } from "@/features/invoices/batch/index.ts";
import { INVOICE_ROUTING_QUEUE } from "@/features/invoices/lifecycle/data/routing-queue.ts";
import { changeInvoiceStatus, changeInvoicesStatus, moveInvoiceAsPlatform, routeInvoice, routingJobHandlers } from "@/features/invoices/lifecycle/index.ts";
import type { InvoiceFormInput } from "@/features/invoices/common/schemas.ts";
import { getReceivedInvoice } from "@/features/invoices/received/index.ts";
import { getInvoice } from "@/features/invoices/entry/use-cases/get-invoice.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import { db } from "@/server/db.ts";
import { runDueJobs } from "@/server/jobs/run-jobs.ts";
import { sampleInvoiceXml, type SampleParties } from "../../../../scripts/lib/sample-einvoices.ts";
import { createInvoiceRecipients, createInvoiceSupplier, createPublicStructure, createRecipientAgent, invoiceFormTo } from "../../factories.ts";

const MOTIF = "Montant de la facture erroné";

/** A public structure of its own (so that breaking it breaks no other test), engagement of 5 or 6 digits on COLLEGE. */
async function createRecipient() {
  const structure = await createPublicStructure({
    identifier: String(randomInt(10 ** 13, 10 ** 14)),
    raisonSociale: `COMMUNE ${randomInt(1000, 9999)}`,
    serviceObligatoire: true,
    services: [{ code: "COLLEGE", libelle: "Collèges", engagementObligatoire: true }],
  });
  await db.structure.update({ where: { id: structure.id }, data: { engagementCharset: "CHIFFRES", engagementMinLength: 5, engagementMaxLength: 6 } });
  const service = await db.service.findFirstOrThrow({ where: { structureId: structure.id } });
  return { structure, service, agent: await createRecipientAgent(structure.id) };
}

async function setUp() {
  const supplier = await createInvoiceSupplier();
  const recipient = await createRecipient();
  const send = async (overrides: Partial<InvoiceFormInput> = {}) =>
    (await sendInvoice({ userId: supplier.principal.id, input: invoiceFormTo(supplier.structure.id, { structureId: recipient.structure.id, serviceId: recipient.service.id }, overrides) })).invoiceId;
  /** Sent and routed: MISE_A_DISPOSITION. */
  const deliver = async () => {
    const invoiceId = await send();
    expect(await routeInvoice({ invoiceId })).toBe("MISE_A_DISPOSITION");
    return invoiceId;
  };
  return { supplier, supplierUser: supplier.principal, ...recipient, send, deliver };
}

const statusOf = async (invoiceId: string) => (await db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { status: true } })).status;
const historyOf = (invoiceId: string) => db.invoiceHistory.findMany({ where: { invoiceId }, orderBy: { createdAt: "asc" } });
const mailsTo = (to: string) => db.outboxMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
const routeAll = () => runDueJobs(routingJobHandlers);

describe("routing by the platform", () => {
  it("routes seed 004's invoice to DEP COTES-D'ARMOR through the job queue: En cours d'acheminement, then Mise à disposition", async () => {
    const supplier = await createInvoiceSupplier();
    const { cotesDArmor, cotesDArmorService } = await createInvoiceRecipients();
    const agent = await createRecipientAgent(cotesDArmor.id);
    const form = invoiceFormTo(supplier.structure.id, { structureId: cotesDArmor.id, serviceId: cotesDArmorService.id });
    const { invoiceId } = await sendInvoice({ userId: supplier.principal.id, input: form });
    expect(await db.job.count({ where: { queue: INVOICE_ROUTING_QUEUE, payload: { equals: { invoiceId } }, status: "PENDING" } })).toBe(1);
    expect(await statusOf(invoiceId)).toBe("DEPOSEE");

    expect((await routeAll()).done).toBeGreaterThanOrEqual(1);
    expect(await statusOf(invoiceId)).toBe("MISE_A_DISPOSITION");
    const history = await historyOf(invoiceId);
    expect(history.map((row) => [row.status, row.actorId])).toEqual([
      ["DEPOSEE", supplier.principal.id],
      ["EN_COURS_ACHEMINEMENT", null],
      ["MISE_A_DISPOSITION", null],
    ]);
    expect(history[2].createdAt.getTime()).toBeGreaterThan(history[1].createdAt.getTime());

    // The supplier hears of the arrival (not of the seconds on the way); the recipient's agent sees it in their fil.
    const mails = await mailsTo(supplier.principal.loginEmail);
    expect(mails.map((mail) => mail.subject)).toEqual([expect.stringContaining(`Facture n° ${form.invoiceNumber} : Mise à disposition du destinataire`)]);
    expect(await db.event.findMany({ where: { userId: agent.id }, select: { espace: true, type: true, link: true } })).toEqual([
      { espace: "FACTURES_RECUES", type: "FACTURE_RECUE", link: `/factures-recues/${invoiceId}` },
    ]);
    expect(await db.event.count({ where: { userId: supplier.principal.id, type: "FACTURE_MISE_A_DISPOSITION", espace: "FACTURES_EMISES" } })).toBe(1);

    // Idempotent: the job again, or a stray routing, changes nothing.
    await runDueJobs(routingJobHandlers);
    expect(await routeInvoice({ invoiceId })).toBe("MISE_A_DISPOSITION");
    expect(await historyOf(invoiceId)).toHaveLength(3);
    expect(await db.job.findFirst({ where: { queue: INVOICE_ROUTING_QUEUE, payload: { equals: { invoiceId } } }, select: { status: true } })).toEqual({ status: "DONE" });
  });

  it("routes each invoice a flux accepted, one job each, enqueued with the invoices", async () => {
    const supplier = await createInvoiceSupplier();
    const { brest } = await createInvoiceRecipients();
    const agent = await createRecipientAgent(brest.id);
    const parties: SampleParties = {
      seller: { name: supplier.structure.raisonSociale, identifier: supplier.structure.identifier, vatId: "FR32123456789" },
      buyer: { name: brest.raisonSociale, siret: brest.identifier, serviceCode: "FACTURES" },
      engagement: (i) => `BM${i}`,
    };
    const files = [1, 2, 3].map((i) => ({ name: `facture-${i}.xml`, bytes: new TextEncoder().encode(sampleInvoiceXml(i, parties)) }));
    const flux = await createDepositFlux({ userId: supplier.principal.id, input: { supplierStructureId: supplier.structure.id, cadre: "A1", files } });
    await runDueJobs(depositFluxJobHandlers);
    const invoices = await db.invoice.findMany({ where: { depositFluxId: flux.fluxId }, select: { id: true, status: true } });
    expect(invoices.map((invoice) => invoice.status)).toEqual(["DEPOSEE", "DEPOSEE", "DEPOSEE"]);
    expect(await db.job.count({ where: { queue: INVOICE_ROUTING_QUEUE, status: "PENDING", OR: invoices.map(({ id }) => ({ payload: { equals: { invoiceId: id } } })) } })).toBe(3);

    await routeAll();
    expect(await db.invoice.findMany({ where: { depositFluxId: flux.fluxId }, select: { status: true } })).toEqual(invoices.map(() => ({ status: "MISE_A_DISPOSITION" })));
    expect(await db.event.count({ where: { userId: agent.id, type: "FACTURE_RECUE" } })).toBe(3);
  });

  it("sends an invoice back À recycler when its service was closed meanwhile, with the reason; recycled, it is routed again", async () => {
    const { supplierUser, service, send, agent } = await setUp();
    const invoiceId = await send();
    await db.service.update({ where: { id: service.id }, data: { actif: false } });
    await routeAll();
    expect(await statusOf(invoiceId)).toBe("A_RECYCLER");
    // Never made available: the recipient never received it, and does not see it.
    await expect(getReceivedInvoice({ userId: agent.id, invoiceId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const last = (await historyOf(invoiceId)).at(-1)!;
    expect(last).toMatchObject({ status: "A_RECYCLER", actorId: null, motif: "Acheminement impossible : Ce service n'appartient pas au destinataire ou n'est plus actif." });
    const mail = (await mailsTo(supplierUser.loginEmail)).at(-1)!;
    expect(mail.subject).toContain(": À recycler");
    expect(mail.text).toContain("Motif : Acheminement impossible : Ce service n'appartient pas au destinataire ou n'est plus actif.");

    // The supplier recycles it (service open again): a new routing job, although the first one's row remains.
    await db.service.update({ where: { id: service.id }, data: { actif: true } });
    await expect(changeInvoiceStatus({ userId: supplierUser.id, invoiceId, action: "RECYCLER" })).resolves.toEqual({ invoiceId, status: "DEPOSEE" });
    expect(await db.job.count({ where: { queue: INVOICE_ROUTING_QUEUE, payload: { equals: { invoiceId } } } })).toBe(2);
    await routeAll();
    expect(await statusOf(invoiceId)).toBe("MISE_A_DISPOSITION");
    await expect(getReceivedInvoice({ userId: agent.id, invoiceId })).resolves.toMatchObject({ id: invoiceId });
  });

  it("sends it back when the recipient left the directory, or its engagement rule changed", async () => {
    const a = await setUp();
    const gone = await a.send();
    await db.structure.update({ where: { id: a.structure.id }, data: { status: "INACTIF" } });
    expect(await routeInvoice({ invoiceId: gone })).toBe("A_RECYCLER");
    expect((await historyOf(gone)).at(-1)!.motif).toBe("Acheminement impossible : Le destinataire n'est plus une structure publique active de l'annuaire.");

    const b = await setUp();
    const invoiceId = await b.send({ engagementNumber: "91821" });
    await db.structure.update({ where: { id: b.structure.id }, data: { engagementCharset: "CHIFFRES", engagementMinLength: 8, engagementMaxLength: 8, engagementPrefix: "EJ" } });
    expect(await routeInvoice({ invoiceId })).toBe("A_RECYCLER");
    expect((await historyOf(invoiceId)).at(-1)!.motif).toBe("Acheminement impossible : Le numéro d'engagement doit comporter « EJ » suivi de 8 chiffres.");
  });

  it("lets the platform take only its own moves", async () => {
    const { deliver } = await setUp();
    const invoiceId = await deliver();
    await expect(db.$transaction((tx) => moveInvoiceAsPlatform(tx, invoiceId, "ACHEMINER"))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(db.$transaction((tx) => moveInvoiceAsPlatform(tx, invoiceId, "SERVICE_FAIT"))).rejects.toMatchObject({
      code: "CONFLICT",
      message: "L'action « Service fait » est réservée au destinataire de la facture.",
    });
  });
});

describe("the recipient's processing", () => {
  it("rejects with a motif of seed 004: history row, the supplier's e-mail and event", async () => {
    const { supplier, supplierUser, structure, agent, deliver } = await setUp();
    const invoiceId = await deliver();
    const number = (await db.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).sentNumber!;
    const now = new Date();
    await expect(changeInvoiceStatus({ userId: agent.id, invoiceId, action: "REJETER", motif: MOTIF, comment: "Le prix unitaire n'est pas celui du marché.", now })).resolves.toEqual({
      invoiceId,
      status: "REJETEE",
    });

    const invoice = await db.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    expect(invoice).toMatchObject({ status: "REJETEE", statusChangedAt: now });
    expect((await historyOf(invoiceId)).at(-1)).toMatchObject({
      status: "REJETEE",
      actorId: agent.id,
      actorStructureId: structure.id,
      motif: MOTIF,
      comment: "Le prix unitaire n'est pas celui du marché.",
      createdAt: now,
    });
    const mail = (await mailsTo(supplierUser.loginEmail)).at(-1)!;
    expect(mail.subject).toContain(`Facture n° ${number} : Rejetée`);
    expect(mail.text).toContain(`adressée à ${structure.raisonSociale}`);
    expect(mail.text).toContain(`Motif : ${MOTIF}`);
    expect(mail.text).toContain("Commentaire : Le prix unitaire n'est pas celui du marché.");
    expect(mail.text).toContain(`/factures-emises/${invoiceId}`);
    expect(mail.html).toContain("Montant de la facture erron");
    expect(await db.event.findFirst({ where: { userId: supplierUser.id, type: "FACTURE_REJETEE" }, select: { espace: true, structureId: true, message: true, link: true } })).toEqual({
      espace: "FACTURES_EMISES",
      structureId: supplier.structure.id,
      message: `Facture n° ${number} pour ${structure.raisonSociale} : Rejetée (motif : ${MOTIF}).`,
      link: `/factures-emises/${invoiceId}`,
    });

    // Final: nothing moves it any more.
    await expect(changeInvoiceStatus({ userId: agent.id, invoiceId, action: "SERVICE_FAIT" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "La facture est à l'état « Rejetée » : son traitement est terminé, elle ne change plus d'état.",
    });
  });

  it("goes Service fait → Mandatée → Comptabilisée → Mise en paiement, each change in the history and told to the supplier", async () => {
    const { supplierUser, agent, deliver } = await setUp();
    const invoiceId = await deliver();
    const mailsBefore = (await mailsTo(supplierUser.loginEmail)).length;
    for (const [action, status] of [
      ["SERVICE_FAIT", "SERVICE_FAIT"],
      ["MANDATER", "MANDATEE"],
      ["COMPTABILISER", "COMPTABILISEE"],
      ["METTRE_EN_PAIEMENT", "MISE_EN_PAIEMENT"],
    ] as const) {
      await expect(changeInvoiceStatus({ userId: agent.id, invoiceId, action })).resolves.toEqual({ invoiceId, status });
    }
    expect((await historyOf(invoiceId)).map((row) => row.status)).toEqual([
      "DEPOSEE",
      "EN_COURS_ACHEMINEMENT",
      "MISE_A_DISPOSITION",
      "SERVICE_FAIT",
      "MANDATEE",
      "COMPTABILISEE",
      "MISE_EN_PAIEMENT",
    ]);
    expect((await mailsTo(supplierUser.loginEmail)).slice(mailsBefore).map((mail) => mail.subject.replace(/^.*Facture n° \S+ : /, ""))).toEqual([
      "Service fait",
      "Mandatée",
      "Comptabilisée",
      "Mise en paiement",
    ]);
    await expect(changeInvoiceStatus({ userId: agent.id, invoiceId, action: "REJETER", motif: MOTIF })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("suspends with a motif; the supplier completes it and it is back with the recipient", async () => {
    const { supplierUser, agent, deliver } = await setUp();
    const invoiceId = await deliver();
    await changeInvoiceStatus({ userId: agent.id, invoiceId, action: "SUSPENDRE", motif: "Bon de livraison manquant" });
    expect((await mailsTo(supplierUser.loginEmail)).at(-1)!.text).toContain("Complétez-la depuis « Factures émises »");
    // Suspended, it waits for the supplier: the recipient may only reject it meanwhile.
    await expect(changeInvoiceStatus({ userId: agent.id, invoiceId, action: "SERVICE_FAIT" })).rejects.toMatchObject({ code: "CONFLICT" });

    const mailsBefore = (await mailsTo(supplierUser.loginEmail)).length;
    await expect(changeInvoiceStatus({ userId: supplierUser.id, invoiceId, action: "COMPLETER", comment: "Bon de livraison joint." })).resolves.toEqual({ invoiceId, status: "COMPLETEE" });
    expect(await mailsTo(supplierUser.loginEmail)).toHaveLength(mailsBefore);
    expect(await db.event.findFirst({ where: { userId: agent.id, type: "FACTURE_COMPLETEE" }, select: { espace: true, link: true } })).toEqual({
      espace: "FACTURES_RECUES",
      link: `/factures-recues/${invoiceId}`,
    });
    await expect(changeInvoiceStatus({ userId: agent.id, invoiceId, action: "SERVICE_FAIT" })).resolves.toMatchObject({ status: "SERVICE_FAIT" });
  });

  it("refuses illegal moves with a French message, and changes nothing", async () => {
    const { agent, deliver } = await setUp();
    const invoiceId = await deliver();
    await expect(changeInvoiceStatus({ userId: agent.id, invoiceId, action: "METTRE_EN_PAIEMENT" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "L'action « Mise en paiement » n'est pas possible sur une facture à l'état « Mise à disposition du destinataire » : elle demande l'état « Comptabilisée ».",
    });
    expect(await statusOf(invoiceId)).toBe("MISE_A_DISPOSITION");
    expect(await historyOf(invoiceId)).toHaveLength(3);
  });

  it("requires a motif to suspend, send back or reject (the list's, for a rejection)", async () => {
    const { supplierUser, agent, deliver } = await setUp();
    const invoiceId = await deliver();
    await expect(changeInvoiceStatus({ userId: agent.id, invoiceId, action: "SUSPENDRE", comment: "sans motif" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { motif: "Indiquez le motif de la suspension." },
    });
    await expect(changeInvoiceStatus({ userId: agent.id, invoiceId, action: "A_RECYCLER", motif: "  " })).rejects.toMatchObject({ fieldErrors: { motif: "Indiquez le motif du recyclage." } });
    await expect(changeInvoiceStatus({ userId: agent.id, invoiceId, action: "REJETER", motif: "Pas envie" })).rejects.toMatchObject({
      fieldErrors: { motif: "Choisissez le motif de rejet dans la liste." },
    });
    expect(await statusOf(invoiceId)).toBe("MISE_A_DISPOSITION");
    expect(await historyOf(invoiceId)).toHaveLength(3);
    expect((await mailsTo(supplierUser.loginEmail)).map((mail) => mail.subject)).toEqual([expect.stringContaining("Mise à disposition du destinataire")]);
  });
});

describe("isolation", () => {
  it("another structure's user, supplier or public, can neither move nor see the invoice: NOT_FOUND", async () => {
    const a = await setUp();
    const b = await setUp();
    const invoiceId = await a.deliver();

    // B's recipient agent: neither the action nor the page.
    await expect(changeInvoiceStatus({ userId: b.agent.id, invoiceId, action: "REJETER", motif: MOTIF })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getReceivedInvoice({ userId: b.agent.id, invoiceId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // B's supplier: neither a supplier's action, nor a recipient's, nor the page.
    await expect(changeInvoiceStatus({ userId: b.supplierUser.id, invoiceId, action: "RECYCLER" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(changeInvoiceStatus({ userId: b.supplierUser.id, invoiceId, action: "SERVICE_FAIT" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getInvoice({ userId: b.supplierUser.id, invoiceId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // No such invoice, or not an id: the same answer.
    await expect(changeInvoiceStatus({ userId: a.agent.id, invoiceId: "00000000-0000-4000-8000-000000000000", action: "SERVICE_FAIT" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(changeInvoiceStatus({ userId: a.agent.id, invoiceId: "pas-un-identifiant", action: "SERVICE_FAIT" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Its own parties, from the wrong side: FORBIDDEN, with the side the action belongs to.
    await expect(changeInvoiceStatus({ userId: a.supplierUser.id, invoiceId, action: "SERVICE_FAIT" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "L'action « Service fait » est réservée au destinataire de la facture.",
    });
    await expect(changeInvoiceStatus({ userId: a.agent.id, invoiceId, action: "METTRE_A_DISPOSITION" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await statusOf(invoiceId)).toBe("MISE_A_DISPOSITION");
  });

  it("keeps an agent to the services their rattachement names", async () => {
    const { structure, deliver } = await setUp();
    const otherService = await db.service.create({ data: { structureId: structure.id, code: "LYCEE", libelle: "Lycées" } });
    const lyceeAgent = await createRecipientAgent(structure.id, { serviceIds: [otherService.id] });
    const invoiceId = await deliver();
    await expect(changeInvoiceStatus({ userId: lyceeAgent.id, invoiceId, action: "SERVICE_FAIT" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.event.count({ where: { userId: lyceeAgent.id } })).toBe(0);
  });
});

describe("concurrency", () => {
  it("of two actions at once on one invoice, exactly one wins; the other is refused and nothing is lost", async () => {
    const { structure, agent, deliver } = await setUp();
    const colleague = await createRecipientAgent(structure.id);
    for (let round = 0; round < 3; round++) {
      const invoiceId = await deliver();
      const outcomes = await Promise.allSettled([
        changeInvoiceStatus({ userId: agent.id, invoiceId, action: "REJETER", motif: MOTIF }),
        // Either order, the second move is illegal (a rejected invoice is not mandated, a mandated one not rejected).
        changeInvoiceStatus({ userId: colleague.id, invoiceId, action: "MANDATER" }),
      ]);
      const won = outcomes.filter((outcome) => outcome.status === "fulfilled");
      const lost = outcomes.filter((outcome) => outcome.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
      const winner = (won[0] as PromiseFulfilledResult<{ status: string }>).value.status;
      expect(await statusOf(invoiceId)).toBe(winner);
      const afterDelivery = (await historyOf(invoiceId)).slice(3);
      expect(afterDelivery.map((row) => row.status)).toEqual([winner]);
    }
  });

  it("the same action twice at once moves the invoice once", async () => {
    const { agent, deliver } = await setUp();
    const invoiceId = await deliver();
    const outcomes = await Promise.allSettled([changeInvoiceStatus({ userId: agent.id, invoiceId, action: "SERVICE_FAIT" }), changeInvoiceStatus({ userId: agent.id, invoiceId, action: "SERVICE_FAIT" })]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.invoiceHistory.count({ where: { invoiceId, status: "SERVICE_FAIT" } })).toBe(1);
  });
});

describe("several invoices at once", () => {
  it("moves those it can and refuses the others, each with its reason", async () => {
    const a = await setUp();
    const b = await setUp();
    const first = await a.deliver();
    const second = await a.deliver();
    const rejected = await a.deliver();
    await changeInvoiceStatus({ userId: a.agent.id, invoiceId: rejected, action: "REJETER", motif: MOTIF });
    const elsewhere = await b.deliver();

    const result = await changeInvoicesStatus({ userId: a.agent.id, invoiceIds: [first, rejected, second, elsewhere, first], action: "SERVICE_FAIT" });
    expect(result).toEqual({
      changed: [first, second],
      refused: [
        { invoiceId: rejected, message: "La facture est à l'état « Rejetée » : son traitement est terminé, elle ne change plus d'état." },
        { invoiceId: elsewhere, message: "Facture introuvable." },
      ],
    });
    expect(await statusOf(first)).toBe("SERVICE_FAIT");
    expect(await statusOf(second)).toBe("SERVICE_FAIT");
    expect(await statusOf(elsewhere)).toBe("MISE_A_DISPOSITION");
  });

  it("refuses the whole selection when the motif is missing", async () => {
    const { agent, deliver } = await setUp();
    const invoiceId = await deliver();
    await expect(changeInvoicesStatus({ userId: agent.id, invoiceIds: [invoiceId], action: "REJETER" })).rejects.toMatchObject({ fieldErrors: { motif: "Choisissez le motif de rejet dans la liste." } });
    expect(await statusOf(invoiceId)).toBe("MISE_A_DISPOSITION");
  });
});
