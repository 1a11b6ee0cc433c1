// A deposited invoice keeps its whole EN 16931 model (decision 0015): the file deposited is stored byte for byte as
// the invoice's « Facture originale », and reading it again gives every business term the file said, also those the
// portal's form has no field for; the CII writer passes that model on as it came (read again: the same model; UBL: tests/unit/einvoice/round-trip-property.test.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type EInvoice, parseXml, readCii, readInvoiceFile, writeCii } from "@/features/einvoice/index.ts";
import { ORIGINAL_ATTACHMENT_TYPE } from "@/features/invoices/common/index.ts";
import { depositInvoiceFile } from "@/features/invoices/deposit/use-cases/deposit-invoice-file.ts";
import { getInvoice } from "@/features/invoices/entry/use-cases/get-invoice.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import { db } from "@/server/db.ts";
import { createInvoiceSupplier, createPublicStructure } from "../../factories.ts";

/** F20180027, made another file (a PDF comment after its end) so that no other test's deposit of it is a duplicate. */
const bytes = new Uint8Array([...readFileSync(path.resolve("tests/fixtures/facturx/Facture_F20180027.pdf")), ...new TextEncoder().encode("\n% deposited-model\n")]);

describe("a deposited invoice keeps its model", () => {
  it("reads back from the stored original every term of the file, after the deposit and the sending, and the CII writer passes it on as it came", { timeout: 180_000 }, async () => {
    const supplier = await createInvoiceSupplier();
    await db.structure.update({ where: { id: supplier.structure.id }, data: { identifierType: "SIRET", identifier: "12345678900014" } });
    await createPublicStructure({ identifier: "98765432100029", raisonSociale: "LE CLIENT PUBLIC", services: [{ code: "SERVEXEC", libelle: "Service exécutant" }] });
    const userId = supplier.principal.id;
    const draft = await depositInvoiceFile({
      userId,
      input: { supplierStructureId: supplier.structure.id, cadre: "A1", format: "XML_MIXTE", file: { name: "Facture_F20180027.pdf", bytes } },
    });
    await sendInvoice({ userId, input: (await getInvoice({ userId, invoiceId: draft.invoiceId })).form });

    const original = await db.invoiceAttachment.findFirstOrThrow({ where: { invoiceId: draft.invoiceId, type: ORIGINAL_ATTACHMENT_TYPE } });
    const stored = await readInvoiceFile(new Uint8Array(original.content), { fileName: original.fileName });
    const deposited = await readInvoiceFile(bytes, { fileName: "Facture_F20180027.pdf" });
    expect(stored.invoice).toEqual(deposited.invoice);
    // Terms the portal's form has no field for (the deposit lists them as not taken over) are kept all the same.
    expect(stored.invoice).toMatchObject({
      tenderOrLotReference: "TENDER-002",
      invoicedObjectId: { id: "REFCLI0215" },
      attachments: [{ id: "SUPPort doc", description: "support descript", uri: "url:gffter" }],
    });
    expect(stored.invoice.allowancesCharges).toHaveLength(2);

    const model = stored.invoice as EInvoice;
    expect(readCii(parseXml(writeCii(model))).invoice).toEqual(stored.invoice);
  });
});
