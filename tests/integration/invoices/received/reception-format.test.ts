// « Format de réception des factures » (issue 17): a public structure's gestionnaire chooses the syntax its invoices
// reach it in (Factur-X by default, CII, UBL 2.1, the PDF alone), and the invoice page's download, the ZIP of Factures
// reçues and the API's structure give it: the file deposited as it came when it already is in that syntax, else the
// invoice written in it from the invoice (the same model), the attachments unchanged.
import { randomUUID } from "node:crypto";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { consulterStructure } from "@/features/api/operations/structures/consulter.ts";
import { createFacturXPdf, type EInvoice, extractEmbeddedFiles, parseXml, readCii, readUbl, writeUbl } from "@/features/einvoice/index.ts";
import { depositInvoiceFile } from "@/features/invoices/deposit/use-cases/deposit-invoice-file.ts";
import { addInvoiceAttachment } from "@/features/invoices/entry/use-cases/add-invoice-attachment.ts";
import { getInvoice } from "@/features/invoices/entry/use-cases/get-invoice.ts";
import { saveInvoiceDraft } from "@/features/invoices/entry/use-cases/save-invoice-draft.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import type { InvoiceFormInput } from "@/features/invoices/common/schemas.ts";
import { getReceivedInvoice, getReceivedInvoiceFile, streamReceivedInvoicesZip } from "@/features/invoices/received/index.ts";
import { structureUpdateSchema } from "@/features/structures/schemas/management.ts";
import { updateStructure } from "@/features/structures/use-cases/update-structure.ts";
import type { ReceptionFormat } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { sampleEInvoice } from "../../../../scripts/lib/sample-einvoices.ts";
import { attach, createInvoiceRecipients, createInvoiceSupplier, createManagedStructure, createUser } from "../../factories.ts";

const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"));
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");
const fields = { raisonSociale: "BREST METROPOLE BUDGET PRINCIPAL", status: "ACTIF", adresse: "2 rue Frézier", codePostal: "29200", ville: "BREST", pays: "France" };
const form = (receptionFormat?: string) => structureUpdateSchema.parse({ ...fields, receptionFormat });

describe("Format de réception des factures: the choice", () => {
  it("is Factur-X by default, kept for a public structure and shown by the API, ignored for a private one", async () => {
    const publique = await createManagedStructure({ kind: "PUBLIQUE" });
    expect((await db.structure.findUniqueOrThrow({ where: { id: publique.structure.id } })).receptionFormat).toBe("FACTURX");
    await updateStructure({ userId: publique.principal.id, structureId: publique.structure.id, input: form("UBL") });
    expect((await db.structure.findUniqueOrThrow({ where: { id: publique.structure.id } })).receptionFormat).toBe("UBL");
    // The form without the field (it is not shown) keeps the default, as a blank choice does.
    expect(form().receptionFormat).toBe("FACTURX");
    expect(form("").receptionFormat).toBe("FACTURX");
    expect(structureUpdateSchema.safeParse({ ...fields, receptionFormat: "EDIFACT" }).error?.issues[0]).toMatchObject({ path: ["receptionFormat"], message: "Choisissez le format de réception des factures." });

    const answer = await consulterStructure.run({ body: { idStructure: publique.structure.id } } as never);
    expect(answer).toMatchObject({ parametres: { formatReception: "UBL" } });

    const privee = await createManagedStructure();
    await updateStructure({ userId: privee.principal.id, structureId: privee.structure.id, input: form("CII") });
    expect((await db.structure.findUniqueOrThrow({ where: { id: privee.structure.id } })).receptionFormat).toBe("FACTURX");
  });
});

