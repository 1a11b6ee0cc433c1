// The A9 / A12 validation circuit on a real database: an invoice of a sous-traitant or cotraitant goes to the holder of
// the contract first (À valider, with a deadline, the holder told), who validates it (then it is routed to its
// recipient) or refuses it (final); without an answer in time the platform validates it itself; nobody else sees it.
import { describe, expect, it } from "vitest";
import type { InvoiceFormInput } from "@/features/invoices/common/schemas.ts";
import { INVOICE_ROUTING_QUEUE } from "@/features/invoices/lifecycle/data/routing-queue.ts";
import { routingJobHandlers } from "@/features/invoices/lifecycle/index.ts";
import { changeInvoiceStatus } from "@/features/invoices/lifecycle/use-cases/change-invoice-status.ts";
import { getInvoice } from "@/features/invoices/entry/use-cases/get-invoice.ts";
import { saveInvoiceDraft } from "@/features/invoices/entry/use-cases/save-invoice-draft.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import { AUTO_VALIDATION_QUEUE } from "@/features/invoices/validation/rules/auto-validation-schedule.ts";
import {
  autoValidateOverdueInvoices,
  autoValidationJobHandlers,
  getInvoiceToValidate,
  getInvoiceToValidatePreview,
  listInvoicesToValidate,
  refuseInvoice,
  runAutoValidationJob,
  scheduleAutoValidation,
  searchContractHolders,
  validateInvoice,
} from "@/features/invoices/validation/index.ts";
import { db } from "@/server/db.ts";
import { runDueJobs } from "@/server/jobs/run-jobs.ts";
import { attach, createInvoiceRecipients, createInvoiceSupplier, createManagedStructure, createPublicStructure, createUser } from "../../factories.ts";

const HOLDER_MESSAGE = "Choisissez le titulaire (A9) ou le mandataire (A12) du marché.";
const DAY_MS = 24 * 60 * 60 * 1000;
const handlers = { ...routingJobHandlers, ...autoValidationJobHandlers };

/** A sous-traitant (supplier), the titulaire of its contract (holder), DEP COTES-D'ARMOR as recipient. */
async function setUp() {
  const supplier = await createInvoiceSupplier();
  const { cotesDArmor, cotesDArmorService } = await createInvoiceRecipients();
  const holder = await createManagedStructure({ espaces: ["FACTURES_EMISES", "FACTURES_A_VALIDER"] });
  const form = (overrides: Partial<InvoiceFormInput> = {}): InvoiceFormInput => ({
    supplierStructureId: supplier.structure.id,
    recipientStructureId: cotesDArmor.id,
    recipientServiceId: cotesDArmorService.id,
    cadre: "A9",
    validatorStructureId: holder.structure.id,
    type: "FACTURE",
    vatRegime: "DEBITS",
    paymentMode: "VIREMENT",
    engagementNumber: "91821",
    invoiceNumber: `ST-${Math.random().toString(36).slice(2, 10)}`,
    invoiceDate: "2026-03-02",
    lines: [{ denomination: "Pose de cloisons", quantity: "2", unit: "HUR", unitPriceNet: "150", vatRate: "20" }],
    ...overrides,
  });
  const send = (overrides: Partial<InvoiceFormInput> = {}, now?: Date) => sendInvoice({ userId: supplier.principal.id, input: form(overrides), now });
  return { supplier, holder, cotesDArmor, form, send };
}

const statusOf = async (invoiceId: string) => (await db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { status: true } })).status;
const historyOf = (invoiceId: string) =>
  db.invoiceHistory.findMany({ where: { invoiceId }, orderBy: { createdAt: "asc" }, select: { status: true, actorId: true, actorStructureId: true, motif: true, comment: true } });

