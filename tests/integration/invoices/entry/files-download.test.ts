// Downloads of an invoice's documents and attachments (the route handlers' answers): for the supplier's users only,
// as attachments that no cache keeps; anyone else gets the same 404 as for a file that does not exist.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { InvoiceFormInput } from "@/features/invoices/common/schemas.ts";
import { addInvoiceAttachment } from "@/features/invoices/entry/use-cases/add-invoice-attachment.ts";
import { getInvoiceAttachment } from "@/features/invoices/entry/use-cases/get-invoice-attachment.ts";
import { getInvoiceDocument } from "@/features/invoices/entry/use-cases/get-invoice-document.ts";
import { getInvoice } from "@/features/invoices/entry/use-cases/get-invoice.ts";
import { saveInvoiceDraft } from "@/features/invoices/entry/use-cases/save-invoice-draft.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import { GET as getDocument } from "@/app/(portail)/factures-emises/[id]/documents/[kind]/route.ts";
import { GET as getAttachment } from "@/app/(portail)/factures-emises/[id]/pieces-jointes/[attachmentId]/route.ts";
import { DOCUMENT_DOWNLOADS } from "@/features/invoices/common/rules/invoice-documents.ts";
import { createInvoiceRecipients, createInvoiceSupplier } from "../../factories.ts";

// The route handlers, called as the browser does, by the user of the session.
const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/server/auth/session.ts", () => ({ requireUser: async () => ({ id: session.userId, email: "", nom: "", prenom: "" }) }));
// The use cases as they are, watched: a malformed id must never reach them.
vi.mock("@/features/invoices/entry/use-cases/get-invoice-document.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/features/invoices/entry/use-cases/get-invoice-document.ts")>();
  return { ...original, getInvoiceDocument: vi.fn(original.getInvoiceDocument) };
});
vi.mock("@/features/invoices/entry/use-cases/get-invoice-attachment.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/features/invoices/entry/use-cases/get-invoice-attachment.ts")>();
  return { ...original, getInvoiceAttachment: vi.fn(original.getInvoiceAttachment) };
});

/** GET …/documents/<slug> or …/pieces-jointes/<id> as `userId`. */
function download(userId: string, params: { id: string; kind: string } | { id: string; attachmentId: string }) {
  session.userId = userId;
  const handler = "kind" in params ? getDocument : getAttachment;
  return handler(new Request("http://localhost/"), { params: Promise.resolve(params) });
}

const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"));

type Sent = { invoiceId: string; attachmentId: string };

async function sendSeedInvoice(userId: string, supplierStructureId: string, recipient: { id: string; serviceId: string }, invoiceNumber: string): Promise<Sent> {
  const input: InvoiceFormInput = {
    supplierStructureId,
    recipientIsState: false,
    recipientStructureId: recipient.id,
    recipientServiceId: recipient.serviceId,
    cadre: "A1",
    currency: "EUR",
    type: "FACTURE",
    vatRegime: "DEBITS",
    engagementNumber: "BM124",
    paymentMode: "VIREMENT",
    invoiceNumber,
    invoiceDate: "2026-11-23",
    lines: [{ denomination: "Pommes", quantity: "4", unit: "KGM", unitPriceNet: "2", vatRate: "5.5" }],
  };
  const { invoiceId } = await saveInvoiceDraft({ userId, input });
  const attachment = await addInvoiceAttachment({ userId, invoiceId, attachment: {
    type: "Bon de commande",
    designation: "Bon de commande signé",
    file: { name: "bon de commande n°1 (signé).png", content: PNG },
  } });
  await sendInvoice({ userId, input: { ...input, invoiceId } });
  return { invoiceId, attachmentId: attachment.id };
}

