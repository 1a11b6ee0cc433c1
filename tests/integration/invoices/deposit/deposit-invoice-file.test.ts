// "Dépôt d'une nouvelle facture": a deposited file becomes a pre-filled draft (BROUILLON) with the file attached as
// its "Facture originale"; the user completes and sends it. A file deposited twice, a file that breaks EN 16931, an
// unreadable one or another structure's deposit are refused, storing nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readInvoiceFile } from "@/features/einvoice/index.ts";
import { toDepositedInvoice } from "@/features/invoices/deposit/rules/from-einvoice.ts";
import { resolveDepositParties } from "@/features/invoices/deposit/data/resolve-deposit-parties.ts";
import { writeDepositedInvoice } from "@/features/invoices/deposit/data/write-deposited-invoice.ts";
import { depositInvoiceFile, type DepositFile } from "@/features/invoices/deposit/use-cases/deposit-invoice-file.ts";
import { getInvoice } from "@/features/invoices/entry/use-cases/get-invoice.ts";
import { saveInvoiceDraft } from "@/features/invoices/entry/use-cases/save-invoice-draft.ts";
import { deleteInvoiceAttachment } from "@/features/invoices/entry/use-cases/delete-invoice-attachment.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import { db } from "@/server/db.ts";
import { createInvoiceSupplier, createPublicStructure, createServiceOf } from "../../factories.ts";

const fixture = (relative: string) => new Uint8Array(readFileSync(path.resolve("tests/fixtures", relative)));
const F2018 = fixture("facturx/Facture_F20180027.pdf");
/** The same invoice in another file (a PDF comment after its end): another SHA-256, the same content. */
const variant = (bytes: Uint8Array, tag: string) => new Uint8Array([...bytes, ...new TextEncoder().encode(`\n% ${tag}\n`)]);

/** F20180027's seller (SIRET 12345678900014) is a supplier of this database; its buyer a public structure with SERVEXEC. */
let f2018Parties: Promise<{ supplier: Awaited<ReturnType<typeof createInvoiceSupplier>>; recipient: { id: string }; serviceId: string }> | undefined;
function f2018Setup() {
  f2018Parties ??= (async () => {
    const supplier = await createInvoiceSupplier();
    supplier.structure = await db.structure.update({ where: { id: supplier.structure.id }, data: { identifierType: "SIRET", identifier: "12345678900014" } });
    const recipient = await createPublicStructure({ identifier: "98765432100029", raisonSociale: "LE CLIENT PUBLIC", services: [{ code: "SERVEXEC", libelle: "Service exécutant" }] });
    const service = await db.service.findFirstOrThrow({ where: { structureId: recipient.id, code: "SERVEXEC" } });
    return { supplier, recipient, serviceId: service.id };
  })();
  return f2018Parties;
}

const deposit = (structureId: string, bytes: Uint8Array, overrides: Partial<DepositFile> = {}): DepositFile => ({
  supplierStructureId: structureId,
  cadre: "A1",
  format: "XML_MIXTE",
  file: { name: "Facture_F20180027.pdf", bytes },
  ...overrides,
});

const counts = async () => ({
  invoices: await db.invoice.count(),
  lines: await db.invoiceLine.count(),
  attachments: await db.invoiceAttachment.count(),
  events: await db.event.count(),
});

