// "Factures reçues": the public structure's staff see the invoices made available to their structure (their services'
// only when the rattachement names services), search, sort and page through them, open one with its PDF and files;
// anyone else (another public structure, the supplier, a member without the espace) gets NOT_FOUND, as for no invoice.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import type { InvoiceFormInput } from "@/features/invoices/common/schemas.ts";
import { GET as getDocument } from "@/app/(portail)/factures-recues/[id]/documents/[kind]/route.ts";
import { changeReceivedInvoicesStatusAction, changeReceivedInvoiceStatusAction } from "@/features/invoices/received/actions.ts";
import { initialActionState } from "@/lib/action-state.ts";
import { getReceivedInvoice, getReceivedInvoiceAttachment, getReceivedInvoiceDocument, getReceivedInvoicePreview, listReceivedInvoices, listReceivedServices } from "@/features/invoices/received/index.ts";
import { saveInvoiceDraft } from "@/features/invoices/entry/use-cases/save-invoice-draft.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import { addInvoiceAttachment } from "@/features/invoices/entry/use-cases/add-invoice-attachment.ts";
import { isReceivedStatus } from "@/features/invoices/common/rules/side-statuses.ts";
import { db } from "@/server/db.ts";
import { attach, createInvoiceRecipients, createInvoiceSupplier, createPublicStructure, createUser } from "../../factories.ts";

const NOT_FOUND = { code: "NOT_FOUND" };

// The server actions, called as the pages do, by the user of the session.
const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/server/auth/session.ts", () => ({ requireUser: async () => ({ id: session.userId, email: "", nom: "", prenom: "" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const actingAs = (user: { id: string }) => {
  session.userId = user.id;
};
/** GET /factures-recues/<id>/documents/<kind> ("apercu": the PDF shown in the page) as `user`. */
const documentOf = (user: { id: string }, id: string, kind: string) => {
  actingAs(user);
  return getDocument(new Request("http://localhost/"), { params: Promise.resolve({ id, kind }) });
};
const PDF_BYTES = new TextEncoder().encode("%PDF-1.7\n% facture déposée\n");
const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"));

type Supplier = Awaited<ReturnType<typeof createInvoiceSupplier>>;
let sequence = 0;

/** An invoice as the lifecycle leaves it (straight in the database: the list reads what is stored). */
async function storedInvoice(fields: {
  supplier: Supplier;
  recipientId: string;
  serviceId?: string | null;
  status: InvoiceStatus;
  number: string;
  sentAt?: Date;
  invoiceDate?: string;
  totalGross?: string;
  /** When the platform made it available; by default, at its deposit for an invoice in a received status. */
  receivedAt?: Date | null;
}) {
  sequence += 1;
  return db.invoice.create({
    data: {
      supplierStructureId: fields.supplier.structure.id,
      createdById: fields.supplier.principal.id,
      recipientStructureId: fields.recipientId,
      recipientServiceId: fields.serviceId ?? null,
      temporaryNumber: `TMPRECU${randomUUID().slice(0, 8)}${sequence}`,
      invoiceNumber: fields.number,
      sentNumber: fields.status === "BROUILLON" ? null : fields.number,
      invoiceDate: new Date(`${fields.invoiceDate ?? "2026-03-02"}T00:00:00Z`),
      status: fields.status,
      statusChangedAt: fields.sentAt ?? new Date(),
      sentAt: fields.status === "BROUILLON" ? null : (fields.sentAt ?? new Date()),
      receivedAt: fields.receivedAt !== undefined ? fields.receivedAt : isReceivedStatus(fields.status) ? (fields.sentAt ?? new Date()) : null,
      totalGross: fields.totalGross ?? "100.00",
      amountDue: fields.totalGross ?? "100.00",
    },
  });
}

/** A public structure that opens "Factures reçues", with two services. */
async function receivingStructure(identifier: string, raisonSociale: string) {
  const structure = await createPublicStructure({ identifier, raisonSociale, services: [{ code: "COLLEGE", libelle: "Collèges" }, { code: "LYCEE", libelle: "Lycées" }] });
  await db.structureEspace.create({ data: { structureId: structure.id, espace: "FACTURES_RECUES" } });
  const services = await db.service.findMany({ where: { structureId: structure.id }, orderBy: { code: "asc" } });
  return { structure, college: services[0], lycee: services[1] };
}

