// The supplier's answers in Factures émises: « Compléter » a suspended invoice (comment and files → Complétée, back
// with the recipient), « Recycler » one sent back (new recipient, service, engagement → Déposée, routed again). Only
// the invoice's own supplier can, and only from the right état; a refusal changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { routingJobHandlers } from "@/features/invoices/lifecycle/index.ts";
import { completeInvoice } from "@/features/invoices/tracking/use-cases/complete-invoice.ts";
import { recycleInvoice } from "@/features/invoices/tracking/use-cases/recycle-invoice.ts";
import { db } from "@/server/db.ts";
import { runDueJobs } from "@/server/jobs/run-jobs.ts";
import { createInvoiceRecipients, createInvoiceSupplier, createManagedStructure } from "../../factories.ts";
import { insertInvoice } from "../../support/insert-invoice.ts";

type Supplier = Awaited<ReturnType<typeof createInvoiceSupplier>>;

let a: Supplier;
let b: Supplier;
let recipients: Awaited<ReturnType<typeof createInvoiceRecipients>>;

beforeAll(async () => {
  a = await createInvoiceSupplier();
  b = await createInvoiceSupplier();
  recipients = await createInvoiceRecipients();
});

const note = (name: string, text: string) => ({ type: "Pièce jointe complémentaire", designation: name, file: { name, content: new TextEncoder().encode(text) } });
const sentAt = new Date("2026-03-02T10:00:00Z");

async function suspended() {
  return insertInvoice(a, { number: `S-${Math.random()}`, status: "SUSPENDUE", sentAt, totalGross: "10.00", recipientStructureId: recipients.brest.id, motif: "Justificatif absent ou insuffisant" });
}

async function toRecycle() {
  return insertInvoice(a, {
    number: `R-${Math.random()}`,
    status: "A_RECYCLER",
    sentAt,
    totalGross: "10.00",
    recipientStructureId: recipients.brest.id,
    recipientServiceId: recipients.brestService.id,
    engagementNumber: "BM124",
    motif: "SE/EJ incorrect (renvoi possible)",
  });
}

const historyOf = (invoiceId: string) => db.invoiceHistory.findMany({ where: { invoiceId }, orderBy: { createdAt: "asc" } });