describe("depositInvoiceFile", () => {
  it("pre-fills a draft from a Factur-X (XML mixte), keeps the file, finds the recipient, and the completed form is sent", async () => {
    const { supplier, recipient, serviceId } = await f2018Setup();
    const userId = supplier.principal.id;
    const bytes = variant(F2018, "principal");
    const draft = await depositInvoiceFile({ userId, input: deposit(supplier.structure.id, bytes, { cadre: "A2", supplierServiceId: supplier.defaultService.id }) });
    expect(draft.temporaryNumber).toMatch(/^TMP\d{4}\d{14}$/);
    expect(draft.unmapped).toContain("2 remises/charges au niveau du document");

    const stored = await db.invoice.findUniqueOrThrow({ where: { id: draft.invoiceId }, include: { lines: { orderBy: { position: "asc" } }, attachments: true } });
    expect(stored).toMatchObject({
      status: "BROUILLON",
      depositMode: "XML_MIXTE",
      cadre: "A2",
      supplierServiceId: supplier.defaultService.id,
      invoiceNumber: "F20180027",
      sentNumber: null,
      type: "FACTURE",
      vatRegime: "ENCAISSEMENTS",
      engagementNumber: "PO201925478",
      marketNumber: "CT2018120802",
      originalInvoiceNumber: "F20180003",
      recipientStructureId: recipient.id,
      recipientServiceId: serviceId,
      fieldsToCheck: [],
      createdById: userId,
    });
    expect(stored.invoiceDate?.toISOString().slice(0, 10)).toBe("2018-12-31");
    expect([stored.totalNet, stored.totalVat, stored.totalGross, stored.amountDue].map((amount) => amount.toFixed(2))).toEqual(["100.00", "10.00", "110.00", "100.00"]);
    expect(stored.lines.map((line) => [line.denomination, line.quantity.toString(), line.unitPriceNet.toString(), line.vatRate.toString(), line.lineNet.toFixed(2)])).toEqual([
      ["PRESTATION SUPPORT", "1", "60", "10", "60.00"],
      ["FOURNITURES DIVERSES", "3", "10", "10", "30.00"],
      ["APPEL", "1", "5", "10", "5.00"],
    ]);
    const { createHash } = await import("node:crypto");
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    expect(stored.originalSha256).toBe(sha256);
    expect(stored.attachments).toHaveLength(1);
    expect(stored.attachments[0]).toMatchObject({ type: "Facture originale", designation: "Facture_F20180027.pdf", fileName: "Facture_F20180027.pdf", extension: "pdf", mimeType: "application/pdf", size: bytes.length, sha256 });
    expect(Buffer.from(stored.attachments[0].content).equals(Buffer.from(bytes))).toBe(true);
    expect(await db.event.count({ where: { userId, type: "FACTURE_FICHIER_DEPOSE", link: `/factures-emises/${draft.invoiceId}/modifier` } })).toBe(1);

    // The page's view of it: the form pre-filled, the mode shown, the original among the attachments.
    const shown = await getInvoice({ userId, invoiceId: draft.invoiceId });
    expect(shown).toMatchObject({ depositMode: "XML_MIXTE", fieldsToCheck: [], isDraft: true, attachments: [{ type: "Facture originale" }] });
    expect(shown.form).toMatchObject({ recipientStructureId: recipient.id, recipientServiceId: serviceId, invoiceNumber: "F20180027", invoiceDate: "2018-12-31" });

    const sent = await sendInvoice({ userId, input: shown.form });
    expect(sent).toEqual({ invoiceId: draft.invoiceId, number: "F20180027", withoutBankDetails: false, recycledMotif: null });
    const after = await db.invoice.findUniqueOrThrow({ where: { id: draft.invoiceId }, include: { attachments: true, documents: true } });
    expect(after).toMatchObject({ status: "DEPOSEE", sentNumber: "F20180027", depositMode: "XML_MIXTE", originalSha256: sha256, fieldsToCheck: [] });
    expect(after.attachments.map((attachment) => attachment.type)).toEqual(["Facture originale"]);
    // The file is the invoice: its amounts (document charges, allowances, prepaid) and lines stay; only a receipt is added.
    expect([after.totalNet, after.totalVat, after.totalGross, after.amountDue].map((amount) => amount.toFixed(2))).toEqual(["100.00", "10.00", "110.00", "100.00"]);
    expect(await db.invoiceLine.count({ where: { invoiceId: draft.invoiceId } })).toBe(3);
    expect(after.documents.map((document) => document.kind)).toEqual(["DEPOSIT_RECEIPT_PDF"]);
  });

  it("takes from the form only what completes a structured deposit: the file's number, lines and amounts stay", async () => {
    const { supplier } = await f2018Setup();
    const userId = supplier.principal.id;
    const draft = await depositInvoiceFile({ userId, input: deposit(supplier.structure.id, variant(F2018, "locked")) });
    const { form } = await getInvoice({ userId, invoiceId: draft.invoiceId });
    await saveInvoiceDraft({ userId, input: { ...form, invoiceNumber: "AUTRE", lines: form.lines?.slice(0, 1), engagementNumber: "EJ-77", comment: "Complétée" } });
    const stored = await db.invoice.findUniqueOrThrow({ where: { id: draft.invoiceId } });
    expect(stored).toMatchObject({ invoiceNumber: "F20180027", engagementNumber: "EJ-77", comment: "Complétée" });
    expect(stored.totalGross.toFixed(2)).toBe("110.00");
    expect(await db.invoiceLine.count({ where: { invoiceId: draft.invoiceId } })).toBe(3);
    const original = await db.invoiceAttachment.findFirstOrThrow({ where: { invoiceId: draft.invoiceId } });
    await expect(deleteInvoiceAttachment({ userId, invoiceId: draft.invoiceId, attachmentId: original.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("pre-fills a draft from a UBL file (XML structuré); a recipient the directory does not know is left to the user", async () => {
    const supplier = await createInvoiceSupplier();
    // The file pays to this account: one of the structure's (decision 0006).
    await db.bankAccount.create({ data: { structureId: supplier.structure.id, iban: "DK1212341234123412", titulaire: "Seller A/S" } });
    const bytes = fixture("en16931/ubl/ubl-tc434-example4.xml");
    const draft = await depositInvoiceFile({ userId: supplier.principal.id, input: deposit(supplier.structure.id, bytes, { format: "XML_STRUCTURE", file: { name: "ubl-tc434-example4.xml", bytes } }) });
    const stored = await db.invoice.findUniqueOrThrow({ where: { id: draft.invoiceId }, include: { lines: true, attachments: true } });
    expect(stored).toMatchObject({ status: "BROUILLON", depositMode: "XML_STRUCTURE", invoiceNumber: "TOSL110", currency: "DKK", recipientStructureId: null, engagementNumber: "123" });
    expect(stored.totalGross.toFixed(2)).toBe("4675.00");
    expect(stored.lines).toHaveLength(3);
    expect(stored.attachments[0]).toMatchObject({ type: "Facture originale", fileName: "ubl-tc434-example4.xml", mimeType: "application/xml" });
  });

  it("keeps a plain PDF and marks what was read from its text « à vérifier », until the user saves", async () => {
    const supplier = await createInvoiceSupplier();
    const userId = supplier.principal.id;
    const bytes = fixture("facturx/MustangGnuaccountingBeispielRE-20201121_508blanko.pdf");
    const draft = await depositInvoiceFile({ userId, input: deposit(supplier.structure.id, bytes, { format: "PDF_NON_SIGNE", file: { name: "facture.pdf", bytes } }) });
    const stored = await db.invoice.findUniqueOrThrow({ where: { id: draft.invoiceId }, include: { lines: true, attachments: true } });
    expect(stored).toMatchObject({ status: "BROUILLON", depositMode: "PDF_NON_SIGNE" });
    expect(stored.fieldsToCheck).toEqual(expect.arrayContaining(["totals"]));
    expect([stored.totalNet, stored.totalVat, stored.totalGross].map((amount) => amount.toFixed(2))).toEqual(["496.00", "75.04", "571.04"]);
    expect(stored.lines).toEqual([]);
    expect(stored.attachments).toMatchObject([{ type: "Facture originale", mimeType: "application/pdf" }]);

    const { form } = await getInvoice({ userId, invoiceId: draft.invoiceId });
    await saveInvoiceDraft({ userId, input: { ...form, invoiceDate: form.invoiceDate || "2020-11-21" } });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: draft.invoiceId }, select: { fieldsToCheck: true, depositMode: true, originalSha256: true } })).toEqual({
      fieldsToCheck: [],
      depositMode: "PDF_NON_SIGNE",
      originalSha256: stored.originalSha256,
    });
    expect(await db.invoiceAttachment.count({ where: { invoiceId: draft.invoiceId } })).toBe(1);
  });

  it("refuses the same file twice as « Double facturation », even two deposits at once, and stores it once", async () => {
    const { supplier } = await f2018Setup();
    const userId = supplier.principal.id;
    const bytes = variant(F2018, "twice");
    const first = await depositInvoiceFile({ userId, input: deposit(supplier.structure.id, bytes) });
    const before = await counts();
    await expect(depositInvoiceFile({ userId, input: deposit(supplier.structure.id, bytes, { format: "PDF_NON_SIGNE", file: { name: "renamed.pdf", bytes } }) })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { file: `Double facturation : ce fichier a déjà été déposé (facture ${first.temporaryNumber}).` },
    });
    expect(await counts()).toEqual(before);

    const race = variant(F2018, "race");
    const results = await Promise.allSettled([depositInvoiceFile({ userId, input: deposit(supplier.structure.id, race) }), depositInvoiceFile({ userId, input: deposit(supplier.structure.id, race) })]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { fieldErrors: { file: expect.stringContaining("Double facturation : ce fichier a déjà été déposé") } } });
  });

  it("accepts the file again once its draft was deleted", async () => {
    const { supplier } = await f2018Setup();
    const bytes = variant(F2018, "deleted");
    const first = await depositInvoiceFile({ userId: supplier.principal.id, input: deposit(supplier.structure.id, bytes) });
    await db.invoice.delete({ where: { id: first.invoiceId } });
    await expect(depositInvoiceFile({ userId: supplier.principal.id, input: deposit(supplier.structure.id, bytes) })).resolves.toMatchObject({ invoiceId: expect.any(String) });
  });

  it.each([
    ["a corrupt PDF", "facturx/corrupt-factur-x-waytoosmall.pdf", "XML_MIXTE", "Le fichier PDF est endommagé ou illisible."],
    ["a ZUGFeRD 1.0 PDF", "facturx/zugferd_invoice.pdf", "XML_MIXTE", expect.stringContaining("ZUGFeRD 1.0")],
    ["an XML deposited as a PDF", "en16931/ubl/ubl-tc434-example4.xml", "PDF_NON_SIGNE", expect.stringContaining("un fichier XML")],
  ])("refuses %s with the reader's French message on the file, storing nothing", async (_case, file, format, message) => {
    const supplier = await createInvoiceSupplier();
    const before = await counts();
    const bytes = fixture(file);
    const error = await depositInvoiceFile({ userId: supplier.principal.id, input: deposit(supplier.structure.id, bytes, { format: format as DepositFile["format"], file: { name: "f", bytes } }) }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "VALIDATION", field: "file", fieldErrors: { file: message } });
    expect(await counts()).toEqual(before);
  });

  it("refuses a structured file that breaks EN 16931, listing every fatal finding with its rule and term", async () => {
    const supplier = await createInvoiceSupplier();
    const before = await counts();
    const xml = new TextDecoder().decode(fixture("en16931/ubl/ubl-tc434-example4.xml")).replace(/<cbc:PayableAmount currencyID="DKK">4675.00</, '<cbc:PayableAmount currencyID="DKK">4600.00<');
    const bytes = new TextEncoder().encode(xml);
    const error = await depositInvoiceFile({ userId: supplier.principal.id, input: deposit(supplier.structure.id, bytes, { format: "XML_STRUCTURE", file: { name: "faux.xml", bytes } }) }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "DepositFindingsError", code: "VALIDATION", findings: expect.arrayContaining([expect.objectContaining({ rule: "BR-CO-16" })]) });
    const text = (error as { fieldErrors: { file: string } }).fieldErrors.file;
    expect(text).toMatch(/^Le fichier ne respecte pas la norme EN 16931 \(\d+ erreurs?\) :\n/);
    expect(text).toMatch(/\[BR-CO-16\] .+ \(BT-115\)/);
    expect(await counts()).toEqual(before);
  });

  it("refuses a file whose seller is another structure than the depositing one", async () => {
    const supplier = await createInvoiceSupplier();
    const error = await depositInvoiceFile({ userId: supplier.principal.id, input: deposit(supplier.structure.id, variant(F2018, "other seller")) }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { file: expect.stringContaining("Le vendeur de cette facture (SIRET 12345678900014) n'est pas votre structure") } });
  });

  it("refuses another structure's service, and a structure without an Actif mandate", async () => {
    const { supplier } = await f2018Setup();
    const other = await createInvoiceSupplier();
    const foreignService = await createServiceOf(other.structure.id);
    await expect(depositInvoiceFile({ userId: supplier.principal.id, input: deposit(supplier.structure.id, variant(F2018, "service"), { supplierServiceId: foreignService.id }) })).rejects.toMatchObject({
      fieldErrors: { supplierServiceId: "Ce service n'appartient pas à votre structure ou n'est plus actif." },
    });
    const unmandated = await createInvoiceSupplier({ mandate: false });
    await expect(depositInvoiceFile({ userId: unmandated.principal.id, input: deposit(unmandated.structure.id, variant(F2018, "mandate")) })).rejects.toMatchObject({ code: "FORBIDDEN", field: "supplierStructureId" });
  });

  it("lets a user of structure B neither deposit for structure A nor read A's deposited invoice", async () => {
    const { supplier } = await f2018Setup();
    const b = await createInvoiceSupplier();
    const draft = await depositInvoiceFile({ userId: supplier.principal.id, input: deposit(supplier.structure.id, variant(F2018, "isolation")) });
    const before = await counts();
    await expect(depositInvoiceFile({ userId: b.principal.id, input: deposit(supplier.structure.id, variant(F2018, "intruder")) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getInvoice({ userId: b.principal.id, invoiceId: draft.invoiceId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await counts()).toEqual(before);
  });
});

describe("a number already sent", () => {
  it("is refused at send for a deposited draft, and as « Double facturation » when written DEPOSEE (the batch path), even at once", async () => {
    const { supplier, recipient, serviceId } = await f2018Setup();
    const userId = supplier.principal.id;
    // F20180027 sent once (the first test of this file may have sent it already: its supplier is shared).
    if ((await db.invoice.count({ where: { supplierStructureId: supplier.structure.id, sentNumber: "F20180027" } })) === 0) {
      const sentDraft = await depositInvoiceFile({ userId, input: deposit(supplier.structure.id, variant(F2018, "sent-1")) });
      await sendInvoice({ userId, input: (await getInvoice({ userId, invoiceId: sentDraft.invoiceId })).form });
    }

    // Another file with the same invoice number (F20180027).
    const second = await depositInvoiceFile({ userId, input: deposit(supplier.structure.id, variant(F2018, "sent-2")) });
    await expect(sendInvoice({ userId, input: (await getInvoice({ userId, invoiceId: second.invoiceId })).form })).rejects.toMatchObject({
      fieldErrors: { invoiceNumber: "Ce numéro de facture est déjà utilisé par une facture envoyée de votre structure." },
    });

    const bytes = variant(F2018, "batch");
    const read = await readInvoiceFile(bytes, { fileName: "lot.pdf", format: "XML_MIXTE" });
    const deposited = toDepositedInvoice(read.invoice);
    const parties = await resolveDepositParties(db, supplier.structure.id, deposited);
    expect(parties).toMatchObject({ recipient: { id: recipient.id }, recipientServiceId: serviceId, errors: {} });
    const write = (number: string, file: Uint8Array) =>
      db.$transaction((tx) =>
        writeDepositedInvoice(tx, {
          userId,
          supplierStructureId: supplier.structure.id,
          cadre: "A1",
          depositMode: "XML_STRUCTURE",
          deposited: { ...deposited, invoiceNumber: number },
          recipientStructureId: parties.recipient!.id,
          recipientServiceId: parties.recipientServiceId,
          status: "DEPOSEE",
          file: { name: "lot.pdf", bytes: file },
        }),
      );
    const before = await counts();
    await expect(write("F20180027", bytes)).rejects.toMatchObject({
      fieldErrors: { invoiceNumber: "Double facturation : le numéro de facture F20180027 est déjà utilisé par une facture envoyée de votre structure." },
    });
    expect(await counts()).toEqual(before);

    const results = await Promise.allSettled([write("LOT-RACE", variant(F2018, "race-a")), write("LOT-RACE", variant(F2018, "race-b"))]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { fieldErrors: { invoiceNumber: expect.stringContaining("Double facturation : le numéro de facture LOT-RACE") } } });
    const written = await db.invoice.findFirstOrThrow({ where: { sentNumber: "LOT-RACE" }, include: { history: true, attachments: true } });
    expect(written).toMatchObject({ status: "DEPOSEE", depositMode: "XML_STRUCTURE", recipientStructureId: recipient.id, history: [{ status: "DEPOSEE", actorId: userId }], attachments: [{ type: "Facture originale" }] });
    expect(written.sentAt).toBeInstanceOf(Date);
  });
});