describe("sending an A9 / A12 invoice", () => {
  it("puts it À valider until sent + 15 days, tells the holder's users, and does not route it", async () => {
    const { supplier, holder, send } = await setUp();
    const simpleUser = await createUser();
    await attach(simpleUser.id, holder.structure.id); // no espace "Factures à valider" given
    const sentAt = new Date();
    const { invoiceId, number } = await send({}, sentAt);

    const invoice = await db.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    expect(invoice).toMatchObject({ status: "A_VALIDER_1", validatorStructureId: holder.structure.id, sentNumber: number });
    expect(invoice.validationDeadline?.getTime()).toBe(sentAt.getTime() + 15 * DAY_MS);
    expect(await historyOf(invoiceId)).toEqual([{ status: "A_VALIDER_1", actorId: supplier.principal.id, actorStructureId: supplier.structure.id, motif: null, comment: null }]);

    const events = await db.event.findMany({ where: { type: "FACTURE_A_VALIDER", link: { contains: invoiceId } }, select: { userId: true, espace: true } });
    expect(events).toEqual(expect.arrayContaining([{ userId: holder.principal.id, espace: "FACTURES_A_VALIDER" }, { userId: supplier.principal.id, espace: "FACTURES_EMISES" }]));
    expect(events.some((event) => event.userId === simpleUser.id)).toBe(false);
    const mails = await db.outboxMessage.findMany({ where: { subject: { contains: `n° ${number} à valider` } } });
    expect(mails.map((mail) => mail.to)).toEqual([holder.principal.loginEmail]);
    expect(mails[0].text).toContain(`/factures-a-valider/${invoiceId}`);
    expect(mails[0].text).toContain("En tant que titulaire du marché");

    await runDueJobs(handlers);
    expect(await statusOf(invoiceId)).toBe("A_VALIDER_1");
  });

  it("refuses an A9 invoice without its holder, or with a holder that cannot be one, and writes nothing", async () => {
    const { supplier, cotesDArmor, send } = await setUp();
    const before = await db.invoice.count();
    await expect(send({ validatorStructureId: "" })).rejects.toMatchObject({ fieldErrors: { validatorStructureId: HOLDER_MESSAGE } });
    await expect(send({ cadre: "A12", validatorStructureId: undefined })).rejects.toMatchObject({ fieldErrors: { validatorStructureId: HOLDER_MESSAGE } });
    await expect(send({ validatorStructureId: supplier.structure.id })).rejects.toMatchObject({
      fieldErrors: { validatorStructureId: "Le titulaire ou le mandataire du marché est une autre structure que la vôtre." },
    });
    await expect(send({ validatorStructureId: cotesDArmor.id })).rejects.toMatchObject({
      fieldErrors: { validatorStructureId: "Ce titulaire ou mandataire n'est pas une structure privée active : choisissez-en un avec la recherche." },
    });
    expect(await db.invoice.count()).toBe(before);
  });

  it("keeps the holder of a draft, forgets it when the cadre is no longer A9 / A12, and an A1 invoice is not held", async () => {
    const { supplier, holder, form, send } = await setUp();
    const draft = await saveInvoiceDraft({ userId: supplier.principal.id, input: form() });
    expect((await getInvoice({ userId: supplier.principal.id, invoiceId: draft.invoiceId })).form.validatorStructureId).toBe(holder.structure.id);
    await saveInvoiceDraft({ userId: supplier.principal.id, input: form({ invoiceId: draft.invoiceId, cadre: "A1" }) });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: draft.invoiceId } })).validatorStructureId).toBeNull();

    const { invoiceId } = await send({ cadre: "A1" });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { status: true, validatorStructureId: true, validationDeadline: true } })).toEqual({
      status: "DEPOSEE",
      validatorStructureId: null,
      validationDeadline: null,
    });
  });
});

