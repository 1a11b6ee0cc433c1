// "Coordonnées bancaires": a structure's accounts are added, changed and (de)activated by its gestionnaires only, each
// change audited; an invoice pays to one of its structure's ACTIVE accounts, its IBAN and BIC copied as they were; a
// deposited file (single deposit or Dépôt par lot) naming another IBAN is refused. Decision 0006.
import { describe, expect, it } from "vitest";
import { extractEmbeddedFiles } from "@/features/einvoice/index.ts";
import { foreignIbanMessage, UNKNOWN_ACCOUNT_MESSAGE } from "@/features/invoices/common/data/bank-accounts.ts";
import { depositFluxJobHandlers } from "@/features/invoices/batch/index.ts";
import { createDepositFlux } from "@/features/invoices/batch/use-cases/create-deposit-flux.ts";
import { getDepositFlux } from "@/features/invoices/batch/use-cases/get-deposit-flux.ts";
import type { InvoiceFormInput } from "@/features/invoices/common/schemas.ts";
import { depositInvoiceFile } from "@/features/invoices/deposit/use-cases/deposit-invoice-file.ts";
import { saveInvoiceDraft } from "@/features/invoices/entry/use-cases/save-invoice-draft.ts";
import { DEPOSIT_ACCOUNT_INACTIVE_MESSAGE } from "@/features/invoices/entry/rules/sending-refusals.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import { bankAccountSchema } from "@/features/structures/schemas/management.ts";
import { addBankAccount } from "@/features/structures/use-cases/add-bank-account.ts";
import { setBankAccountActive } from "@/features/structures/use-cases/set-bank-account-active.ts";
import { updateBankAccount } from "@/features/structures/use-cases/update-bank-account.ts";
import { db } from "@/server/db.ts";
import { runDueJobs } from "@/server/jobs/run-jobs.ts";
import { sampleEInvoice, writeUbl, type SampleParties } from "../../../scripts/lib/sample-einvoices.ts";
import { attach, createInvoiceRecipients, createInvoiceSupplier, createManagedStructure, createUser, SUPPLIER_IBAN } from "../factories.ts";

const FOREIGN_IBAN = "DE89370400440532013000";
const OTHER_IBAN = "FR7610107001011234567890129";
const account = (fields: Record<string, unknown> = {}) => bankAccountSchema.parse({ iban: "fr76 1010 7001 0112 3456 7890 129", bic: "bred fr pp xxx", titulaire: "Société Exemple", ...fields });

async function setUp() {
  const supplier = await createInvoiceSupplier();
  const recipients = await createInvoiceRecipients();
  const form = (overrides: Partial<InvoiceFormInput> = {}): InvoiceFormInput => ({
    supplierStructureId: supplier.structure.id,
    recipientStructureId: recipients.brest.id,
    recipientServiceId: recipients.brestService.id,
    cadre: "A1",
    type: "FACTURE",
    vatRegime: "DEBITS",
    paymentMode: "VIREMENT",
    engagementNumber: "BM124",
    invoiceNumber: "F-BANQUE-1",
    invoiceDate: "2026-03-02",
    lines: [{ denomination: "Pommes", quantity: "4", unit: "KGM", unitPriceNet: "2", vatRate: "5,5" }],
    ...overrides,
  });
  const parties: SampleParties = {
    seller: { name: supplier.structure.raisonSociale, identifier: supplier.structure.identifier, vatId: "FR32123456789" },
    buyer: { name: recipients.brest.raisonSociale, siret: recipients.brest.identifier, serviceCode: "FACTURES" },
    engagement: (i) => `BM${i}`,
  };
  /** A valid UBL invoice of the supplier paid by transfer to this IBAN. */
  const ubl = (i: number, iban: string) => new TextEncoder().encode(writeUbl({ ...sampleEInvoice(i, parties), payment: { meansCode: "30", accounts: [{ iban }] } }));
  return { ...supplier, ...recipients, userId: supplier.principal.id, form, ubl };
}