async function agentOf(structureId: string, options: { espaces?: ("FACTURES_RECUES" | "FACTURES_EMISES")[]; serviceIds?: string[]; role?: "GESTIONNAIRE_PRINCIPAL" } = {}) {
  const user = await createUser();
  const rattachement = await attach(user.id, structureId, { role: options.role, espaces: options.espaces ?? ["FACTURES_RECUES"] });
  for (const serviceId of options.serviceIds ?? []) await db.rattachementService.create({ data: { rattachementId: rattachement.id, serviceId } });
  return user;
}

describe("Factures reçues", () => {
  let p: Awaited<ReturnType<typeof receivingStructure>>;
  let q: Awaited<ReturnType<typeof receivingStructure>>;
  let supplierA: Supplier;
  let supplierB: Supplier;
  let agent: { id: string };
  let gestionnaire: { id: string };
  let collegeAgent: { id: string };
  let withoutEspace: { id: string };
  let agentQ: { id: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    p = await receivingStructure("21350238800019", "COMMUNE DE RECEPTION");
    q = await receivingStructure("21290019700017", "COMMUNE VOISINE");
    supplierA = await createInvoiceSupplier();
    supplierB = await createInvoiceSupplier();
    await db.structure.update({ where: { id: supplierA.structure.id }, data: { raisonSociale: "CHORUS DEUX", identifierType: "SIRET", identifier: "41234567800012" } });
    await db.structure.update({ where: { id: supplierB.structure.id }, data: { raisonSociale: "LE FOURNISSEUR", identifierType: "SIRET", identifier: "52345678900013" } });
    agent = await agentOf(p.structure.id);
    gestionnaire = await agentOf(p.structure.id, { role: "GESTIONNAIRE_PRINCIPAL", espaces: [] });
    collegeAgent = await agentOf(p.structure.id, { serviceIds: [p.college.id] });
    withoutEspace = await agentOf(p.structure.id, { espaces: ["FACTURES_EMISES"] });
    agentQ = await agentOf(q.structure.id);

    const day = (d: string) => new Date(`${d}T10:00:00Z`);
    const rows: [string, Supplier, string, string | null, InvoiceStatus, string, string][] = [
      // key, supplier, recipient, service, status, deposit day, TTC
      ["a1", supplierA, p.structure.id, p.college.id, "MISE_A_DISPOSITION", "2026-01-10", "120.00"],
      ["a2", supplierA, p.structure.id, p.lycee.id, "SUSPENDUE", "2026-02-10", "80.50"],
      ["a3", supplierA, p.structure.id, p.college.id, "REJETEE", "2026-03-10", "1500.00"],
      ["b1", supplierB, p.structure.id, p.lycee.id, "MISE_EN_PAIEMENT", "2026-04-10", "999.99"],
      ["b2", supplierB, p.structure.id, null, "COMPLETEE", "2026-05-10", "10.00"],
      ["b3", supplierB, p.structure.id, p.college.id, "SERVICE_FAIT", "2026-06-10", "250.00"],
      // Not made available yet, or not to P: never listed for P's staff.
      ["draft", supplierA, p.structure.id, p.college.id, "BROUILLON", "2026-01-01", "1.00"],
      ["deposee", supplierA, p.structure.id, p.college.id, "DEPOSEE", "2026-01-02", "2.00"],
      ["route", supplierA, p.structure.id, p.college.id, "EN_COURS_ACHEMINEMENT", "2026-01-03", "3.00"],
      ["avalider", supplierA, p.structure.id, p.college.id, "A_VALIDER_1", "2026-01-04", "4.00"],
      ["q1", supplierA, q.structure.id, q.college.id, "MISE_A_DISPOSITION", "2026-01-05", "5.00"],
    ];
    for (const [key, supplier, recipientId, serviceId, status, deposit, total] of rows) {
      const invoice = await storedInvoice({ supplier, recipientId, serviceId, status, number: `F-${key.toUpperCase()}-2026`, sentAt: day(deposit), totalGross: total });
      ids[key] = invoice.id;
    }
  });

  const listedIds = async (userId: string, filters = {}) => (await listReceivedInvoices({ userId, filters })).invoices.map((row) => row.id);
  const keysOf = (found: string[]) => found.map((id) => Object.entries(ids).find(([, value]) => value === id)?.[0] ?? id);

  it("lists the structure's invoices from their making available on, newest deposit first, with the seed's columns", async () => {
    const list = await listReceivedInvoices({ userId: agent.id });
    expect(list.total).toBe(6);
    expect(keysOf(list.invoices.map((row) => row.id))).toEqual(["b3", "b2", "b1", "a3", "a2", "a1"]);
    expect(list.invoices.at(-1)).toMatchObject({
      supplierName: "CHORUS DEUX",
      number: "F-A1-2026",
      service: "COLLEGE - Collèges",
      status: "MISE_A_DISPOSITION",
      totalGross: "120.00",
      depositDate: new Date("2026-01-10T10:00:00Z"),
      invoiceDate: new Date("2026-03-02T00:00:00Z"),
    });
    // A gestionnaire sees every espace of the structure: the same list.
    expect((await listReceivedInvoices({ userId: gestionnaire.id })).total).toBe(6);
  });

  it("lists an invoice À recycler that its staff sent back, not one the routing sent back without ever making it available", async () => {
    const r = await receivingStructure("21220278500018", "COMMUNE DU RECYCLAGE");
    const agentR = await agentOf(r.structure.id);
    const sentBack = await storedInvoice({ supplier: supplierA, recipientId: r.structure.id, serviceId: r.college.id, status: "A_RECYCLER", number: "F-RECYCLEE-PAR-R" });
    await storedInvoice({ supplier: supplierA, recipientId: r.structure.id, serviceId: r.college.id, status: "A_RECYCLER", number: "F-RENVOYEE-ROUTAGE", receivedAt: null });
    expect(await listedIds(agentR.id)).toEqual([sentBack.id]);
    expect(await listedIds(agentR.id, { status: "A_RECYCLER" })).toEqual([sentBack.id]);
  });

  it("shows only their services' invoices to a user attached to some services, nothing to a member without the espace, nor to the supplier", async () => {
    expect(keysOf(await listedIds(collegeAgent.id))).toEqual(["b3", "a3", "a1"]);
    expect((await listReceivedInvoices({ userId: withoutEspace.id })).total).toBe(0);
    expect((await listReceivedInvoices({ userId: supplierA.principal.id })).total).toBe(0);
    expect(keysOf(await listedIds(agentQ.id))).toEqual(["q1"]);
    expect((await listReceivedServices({ userId: collegeAgent.id })).map((service) => service.label)).toEqual(["COLLEGE - Collèges"]);
    expect((await listReceivedServices({ userId: agent.id })).map((service) => service.label)).toEqual(["COLLEGE - Collèges", "LYCEE - Lycées"]);
    expect(await listReceivedServices({ userId: supplierA.principal.id })).toEqual([]);
  });

  it("stops showing the invoices once the rattachement is deactivated", async () => {
    const leaving = await agentOf(p.structure.id);
    expect((await listReceivedInvoices({ userId: leaving.id })).total).toBe(6);
    await db.rattachement.updateMany({ where: { userId: leaving.id }, data: { status: "DESACTIVE" } });
    expect((await listReceivedInvoices({ userId: leaving.id })).total).toBe(0);
  });

  it("filters by number, supplier, status, service, deposit dates and amount", async () => {
    expect(keysOf(await listedIds(agent.id, { number: "f-b" }))).toEqual(["b3", "b2", "b1"]);
    // LIKE's wildcards typed by the user are plain characters: "F_" is no "F-".
    expect(await listedIds(agent.id, { number: "F_" })).toEqual([]);
    expect(await listedIds(agent.id, { number: "%" })).toEqual([]);
    expect(await listedIds(agent.id, { supplier: "chorus%deux" })).toEqual([]);
    expect(keysOf(await listedIds(agent.id, { supplier: "chorus" }))).toEqual(["a3", "a2", "a1"]);
    expect(keysOf(await listedIds(agent.id, { supplier: "523 456" }))).toEqual(["b3", "b2", "b1"]);
    expect(keysOf(await listedIds(agent.id, { status: "SUSPENDUE" }))).toEqual(["a2"]);
    expect(keysOf(await listedIds(agent.id, { serviceId: p.lycee.id }))).toEqual(["b1", "a2"]);
    expect(keysOf(await listedIds(agent.id, { depositFrom: "2026-02-10", depositTo: "2026-04-10" }))).toEqual(["b1", "a3", "a2"]);
    expect(keysOf(await listedIds(agent.id, { amountMin: "80.50", amountMax: "999.99" }))).toEqual(["b3", "b1", "a2", "a1"]);
    // Another structure's service, or a status before making available, widens nothing.
    expect(await listedIds(agent.id, { serviceId: q.college.id })).toEqual([]);
    expect(await listedIds(agent.id, { status: "DEPOSEE" as never })).toEqual([]);
    expect(await listedIds(collegeAgent.id, { serviceId: p.lycee.id })).toEqual([]);
  });

  it("sorts by amount, number, status and date, in either order", async () => {
    expect(keysOf(await listedIds(agent.id, { sort: "montant", direction: "asc" }))).toEqual(["b2", "a2", "a1", "b3", "b1", "a3"]);
    expect(keysOf(await listedIds(agent.id, { sort: "montant", direction: "desc" }))).toEqual(["a3", "b1", "b3", "a1", "a2", "b2"]);
    expect(keysOf(await listedIds(agent.id, { sort: "numero", direction: "asc" }))).toEqual(["a1", "a2", "a3", "b1", "b2", "b3"]);
    expect(keysOf(await listedIds(agent.id, { sort: "statut", direction: "asc" }))).toEqual(["a1", "a2", "b2", "a3", "b3", "b1"]);
    expect(keysOf(await listedIds(agent.id, { sort: "date", direction: "asc" }))).toEqual(["a1", "a2", "a3", "b1", "b2", "b3"]);
  });

  it("pages by 20 without overlap", async () => {
    const pager = await agentOf(q.structure.id);
    for (let n = 0; n < 24; n++) {
      await storedInvoice({ supplier: supplierB, recipientId: q.structure.id, serviceId: q.lycee.id, status: "MISE_A_DISPOSITION", number: `PAGE-${n}`, sentAt: new Date("2026-07-01T10:00:00Z") });
    }
    const first = await listReceivedInvoices({ userId: pager.id, filters: { page: 1 } });
    const second = await listReceivedInvoices({ userId: pager.id, filters: { page: 2 } });
    expect(first).toMatchObject({ total: 25, page: 1, pageSize: 20, pageCount: 2 });
    expect(first.invoices).toHaveLength(20);
    expect(second.invoices).toHaveLength(5);
    expect(new Set([...first.invoices, ...second.invoices].map((row) => row.id)).size).toBe(25);
    expect((await listReceivedInvoices({ userId: pager.id, filters: { page: 3 } })).invoices).toEqual([]);
  });

  it("opens an invoice for its recipient's staff only: NOT_FOUND for another structure, the supplier, another service, a member without the espace", async () => {
    const invoice = await getReceivedInvoice({ userId: agent.id, invoiceId: ids.a2 });
    expect(invoice).toMatchObject({ id: ids.a2, number: "F-A2-2026", status: "SUSPENDUE", supplier: { raisonSociale: "CHORUS DEUX" }, recipientService: { code: "LYCEE" } });
    for (const intruder of [agentQ.id, supplierA.principal.id, collegeAgent.id, withoutEspace.id]) {
      await expect(getReceivedInvoice({ userId: intruder, invoiceId: ids.a2 })).rejects.toMatchObject(NOT_FOUND);
    }
    // Not made available yet: not found even for the recipient's staff; nor a malformed or unknown id.
    for (const key of ["draft", "deposee", "route", "avalider", "q1"]) await expect(getReceivedInvoice({ userId: agent.id, invoiceId: ids[key] })).rejects.toMatchObject(NOT_FOUND);
    await expect(getReceivedInvoice({ userId: agent.id, invoiceId: "../etc/passwd" })).rejects.toMatchObject(NOT_FOUND);
    await expect(getReceivedInvoice({ userId: agent.id, invoiceId: randomUUID() })).rejects.toMatchObject(NOT_FOUND);
  });

  describe("a sent invoice's PDF and files", () => {
    let sentId: string;
    let attachmentId: string;
    let agentCda: { id: string };

    beforeAll(async () => {
      const { cotesDArmor, cotesDArmorService } = await createInvoiceRecipients();
      await db.structureEspace.create({ data: { structureId: cotesDArmor.id, espace: "FACTURES_RECUES" } });
      const input: InvoiceFormInput = {
        supplierStructureId: supplierA.structure.id,
        recipientIsState: false,
        recipientStructureId: cotesDArmor.id,
        recipientServiceId: cotesDArmorService.id,
        cadre: "A1",
        currency: "EUR",
        type: "FACTURE",
        vatRegime: "DEBITS",
        engagementNumber: "91821",
        paymentMode: "VIREMENT",
        invoiceNumber: "F-CDA-001",
        invoiceDate: "2026-11-23",
        lines: [{ denomination: "Pommes", quantity: "4", unit: "KGM", unitPriceNet: "2", vatRate: "5.5" }],
      };
      const { invoiceId } = await saveInvoiceDraft({ userId: supplierA.principal.id, input });
      attachmentId = (await addInvoiceAttachment({ userId: supplierA.principal.id, invoiceId, attachment: { type: "Bon de commande", designation: "Bon", file: { name: "bon.png", content: PNG } } })).id;
      await sendInvoice({ userId: supplierA.principal.id, input: { ...input, invoiceId } });
      sentId = invoiceId;
      await db.invoice.update({ where: { id: sentId }, data: { status: "MISE_A_DISPOSITION", receivedAt: new Date() } });
      agentCda = await agentOf(cotesDArmor.id);
    });

    it("gives the recipient all the data, its lines, history, documents and attachments, and its Factur-X PDF to show", async () => {
      const invoice = await getReceivedInvoice({ userId: agentCda.id, invoiceId: sentId });
      expect(invoice).toMatchObject({ number: "F-CDA-001", preview: "FACTURX", form: { engagementNumber: "91821" }, totals: { totalGross: "8.44" } });
      expect(invoice.lines).toEqual([expect.objectContaining({ denomination: "Pommes", quantity: "4", lineNet: "8.00" })]);
      expect(invoice.history.map((row) => row.status)).toContain("DEPOSEE");
      expect(invoice.documents.map((document) => document.kind).sort()).toEqual(["CII_XML", "FACTURX_PDF"]);
      expect(invoice.attachments.map((attachment) => attachment.fileName)).toEqual(["bon.png"]);

      const preview = await documentOf(agentCda, sentId, "apercu");
      expect(preview.status).toBe(200);
      expect(preview.headers.get("Content-Type")).toBe("application/pdf");
      expect(preview.headers.get("Content-Disposition")).toMatch(/^inline; filename\*=UTF-8''/);
      expect(preview.headers.get("X-Frame-Options")).toBe("SAMEORIGIN");
      expect(preview.headers.get("Cache-Control")).toBe("private, no-store");
      expect(Buffer.from(await preview.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");

      const xml = Buffer.from((await getReceivedInvoiceDocument({ userId: agentCda.id, invoiceId: sentId, kind: "CII_XML" })).content).toString("utf8");
      expect(xml).toContain("F-CDA-001");
      expect((await getReceivedInvoiceAttachment({ userId: agentCda.id, invoiceId: sentId, attachmentId })).content).toEqual(PNG);
      // The deposit receipt is the supplier's proof, not offered to the recipient.
      await expect(getReceivedInvoiceDocument({ userId: agentCda.id, invoiceId: sentId, kind: "DEPOSIT_RECEIPT_PDF" })).rejects.toMatchObject(NOT_FOUND);
    });

    it("answers anyone else exactly as for a file that does not exist", async () => {
      const missing = await documentOf(agentCda, randomUUID(), "apercu");
      expect(missing.status).toBe(404);
      const missingBody = await missing.text();
      for (const intruder of [agent.id, supplierA.principal.id, agentQ.id]) {
        const preview = await documentOf({ id: intruder }, sentId, "apercu");
        expect(preview.status).toBe(404);
        expect(await preview.text()).toBe(missingBody);
        const document = await documentOf({ id: intruder }, sentId, "facturx-pdf");
        expect(document.status).toBe(404);
        expect(await document.text()).toBe(missingBody);
        await expect(getReceivedInvoiceAttachment({ userId: intruder, invoiceId: sentId, attachmentId })).rejects.toMatchObject(NOT_FOUND);
      }
      // P's own invoice does not open the attachment of CDA's.
      await expect(getReceivedInvoiceAttachment({ userId: agent.id, invoiceId: ids.a1, attachmentId })).rejects.toMatchObject(NOT_FOUND);
      expect((await documentOf(agentCda, "../../etc/passwd", "apercu")).status).toBe(404);
    });
  });

  it("shows a deposited invoice without Factur-X document by the PDF deposited, and an XML structuré by no PDF at all", async () => {
    const deposit = await storedInvoice({ supplier: supplierA, recipientId: p.structure.id, serviceId: p.college.id, status: "MISE_A_DISPOSITION", number: "F-DEPOT-PDF" });
    const xmlOnly = await storedInvoice({ supplier: supplierA, recipientId: p.structure.id, serviceId: p.college.id, status: "MISE_A_DISPOSITION", number: "F-DEPOT-XML" });
    const original = (invoiceId: string, fileName: string, mimeType: string, content: Uint8Array) =>
      db.invoiceAttachment.create({
        data: { invoiceId, type: "Facture originale", designation: fileName, fileName, extension: fileName.split(".").pop()!, mimeType, size: content.byteLength, sha256: "x", content: content as Uint8Array<ArrayBuffer> },
      });
    await original(deposit.id, "facture.pdf", "application/pdf", PDF_BYTES);
    const xml = await original(xmlOnly.id, "facture.xml", "application/xml", new TextEncoder().encode("<Invoice/>"));

    expect((await getReceivedInvoice({ userId: agent.id, invoiceId: deposit.id })).preview).toBe("ORIGINAL");
    expect((await getReceivedInvoicePreview({ userId: agent.id, invoiceId: deposit.id })).content).toEqual(PDF_BYTES);
    const xmlInvoice = await getReceivedInvoice({ userId: agent.id, invoiceId: xmlOnly.id });
    expect(xmlInvoice).toMatchObject({ preview: null, originalAttachmentId: xml.id });
    await expect(getReceivedInvoicePreview({ userId: agent.id, invoiceId: xmlOnly.id })).rejects.toMatchObject(NOT_FOUND);
    expect(Buffer.from((await getReceivedInvoiceAttachment({ userId: agent.id, invoiceId: xmlOnly.id, attachmentId: xml.id })).content).toString()).toBe("<Invoice/>");
  });

  describe("actions", () => {
    const form = (fields: Record<string, string | string[]>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(name, one);
      return data;
    };
    const statusOf = async (invoiceId: string) => (await db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { status: true } })).status;
    const available = (number: string, recipientId = p.structure.id, serviceId: string = p.college.id) =>
      storedInvoice({ supplier: supplierA, recipientId, serviceId, status: "MISE_A_DISPOSITION", number });

    it("rejects an invoice with seed 004's motif: history row, the supplier told by e-mail", async () => {
      const invoice = await available("F-REJET-1");
      actingAs(agent);
      const refused = await changeReceivedInvoiceStatusAction(invoice.id, initialActionState, form({ action: "REJETER", motif: "" }));
      expect(refused).toMatchObject({ ok: false, fieldErrors: { motif: ["Choisissez le motif de rejet dans la liste."] } });
      expect(await statusOf(invoice.id)).toBe("MISE_A_DISPOSITION");

      const done = await changeReceivedInvoiceStatusAction(invoice.id, initialActionState, form({ action: "REJETER", motif: "Montant de la facture erroné", comment: " Total faux " }));
      expect(done).toEqual({ ok: true, message: "La facture est maintenant « Rejetée »." });
      expect(await statusOf(invoice.id)).toBe("REJETEE");
      const history = await db.invoiceHistory.findFirstOrThrow({ where: { invoiceId: invoice.id, status: "REJETEE" } });
      expect(history).toMatchObject({ actorId: agent.id, actorStructureId: p.structure.id, motif: "Montant de la facture erroné", comment: "Total faux" });
      expect(await db.outboxMessage.count({ where: { subject: { contains: "F-REJET-1" } } })).toBeGreaterThan(0);
      // Final: nothing moves it any more, with the machine's French reason.
      const again = await changeReceivedInvoiceStatusAction(invoice.id, initialActionState, form({ action: "SERVICE_FAIT" }));
      expect(again.ok).toBe(false);
      expect(again.message).toMatch(/Rejetée/);
    });

    it("moves nothing for anyone outside the recipient's reach: another structure, another service, the supplier", async () => {
      const invoice = await available("F-ACCES-1", p.structure.id, p.lycee.id);
      for (const intruder of [agentQ, collegeAgent, withoutEspace]) {
        actingAs(intruder);
        expect(await changeReceivedInvoiceStatusAction(invoice.id, initialActionState, form({ action: "SERVICE_FAIT" }))).toMatchObject({ ok: false, message: "Facture introuvable." });
      }
      actingAs(supplierA.principal);
      expect((await changeReceivedInvoiceStatusAction(invoice.id, initialActionState, form({ action: "SERVICE_FAIT" }))).ok).toBe(false);
      expect(await statusOf(invoice.id)).toBe("MISE_A_DISPOSITION");
      expect(await db.invoiceHistory.count({ where: { invoiceId: invoice.id } })).toBe(0);
    });

    it("applies one action to the selection: each invoice on its own, the refused ones listed with why", async () => {
      const first = await available("F-LOT-1");
      const second = await available("F-LOT-2");
      const finalOne = await storedInvoice({ supplier: supplierA, recipientId: p.structure.id, serviceId: p.college.id, status: "MISE_EN_PAIEMENT", number: "F-LOT-3" });
      const elsewhere = await available("F-LOT-4", q.structure.id, q.college.id);
      actingAs(agent);
      const result = await changeReceivedInvoicesStatusAction(initialActionState, form({ action: "SERVICE_FAIT", invoiceIds: [first.id, finalOne.id, second.id, elsewhere.id] }));
      expect(result.message).toBe("2 factures traitées ; 2 factures n'ont pas pu l'être.");
      expect(result.refused?.map((refused) => refused.invoiceId)).toEqual([finalOne.id, elsewhere.id]);
      expect(result.refused?.[1].message).toBe("Facture introuvable.");
      expect([await statusOf(first.id), await statusOf(second.id), await statusOf(finalOne.id), await statusOf(elsewhere.id)]).toEqual([
        "SERVICE_FAIT",
        "SERVICE_FAIT",
        "MISE_EN_PAIEMENT",
        "MISE_A_DISPOSITION",
      ]);

      expect(await changeReceivedInvoicesStatusAction(initialActionState, form({ action: "MANDATER" }))).toMatchObject({
        ok: false,
        fieldErrors: { invoiceIds: ["Sélectionnez au moins une facture."] },
      });
      expect(await changeReceivedInvoicesStatusAction(initialActionState, form({ action: "SUSPENDRE", invoiceIds: [first.id] }))).toMatchObject({
        ok: false,
        fieldErrors: { motif: ["Indiquez le motif de la suspension."] },
      });
      expect(await changeReceivedInvoicesStatusAction(initialActionState, form({ action: "MANDATER", invoiceIds: [first.id, second.id] }))).toEqual({
        ok: true,
        message: "2 factures traitées.",
      });
    });
  });
});