describe("the holder's decision", () => {
  it("« Valider »: VALIDEE_1 by the holder, then routed to the recipient by the job queue", async () => {
    const { supplier, holder, send } = await setUp();
    const { invoiceId } = await send();
    expect(await validateInvoice({ userId: holder.principal.id, invoiceId, input: { comment: "Travaux conformes" } })).toEqual({ invoiceId, status: "VALIDEE_1" });
    expect(await statusOf(invoiceId)).toBe("VALIDEE_1");

    await runDueJobs(handlers);
    expect(await statusOf(invoiceId)).toBe("MISE_A_DISPOSITION");
    const history = await historyOf(invoiceId);
    expect(history.map((row) => row.status)).toEqual(["A_VALIDER_1", "VALIDEE_1", "EN_COURS_ACHEMINEMENT", "MISE_A_DISPOSITION"]);
    expect(history[1]).toMatchObject({ actorId: holder.principal.id, actorStructureId: holder.structure.id, comment: "Travaux conformes" });
    // The supplier is told of the validation.
    expect(await db.outboxMessage.count({ where: { to: supplier.principal.loginEmail, text: { contains: invoiceId } } })).toBeGreaterThan(0);

    const list = await listInvoicesToValidate({ userId: holder.principal.id, filters: { etat: "validees" } });
    expect(list.invoices.map((row) => [row.id, row.status])).toEqual([[invoiceId, "MISE_A_DISPOSITION"]]);
    expect((await getInvoiceToValidate({ userId: holder.principal.id, invoiceId })).actions).toEqual([]);
  });

  it("« Refuser »: a motif is required; REFUSEE_1 is final and never routed", async () => {
    const { holder, send } = await setUp();
    const { invoiceId } = await send();
    await expect(refuseInvoice({ userId: holder.principal.id, invoiceId, input: {} })).rejects.toMatchObject({ fieldErrors: { motif: expect.any(String) } });
    expect(await statusOf(invoiceId)).toBe("A_VALIDER_1");

    expect(await refuseInvoice({ userId: holder.principal.id, invoiceId, input: { motif: "Prestation non réalisée", comment: "Chantier non commencé" } })).toEqual({ invoiceId, status: "REFUSEE_1" });
    await runDueJobs(handlers);
    expect(await statusOf(invoiceId)).toBe("REFUSEE_1");
    expect((await historyOf(invoiceId)).at(-1)).toMatchObject({ status: "REFUSEE_1", actorId: holder.principal.id, motif: "Prestation non réalisée", comment: "Chantier non commencé" });
    await expect(validateInvoice({ userId: holder.principal.id, invoiceId })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await listInvoicesToValidate({ userId: holder.principal.id, filters: { etat: "refusees" } })).invoices.map((row) => row.id)).toEqual([invoiceId]);
  });

  it("two decisions at once: exactly one wins, the other is refused, one history row", async () => {
    const { holder, send } = await setUp();
    const colleague = await createUser();
    await attach(colleague.id, holder.structure.id, { espaces: ["FACTURES_A_VALIDER"] });
    const { invoiceId } = await send();
    const outcomes = await Promise.allSettled([validateInvoice({ userId: holder.principal.id, invoiceId }), refuseInvoice({ userId: colleague.id, invoiceId, input: { motif: "Doublon" } })]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((outcome) => outcome.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    const decided = (await historyOf(invoiceId)).filter((row) => row.status === "VALIDEE_1" || row.status === "REFUSEE_1");
    expect(decided).toHaveLength(1);
  });
});

describe("validation automatique hors délai", () => {
  it("validates, with no actor, the invoices whose deadline passed, routes them, and leaves the others waiting", async () => {
    const { send } = await setUp();
    const late = await send({}, new Date(Date.now() - 16 * DAY_MS));
    const onTime = await send({}, new Date(Date.now() - 14 * DAY_MS));

    await scheduleAutoValidation();
    await scheduleAutoValidation(); // a second instance starting in the same minute
    expect(await db.job.count({ where: { queue: AUTO_VALIDATION_QUEUE, status: "PENDING", runAt: { lte: new Date() } } })).toBe(1);
    await runDueJobs(handlers);

    expect(await statusOf(late.invoiceId)).toBe("MISE_A_DISPOSITION");
    expect((await historyOf(late.invoiceId)).find((row) => row.status === "VALIDEE_1")).toMatchObject({ actorId: null, comment: "Validation automatique hors délai" });
    expect(await statusOf(onTime.invoiceId)).toBe("A_VALIDER_1");
    // The next minute's run is waiting; running the pass again changes nothing.
    expect(await db.job.count({ where: { queue: AUTO_VALIDATION_QUEUE, status: "PENDING", runAt: { gt: new Date() } } })).toBe(1);
    expect(await autoValidateOverdueInvoices()).not.toContain(late.invoiceId);
    expect((await historyOf(late.invoiceId)).filter((row) => row.status === "VALIDEE_1")).toHaveLength(1);
  });

  it("leaves alone an invoice the holder decided before its deadline", async () => {
    const { holder, send } = await setUp();
    const { invoiceId } = await send({}, new Date(Date.now() - 16 * DAY_MS));
    await refuseInvoice({ userId: holder.principal.id, invoiceId, input: { motif: "Hors marché" } });
    expect(await autoValidateOverdueInvoices()).not.toContain(invoiceId);
    expect(await statusOf(invoiceId)).toBe("REFUSEE_1");
  });
});

describe("the queues' housekeeping", () => {
  it("removes the routing and minute jobs done over a day ago, and keeps the others", async () => {
    const old = new Date(Date.now() - 2 * DAY_MS);
    const recent = new Date(Date.now() - 60 * 60 * 1000);
    const job = (queue: string, key: string, status: "DONE" | "FAILED", finishedAt: Date) => ({ queue, payload: {}, status, finishedAt, singletonKey: `${key}-${Math.random()}` });
    await db.job.createMany({
      data: [
        job(INVOICE_ROUTING_QUEUE, "old-routing", "DONE", old),
        job(AUTO_VALIDATION_QUEUE, "old-minute", "DONE", old),
        job(INVOICE_ROUTING_QUEUE, "recent-routing", "DONE", recent),
        job(INVOICE_ROUTING_QUEUE, "failed-routing", "FAILED", old),
        job("deposit-flux", "old-flux", "DONE", old),
      ],
    });
    await runAutoValidationJob();
    const left = await db.job.findMany({ where: { singletonKey: { contains: "-0." } }, select: { singletonKey: true } });
    expect(left.map((row) => row.singletonKey!.split("-0.")[0]).sort()).toEqual(["failed-routing", "old-flux", "recent-routing"]);
  });
});

describe("who sees and decides", () => {
  it("only the holder's users with « Factures à valider »: anyone else gets NOT_FOUND and an empty list", async () => {
    const { supplier, holder, send } = await setUp();
    const { invoiceId } = await send();
    const otherHolder = await createManagedStructure({ espaces: ["FACTURES_EMISES", "FACTURES_A_VALIDER"] });
    const withoutEspace = await createUser();
    await attach(withoutEspace.id, holder.structure.id, { espaces: ["FACTURES_EMISES"] });
    const colleague = await createUser();
    await attach(colleague.id, holder.structure.id, { espaces: ["FACTURES_A_VALIDER"] });

    const seen = await listInvoicesToValidate({ userId: colleague.id });
    expect(seen.invoices).toMatchObject([{ id: invoiceId, cadre: "A9", supplierName: supplier.structure.raisonSociale, status: "A_VALIDER_1" }]);
    expect((await getInvoiceToValidate({ userId: colleague.id, invoiceId })).actions).toEqual(["VALIDER", "REFUSER"]);
    expect((await getInvoiceToValidatePreview({ userId: colleague.id, invoiceId })).mimeType).toBe("application/pdf");

    for (const outsider of [otherHolder.principal.id, withoutEspace.id, supplier.principal.id]) {
      expect((await listInvoicesToValidate({ userId: outsider })).total).toBe(0);
      await expect(getInvoiceToValidate({ userId: outsider, invoiceId })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getInvoiceToValidatePreview({ userId: outsider, invoiceId })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(validateInvoice({ userId: outsider, invoiceId })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(refuseInvoice({ userId: outsider, invoiceId, input: { motif: "x" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(changeInvoiceStatus({ userId: otherHolder.principal.id, invoiceId, action: "VALIDER" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await statusOf(invoiceId)).toBe("A_VALIDER_1");
  });

  it("a draft naming the holder stays the supplier's: the holder does not see it", async () => {
    const { supplier, holder, form } = await setUp();
    const draft = await saveInvoiceDraft({ userId: supplier.principal.id, input: form() });
    expect((await listInvoicesToValidate({ userId: holder.principal.id })).total).toBe(0);
    await expect(getInvoiceToValidate({ userId: holder.principal.id, invoiceId: draft.invoiceId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("searching the holder of the contract", () => {
  it("finds active private structures by identifier or raison sociale, never public, inactive or the supplier itself", async () => {
    const { supplier } = await setUp();
    const tag = Math.random().toString(36).slice(2, 8).toUpperCase();
    const titulaire = await createPublicStructure({ identifier: "41234567800011", raisonSociale: `BATIMENT ${tag} SA`, kind: "PRIVEE" });
    await createPublicStructure({ identifier: "41234567800029", raisonSociale: `BATIMENT ${tag} FERME`, kind: "PRIVEE", status: "INACTIF" });
    await createPublicStructure({ identifier: "21234567800011", raisonSociale: `COMMUNE ${tag}`, kind: "PUBLIQUE" });

    const byName = await searchContractHolders({ userId: supplier.principal.id, input: { query: `batiment ${tag.toLowerCase()}` } });
    expect(byName.map((holder) => holder.id)).toEqual([titulaire.id]);
    expect(await searchContractHolders({ userId: supplier.principal.id, input: { query: "412 345 678 00011" } })).toMatchObject([{ id: titulaire.id, raisonSociale: `BATIMENT ${tag} SA` }]);
    expect(await searchContractHolders({ userId: supplier.principal.id, input: { query: `COMMUNE ${tag}` } })).toEqual([]);
    expect(await searchContractHolders({ userId: supplier.principal.id, input: { query: `BATIMENT ${tag}`, excludeStructureId: titulaire.id } })).toEqual([]);
    await expect(searchContractHolders({ userId: supplier.principal.id, input: { query: " * " } })).rejects.toMatchObject({ code: "VALIDATION" });

    const stranger = await createUser();
    await expect(searchContractHolders({ userId: stranger.id, input: { query: `BATIMENT ${tag}` } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("gives 10 structures at most", async () => {
    const { supplier } = await setUp();
    const tag = Math.random().toString(36).slice(2, 8).toUpperCase();
    for (let i = 0; i < 12; i++) {
      await createPublicStructure({ identifier: `5${String(i).padStart(2, "0")}${tag}`.padEnd(14, "0"), raisonSociale: `GROUPEMENT ${tag} ${i}`, kind: "PRIVEE" });
    }
    expect(await searchContractHolders({ userId: supplier.principal.id, input: { query: `GROUPEMENT ${tag}` } })).toHaveLength(10);
  });
});