describe("bank accounts of a structure", () => {
  it("are added, changed, deactivated and reactivated by a gestionnaire, IBAN in electronic format, each change in the audit log", async () => {
    const { structure, principal } = await createManagedStructure();
    const added = await addBankAccount({ userId: principal.id, structureId: structure.id, input: account() });
    expect(added).toMatchObject({ iban: OTHER_IBAN, bic: "BREDFRPPXXX", titulaire: "Société Exemple", actif: true, affactureur: false });
    await updateBankAccount({ userId: principal.id, structureId: structure.id, bankAccountId: added.id, input: account({ bic: "", affactureur: "on", titulaire: "FACTOR SA" }) });
    await setBankAccountActive({ userId: principal.id, structureId: structure.id, bankAccountId: added.id, active: false });
    expect(await db.bankAccount.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({ bic: null, affactureur: true, titulaire: "FACTOR SA", actif: false });
    await setBankAccountActive({ userId: principal.id, structureId: structure.id, bankAccountId: added.id, active: true });
    const audit = await db.auditLog.findMany({ where: { targetId: added.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => [row.action, row.actorId])).toEqual([
      ["BANK_ACCOUNT_ADDED", principal.id],
      ["BANK_ACCOUNT_UPDATED", principal.id],
      ["BANK_ACCOUNT_DEACTIVATED", principal.id],
      ["BANK_ACCOUNT_ACTIVATED", principal.id],
    ]);
    await expect(addBankAccount({ userId: principal.id, structureId: structure.id, input: account() })).rejects.toMatchObject({ code: "CONFLICT", field: "iban" });
  });

  it("refuses an IBAN with a wrong key, a malformed BIC and a missing holder, with French messages", () => {
    const result = bankAccountSchema.safeParse({ iban: "FR76 3000 6000 0112 3456 7890 188", bic: "BNP", titulaire: " " });
    expect(Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]))).toEqual({
      iban: "L'IBAN saisi n'est pas valide : vérifiez sa clé.",
      bic: "Le BIC saisi n'est pas valide : il compte 8 ou 11 caractères, par exemple BNPAFRPPXXX.",
      titulaire: "Saisissez le titulaire du compte.",
    });
  });

  it("a simple user cannot add an account, nor change or deactivate one; another structure's gestionnaire neither (not found)", async () => {
    const { structure, principal } = await createManagedStructure();
    const existing = await addBankAccount({ userId: principal.id, structureId: structure.id, input: account() });
    const simple = await createUser();
    await attach(simple.id, structure.id, { espaces: ["FACTURES_EMISES", "ACTIVITES_GESTIONNAIRE"] });
    const other = await createManagedStructure();
    for (const intruder of [simple.id, other.principal.id]) {
      await expect(addBankAccount({ userId: intruder, structureId: structure.id, input: account({ iban: FOREIGN_IBAN }) })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(updateBankAccount({ userId: intruder, structureId: structure.id, bankAccountId: existing.id, input: account({ iban: FOREIGN_IBAN }) })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(setBankAccountActive({ userId: intruder, structureId: structure.id, bankAccountId: existing.id, active: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // A gestionnaire of structure B cannot reach structure A's account through B either.
    await expect(updateBankAccount({ userId: other.principal.id, structureId: other.structure.id, bankAccountId: existing.id, input: account({ iban: FOREIGN_IBAN }) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.bankAccount.findMany({ where: { structureId: structure.id }, select: { iban: true, actif: true } })).toEqual([{ iban: OTHER_IBAN, actif: true }]);
  });
});

describe("the account an invoice pays to", () => {
  it("an invoice pays to the chosen active account, its IBAN and BIC copied as they were and written in its Factur-X", async () => {
    const s = await setUp();
    const chosen = await addBankAccount({ userId: s.userId, structureId: s.structure.id, input: account() });
    const sent = await sendInvoice({ userId: s.userId, input: s.form({ bankAccountId: chosen.id }) });
    // The gestionnaire changes the account afterwards: the sent invoice keeps what it was sent with.
    await updateBankAccount({ userId: s.userId, structureId: s.structure.id, bankAccountId: chosen.id, input: account({ iban: FOREIGN_IBAN, bic: "" }) });
    const invoice = await db.invoice.findUniqueOrThrow({ where: { id: sent.invoiceId }, include: { documents: true } });
    expect(invoice).toMatchObject({ bankAccountId: chosen.id, iban: OTHER_IBAN, bic: "BREDFRPPXXX" });
    const pdf = invoice.documents.find((document) => document.kind === "FACTURX_PDF")!;
    const xml = new TextDecoder().decode((await extractEmbeddedFiles(pdf.content)).find((file) => file.name === "factur-x.xml")!.content);
    expect(xml).toContain(OTHER_IBAN);
    expect(xml).not.toContain(SUPPLIER_IBAN);
  });

  it("without a choice, an invoice pays to the structure's first active account", async () => {
    const s = await setUp();
    const draft = await saveInvoiceDraft({ userId: s.userId, input: s.form() });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: draft.invoiceId } })).toMatchObject({ bankAccountId: s.bankAccount.id, iban: SUPPLIER_IBAN });
  });

  it("a deactivated account cannot be chosen, on a draft or when sending", async () => {
    const s = await setUp();
    const old = await addBankAccount({ userId: s.userId, structureId: s.structure.id, input: account() });
    await setBankAccountActive({ userId: s.userId, structureId: s.structure.id, bankAccountId: old.id, active: false });
    await expect(saveInvoiceDraft({ userId: s.userId, input: s.form({ bankAccountId: old.id }) })).rejects.toMatchObject({ fieldErrors: { bankAccountId: UNKNOWN_ACCOUNT_MESSAGE } });
    await expect(sendInvoice({ userId: s.userId, input: s.form({ bankAccountId: old.id }) })).rejects.toMatchObject({ fieldErrors: { bankAccountId: UNKNOWN_ACCOUNT_MESSAGE } });
    expect(await db.invoice.count({ where: { supplierStructureId: s.structure.id } })).toBe(0);
  });

  it("structure B's account cannot be used by structure A", async () => {
    const a = await setUp();
    const b = await createInvoiceSupplier();
    await expect(saveInvoiceDraft({ userId: a.userId, input: a.form({ bankAccountId: b.bankAccount.id }) })).rejects.toMatchObject({ fieldErrors: { bankAccountId: UNKNOWN_ACCOUNT_MESSAGE } });
    await expect(sendInvoice({ userId: a.userId, input: a.form({ bankAccountId: b.bankAccount.id }) })).rejects.toMatchObject({ fieldErrors: { bankAccountId: UNKNOWN_ACCOUNT_MESSAGE } });
    expect(await db.invoice.count({ where: { bankAccountId: b.bankAccount.id } })).toBe(0);
  });
});

describe("a deposited file's IBAN", () => {
  it("a deposited file with a foreign IBAN is refused with a French message, storing nothing; one naming an active account pays to it", async () => {
    const s = await setUp();
    const before = await db.invoice.count();
    const refused = depositInvoiceFile({ userId: s.userId, input: { supplierStructureId: s.structure.id, cadre: "A1", format: "XML_STRUCTURE", file: { name: "etranger.xml", bytes: s.ubl(1, FOREIGN_IBAN) } } });
    await expect(refused).rejects.toMatchObject({ fieldErrors: { file: foreignIbanMessage(FOREIGN_IBAN) } });
    expect(await db.invoice.count()).toBe(before);

    const draft = await depositInvoiceFile({ userId: s.userId, input: { supplierStructureId: s.structure.id, cadre: "A1", format: "XML_STRUCTURE", file: { name: "bon.xml", bytes: s.ubl(2, SUPPLIER_IBAN) } } });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: draft.invoiceId } })).toMatchObject({ bankAccountId: s.bankAccount.id, iban: SUPPLIER_IBAN });
  });

  it("a deposited draft whose account was deactivated meanwhile cannot be sent until it is reactivated", async () => {
    const s = await setUp();
    const draft = await depositInvoiceFile({ userId: s.userId, input: { supplierStructureId: s.structure.id, cadre: "A1", format: "XML_STRUCTURE", file: { name: "bon.xml", bytes: s.ubl(3, SUPPLIER_IBAN) } } });
    await setBankAccountActive({ userId: s.userId, structureId: s.structure.id, bankAccountId: s.bankAccount.id, active: false });
    const completed = s.form({ invoiceId: draft.invoiceId, engagementNumber: "BM3", invoiceNumber: "LOT-000003", bankAccountId: "" });
    await expect(sendInvoice({ userId: s.userId, input: completed })).rejects.toMatchObject({ fieldErrors: { file: DEPOSIT_ACCOUNT_INACTIVE_MESSAGE } });
    await setBankAccountActive({ userId: s.userId, structureId: s.structure.id, bankAccountId: s.bankAccount.id, active: true });
    await expect(sendInvoice({ userId: s.userId, input: completed })).resolves.toMatchObject({ invoiceId: draft.invoiceId });
  });

  it("a batch file with a foreign IBAN is rejected with its reason in the compte rendu, the others accepted", async () => {
    const s = await setUp();
    const files = [
      { name: "bon-1.xml", bytes: s.ubl(11, SUPPLIER_IBAN) },
      { name: "etranger.xml", bytes: s.ubl(12, FOREIGN_IBAN) },
      { name: "bon-2.xml", bytes: s.ubl(13, SUPPLIER_IBAN) },
    ];
    const created = await createDepositFlux({ userId: s.userId, input: { supplierStructureId: s.structure.id, cadre: "A1", files } });
    await runDueJobs(depositFluxJobHandlers, { limit: 100 });
    const flux = await getDepositFlux({ userId: s.userId, fluxId: created.fluxId });
    expect(flux).toMatchObject({ status: "INTEGRE_PARTIELLEMENT", processedCount: 3, acceptedCount: 2, rejectedCount: 1 });
    const rejected = flux.items.find((item) => item.fileName === "etranger.xml")!;
    expect(rejected.status).toBe("REJETEE");
    expect(rejected.findings).toEqual([expect.objectContaining({ rule: "PORTAIL-BANQUE", message: foreignIbanMessage(FOREIGN_IBAN), location: "BT-84" })]);
    const invoices = await db.invoice.findMany({ where: { depositFluxId: created.fluxId }, select: { bankAccountId: true, iban: true } });
    expect(invoices).toEqual([
      { bankAccountId: s.bankAccount.id, iban: SUPPLIER_IBAN },
      { bankAccountId: s.bankAccount.id, iban: SUPPLIER_IBAN },
    ]);
  });
});