describe("Format de réception des factures: the downloads", () => {
  let brestId: string;
  let agent: { id: string };
  let enteredId: string;
  let depositedUblId: string;
  let depositedUblBytes: Uint8Array;
  let facturXId: string;
  let facturXXml: Uint8Array;
  let enteredCii: string;

  const choose = (receptionFormat: ReceptionFormat) => db.structure.update({ where: { id: brestId }, data: { receptionFormat } });

  beforeAll(async () => {
    const supplier = await createInvoiceSupplier();
    const { brest, brestService } = await createInvoiceRecipients();
    brestId = brest.id;
    if (!(await db.structureEspace.findFirst({ where: { structureId: brest.id, espace: "FACTURES_RECUES" } }))) {
      await db.structureEspace.create({ data: { structureId: brest.id, espace: "FACTURES_RECUES" } });
    }
    agent = await createUser();
    await attach(agent.id, brest.id, { espaces: ["FACTURES_RECUES"] });
    const userId = supplier.principal.id;

    // An invoice entered on the portal, with an attachment.
    const input: InvoiceFormInput = {
      supplierStructureId: supplier.structure.id, recipientIsState: false, recipientStructureId: brest.id, recipientServiceId: brestService.id,
      cadre: "A1", currency: "EUR", type: "FACTURE", vatRegime: "DEBITS", engagementNumber: "BM124", paymentMode: "VIREMENT",
      invoiceNumber: `F-RECEP-${randomUUID().slice(0, 8)}`, invoiceDate: "2026-11-23",
      lines: [{ denomination: "Pommes", quantity: "4", unit: "KGM", unitPriceNet: "2", vatRate: "5.5" }],
    };
    const { invoiceId } = await saveInvoiceDraft({ userId, input });
    await addInvoiceAttachment({ userId, invoiceId, attachment: { type: "Bon de commande", designation: "Bon", file: { name: "bon.png", content: PNG } } });
    await sendInvoice({ userId, input: { ...input, invoiceId } });
    enteredId = invoiceId;
    enteredCii = text((await db.invoiceDocument.findUniqueOrThrow({ where: { invoiceId_kind: { invoiceId, kind: "CII_XML" } } })).content);

    // A UBL file deposited (XML structuré), then sent.
    const einvoice = sampleEInvoice(
      1,
      { seller: { name: supplier.structure.raisonSociale, identifier: supplier.structure.identifier, vatId: "FR40303265045" }, buyer: { name: "BREST METROPOLE BUDGET PRINCIPAL", siret: "24290031400012", serviceCode: "FACTURES" }, engagement: () => "BM124" },
      { number: `UBL-RECEP-${randomUUID().slice(0, 8)}` },
    );
    depositedUblBytes = new TextEncoder().encode(writeUbl({ ...einvoice, payment: { meansCode: "1", meansText: "Virement" } } as EInvoice));
    const draft = await depositInvoiceFile({ userId, input: { supplierStructureId: supplier.structure.id, cadre: "A1", format: "XML_STRUCTURE", file: { name: "deposee.xml", bytes: depositedUblBytes } } });
    await sendInvoice({ userId, input: (await getInvoice({ userId, invoiceId: draft.invoiceId })).form });
    depositedUblId = draft.invoiceId;

    // A Factur-X PDF deposited (XML mixte), then sent: its CII is the XML it embeds.
    const facturX = await createFacturXPdf({ ...einvoice, number: `FX-RECEP-${randomUUID().slice(0, 8)}`, payment: { meansCode: "1", meansText: "Virement" } } as EInvoice);
    facturXXml = (await extractEmbeddedFiles(facturX.pdf))[0].content;
    const facturXDraft = await depositInvoiceFile({ userId, input: { supplierStructureId: supplier.structure.id, cadre: "A1", format: "XML_MIXTE", file: { name: "facturx.pdf", bytes: facturX.pdf } } });
    await sendInvoice({ userId, input: (await getInvoice({ userId, invoiceId: facturXDraft.invoiceId })).form });
    facturXId = facturXDraft.invoiceId;
    await db.invoice.updateMany({ where: { id: { in: [enteredId, depositedUblId, facturXId] } }, data: { status: "MISE_A_DISPOSITION", receivedAt: new Date() } });
  });

  it("Factur-X (the default): the Factur-X PDF of an entered invoice, the deposited file of a deposited one; the page keeps its documents", async () => {
    await choose("FACTURX");
    const entered = await getReceivedInvoiceFile({ userId: agent.id, invoiceId: enteredId });
    expect(entered.mimeType).toBe("application/pdf");
    expect(text(entered.content.subarray(0, 5))).toBe("%PDF-");
    expect((await getReceivedInvoiceFile({ userId: agent.id, invoiceId: depositedUblId })).content).toEqual(depositedUblBytes);
    expect((await getReceivedInvoice({ userId: agent.id, invoiceId: enteredId })).receptionFormatLabel).toBeNull();
  });

  it("CII: the portal's CII of an entered invoice; a deposited UBL written in CII with the same model; a deposited Factur-X s own XML", async () => {
    await choose("CII");
    expect(text((await getReceivedInvoiceFile({ userId: agent.id, invoiceId: enteredId })).content)).toBe(enteredCii);
    const fromUbl = await getReceivedInvoiceFile({ userId: agent.id, invoiceId: depositedUblId });
    expect(fromUbl).toMatchObject({ mimeType: "application/xml", fileName: expect.stringMatching(/-cii\.xml$/) });
    const { specificationId: _a, ...asCii } = readCii(parseXml(fromUbl.content)).invoice;
    const { specificationId: _b, ...asUbl } = readUbl(parseXml(depositedUblBytes)).invoice;
    expect(asCii).toEqual(asUbl);
    expect((await getReceivedInvoice({ userId: agent.id, invoiceId: enteredId })).receptionFormatLabel).toBe("XML UN/CEFACT CII");
    // A deposited Factur-X: the XML it embeds, as it came.
    expect((await getReceivedInvoiceFile({ userId: agent.id, invoiceId: facturXId })).content).toEqual(facturXXml);
  });

  it("UBL: the deposited UBL as it came; an entered invoice and a deposited Factur-X written in UBL with their CII's model", async () => {
    await choose("UBL");
    expect((await getReceivedInvoiceFile({ userId: agent.id, invoiceId: depositedUblId })).content).toEqual(depositedUblBytes);
    const entered = await getReceivedInvoiceFile({ userId: agent.id, invoiceId: enteredId });
    expect(entered.fileName).toMatch(/-ubl\.xml$/);
    const ubl = readUbl(parseXml(entered.content));
    expect(ubl.root).toBe("Invoice");
    expect(ubl.invoice).toEqual(readCii(parseXml(enteredCii)).invoice);
    // A deposited Factur-X written in UBL from the XML it embeds.
    expect(readUbl(parseXml((await getReceivedInvoiceFile({ userId: agent.id, invoiceId: facturXId })).content)).invoice).toEqual(readCii(parseXml(facturXXml)).invoice);
  });

  it("PDF alone: the Factur-X PDF of an entered invoice, a PDF written for a deposited XML", async () => {
    await choose("PDF");
    expect(text((await getReceivedInvoiceFile({ userId: agent.id, invoiceId: enteredId })).content.subarray(0, 5))).toBe("%PDF-");
    const deposited = await getReceivedInvoiceFile({ userId: agent.id, invoiceId: depositedUblId });
    expect(deposited.mimeType).toBe("application/pdf");
    expect(text(deposited.content.subarray(0, 5))).toBe("%PDF-");
    // A deposited Factur-X is a PDF: given as it came.
    expect((await getReceivedInvoiceFile({ userId: agent.id, invoiceId: facturXId })).fileName).toBe("facturx.pdf");
  });

  it("the ZIP of Factures reçues holds each invoice in the chosen format, its attachments unchanged", async () => {
    await choose("UBL");
    const zip = await streamReceivedInvoicesZip({ userId: agent.id, invoiceIds: [enteredId, depositedUblId] });
    const entries = unzipSync(new Uint8Array(await new Response(zip.stream).arrayBuffer()));
    const names = Object.keys(entries);
    const enteredUbl = names.find((name) => name.endsWith("-ubl.xml"))!;
    expect(readUbl(parseXml(entries[enteredUbl])).invoice).toEqual(readCii(parseXml(enteredCii)).invoice);
    expect(entries[names.find((name) => name.endsWith("/deposee.xml"))!]).toEqual(depositedUblBytes);
    expect(entries[names.find((name) => name.endsWith("/pieces-jointes/bon.png"))!]).toEqual(PNG);
    expect(names.some((name) => name.endsWith(".pdf"))).toBe(false);
  });

  it("is not found for anyone but the recipient's staff", async () => {
    const stranger = await createUser();
    await expect(getReceivedInvoiceFile({ userId: stranger.id, invoiceId: enteredId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