describe("Compléter", () => {
  it("sends a suspended invoice back to the recipient as Complétée, with the comment and the files", async () => {
    const invoice = await suspended();
    const done = await completeInvoice({ userId: a.principal.id, invoiceId: invoice.id, input: { comment: "Voici le bon de livraison signé.", attachments: [note("bon-livraison.txt", "BL 42 signé")] } });
    expect(done).toMatchObject({ invoiceId: invoice.id, status: "COMPLETEE", attachments: 1 });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("COMPLETEE");
    expect((await historyOf(invoice.id)).at(-1)).toMatchObject({ status: "COMPLETEE", actorId: a.principal.id, actorStructureId: a.structure.id, comment: "Voici le bon de livraison signé." });
    const files = await db.invoiceAttachment.findMany({ where: { invoiceId: invoice.id } });
    expect(files.map((file) => [file.type, file.fileName, file.mimeType])).toEqual([["Pièce jointe complémentaire", "bon-livraison.txt", "text/plain"]]);
    // The supplier's users hear of it (fil d'événements), as of every change of état.
    expect(await db.event.count({ where: { userId: a.principal.id, link: { contains: invoice.id } } })).toBeGreaterThan(0);
  });

  it("needs a comment, and files of an allowed type; a refusal keeps the invoice suspended and writes nothing", async () => {
    const invoice = await suspended();
    await expect(completeInvoice({ userId: a.principal.id, invoiceId: invoice.id, input: { comment: "  " } })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { comment: "Expliquez au destinataire ce que vous complétez." } });
    const executable = { type: "Autre", designation: "Programme", file: { name: "facture.pdf", content: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]) } };
    await expect(completeInvoice({ userId: a.principal.id, invoiceId: invoice.id, input: { comment: "Ci-joint", attachments: [executable] } })).rejects.toMatchObject({ code: "VALIDATION", field: "attachments" });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("SUSPENDUE");
    expect(await db.invoiceAttachment.count({ where: { invoiceId: invoice.id } })).toBe(0);
    expect(await historyOf(invoice.id)).toHaveLength(2);
  });

  it("is refused (CONFLICT) on an invoice that is not suspended, without keeping its files", async () => {
    const invoice = await insertInvoice(a, { number: "MAD-1", status: "MISE_A_DISPOSITION", sentAt, totalGross: "10.00", recipientStructureId: recipients.brest.id });
    await expect(completeInvoice({ userId: a.principal.id, invoiceId: invoice.id, input: { comment: "Complément", attachments: [note("a.txt", "a")] } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.invoiceAttachment.count({ where: { invoiceId: invoice.id } })).toBe(0);
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("MISE_A_DISPOSITION");
  });

  it("wins only once when sent twice at the same time: the second is refused and leaves no file", async () => {
    const invoice = await suspended();
    const attempts = await Promise.allSettled(
      ["Premier envoi", "Second envoi"].map((comment) => completeInvoice({ userId: a.principal.id, invoiceId: invoice.id, input: { comment, attachments: [note(`${comment}.txt`, comment)] } })),
    );
    expect(attempts.map((attempt) => attempt.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(attempts.find((attempt) => attempt.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect((await historyOf(invoice.id)).filter((row) => row.status === "COMPLETEE")).toHaveLength(1);
    expect(await db.invoiceAttachment.count({ where: { invoiceId: invoice.id } })).toBe(1);
  });
});

describe("Recycler", () => {
  it("gives an À recycler invoice its new recipient, service and engagement, puts it back Déposée and routes it again", async () => {
    const invoice = await toRecycle();
    const { cotesDArmor, cotesDArmorService } = recipients;
    const done = await recycleInvoice({ userId: a.principal.id, invoiceId: invoice.id, input: { recipientStructureId: cotesDArmor.id, recipientServiceId: cotesDArmorService.id, engagementNumber: "91821" } });
    expect(done).toMatchObject({ invoiceId: invoice.id, status: "DEPOSEE", recipientName: "DEP COTES-D'ARMOR" });
    const stored = await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    expect(stored).toMatchObject({ status: "DEPOSEE", recipientStructureId: cotesDArmor.id, recipientServiceId: cotesDArmorService.id, engagementNumber: "91821" });
    expect((await historyOf(invoice.id)).at(-1)).toMatchObject({
      status: "DEPOSEE",
      actorId: a.principal.id,
      comment: "Nouveau destinataire : DEP COTES-D'ARMOR (22220001600327), service : Collèges (COLLEGE), engagement : 91821",
    });
    expect(await db.job.count({ where: { payload: { path: ["invoiceId"], equals: invoice.id } } })).toBe(1);
    // The worker routes it to its new recipient; the supplier's users are told at each step.
    await runDueJobs(routingJobHandlers);
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("MISE_A_DISPOSITION");
    expect((await historyOf(invoice.id)).map((row) => row.status)).toEqual(["DEPOSEE", "A_RECYCLER", "DEPOSEE", "EN_COURS_ACHEMINEMENT", "MISE_A_DISPOSITION"]);
    expect(await db.outboxMessage.count({ where: { to: a.principal.loginEmail, text: { contains: invoice.id } } })).toBeGreaterThan(0);
  });

  it("checks the new routing data against the directory, as when the invoice was sent", async () => {
    const invoice = await toRecycle();
    const { cotesDArmor, cotesDArmorService } = recipients;
    const attempt = (input: Parameters<typeof recycleInvoice>[0]["input"]) => recycleInvoice({ userId: a.principal.id, invoiceId: invoice.id, input });
    await expect(attempt({ recipientStructureId: cotesDArmor.id, recipientServiceId: cotesDArmorService.id, engagementNumber: "ABC12" })).rejects.toMatchObject({
      fieldErrors: { engagementNumber: "Le numéro d'engagement doit comporter 5 ou 6 chiffres." },
    });
    await expect(attempt({ recipientStructureId: cotesDArmor.id, engagementNumber: "91821" })).rejects.toMatchObject({
      fieldErrors: { recipientServiceId: "Le destinataire exige un service : choisissez-en un." },
    });
    await expect(attempt({ recipientStructureId: a.structure.id, engagementNumber: "91821" })).rejects.toMatchObject({
      fieldErrors: { recipientStructureId: "Ce destinataire n'est pas une structure publique active de l'annuaire." },
    });
    await expect(attempt({ engagementNumber: "91821" })).rejects.toMatchObject({ fieldErrors: { recipientStructureId: "Choisissez le nouveau destinataire de la facture." } });
    const stored = await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    expect(stored).toMatchObject({ status: "A_RECYCLER", recipientStructureId: recipients.brest.id, engagementNumber: "BM124" });
  });

  it("is refused (CONFLICT) on an invoice that is not À recycler, which keeps its recipient", async () => {
    const invoice = await insertInvoice(a, { number: "REJ-1", status: "REJETEE", sentAt, totalGross: "10.00", recipientStructureId: recipients.brest.id, motif: "Double facturation" });
    const { cotesDArmor, cotesDArmorService } = recipients;
    await expect(recycleInvoice({ userId: a.principal.id, invoiceId: invoice.id, input: { recipientStructureId: cotesDArmor.id, recipientServiceId: cotesDArmorService.id, engagementNumber: "91821" } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({ status: "REJETEE", recipientStructureId: recipients.brest.id });
  });
});

describe("another structure's user", () => {
  it("can neither complete nor recycle A's invoices: NOT_FOUND, nothing changes", async () => {
    const toComplete = await suspended();
    const recyclable = await toRecycle();
    const { cotesDArmor, cotesDArmorService } = recipients;
    const outsider = await createManagedStructure({ kind: "PUBLIQUE", espaces: ["FACTURES_RECUES"] });
    for (const userId of [b.principal.id, outsider.principal.id]) {
      await expect(completeInvoice({ userId, invoiceId: toComplete.id, input: { comment: "Intrusion", attachments: [note("x.txt", "x")] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(recycleInvoice({ userId, invoiceId: recyclable.id, input: { recipientStructureId: cotesDArmor.id, recipientServiceId: cotesDArmorService.id, engagementNumber: "91821" } })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    expect((await db.invoice.findUniqueOrThrow({ where: { id: toComplete.id } })).status).toBe("SUSPENDUE");
    expect(await db.invoiceAttachment.count({ where: { invoiceId: toComplete.id } })).toBe(0);
    expect(await db.invoice.findUniqueOrThrow({ where: { id: recyclable.id } })).toMatchObject({ status: "A_RECYCLER", recipientStructureId: recipients.brest.id });
  });
});