describe("invoice file downloads", () => {
  let supplierA: Awaited<ReturnType<typeof createInvoiceSupplier>>;
  let supplierB: Awaited<ReturnType<typeof createInvoiceSupplier>>;
  let sentA: Sent;
  let sentB: Sent;

  beforeAll(async () => {
    const { brest, brestService } = await createInvoiceRecipients();
    supplierA = await createInvoiceSupplier();
    supplierB = await createInvoiceSupplier();
    sentA = await sendSeedInvoice(supplierA.principal.id, supplierA.structure.id, { id: brest.id, serviceId: brestService.id }, "F-2026-001");
    sentB = await sendSeedInvoice(supplierB.principal.id, supplierB.structure.id, { id: brest.id, serviceId: brestService.id }, "F-2026-001");
  });

  it("gives the supplier's user the Factur-X PDF, its XML and the receipt, as private, unsniffed attachments", async () => {
    const userId = supplierA.principal.id;
    const invoice = await getInvoice({ userId, invoiceId: sentA.invoiceId });
    for (const { kind, slug } of DOCUMENT_DOWNLOADS) {
      const response = await download(userId, { id: sentA.invoiceId, kind: slug });
      const stored = invoice.documents.find((document) => document.kind === kind)!;
      const body = new Uint8Array(await response.arrayBuffer());
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe(stored.mimeType);
      expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="${stored.fileName}"; filename*=UTF-8''${encodeURIComponent(stored.fileName)}`);
      expect(response.headers.get("Cache-Control")).toBe("private, no-store");
      expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(createHash("sha256").update(body).digest("hex")).toBe(stored.sha256);
    }
    const pdf = await getInvoiceDocument({ userId, invoiceId: sentA.invoiceId, kind: "FACTURX_PDF" });
    expect(Buffer.from(pdf.content.subarray(0, 5)).toString()).toBe("%PDF-");
    const xml = Buffer.from((await getInvoiceDocument({ userId, invoiceId: sentA.invoiceId, kind: "CII_XML" })).content).toString("utf8");
    expect(xml).toContain("F-2026-001");
    expect(xml).toContain("8.44");
  });

  it("gives the attachment back byte for byte, its non-ASCII name encoded for the header", async () => {
    const response = await download(supplierA.principal.id, { id: sentA.invoiceId, attachmentId: sentA.attachmentId });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/png");
    const disposition = response.headers.get("Content-Disposition")!;
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9%._~-]+$/);
    expect(decodeURIComponent(disposition.split("''")[1])).toMatch(/^bon de commande n°1 \(signé\)\.png$/);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
  });

  it("answers another structure's user exactly as for a file that does not exist: 404, nothing of the file", async () => {
    const intruder = supplierB.principal.id;
    const missing = await download(intruder, { id: crypto.randomUUID(), kind: "facturx-pdf" });
    expect(missing.status).toBe(404);
    const missingBody = await missing.text();

    for (const { slug } of DOCUMENT_DOWNLOADS) {
      const response = await download(intruder, { id: sentA.invoiceId, kind: slug });
      expect(response.status).toBe(404);
      expect(await response.text()).toBe(missingBody);
    }
    const attachment = await download(intruder, { id: sentA.invoiceId, attachmentId: sentA.attachmentId });
    expect(attachment.status).toBe(404);
    expect(await attachment.text()).toBe(missingBody);
    // A's attachment asked for through B's own invoice is not found either.
    await expect(getInvoiceAttachment({ userId: intruder, invoiceId: sentB.invoiceId, attachmentId: sentA.attachmentId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getInvoice({ userId: intruder, invoiceId: sentA.invoiceId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers 404 to malformed ids without asking the database", async () => {
    vi.mocked(getInvoiceDocument).mockClear();
    vi.mocked(getInvoiceAttachment).mockClear();
    for (const params of [{ id: "../../etc/passwd", kind: "facturx-pdf" }, { id: sentA.invoiceId, attachmentId: "../../etc/passwd" }]) {
      const response = await download(supplierA.principal.id, params);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe("Fichier introuvable.");
    }
    expect(getInvoiceDocument).not.toHaveBeenCalled();
    expect(getInvoiceAttachment).not.toHaveBeenCalled();
  });
});
