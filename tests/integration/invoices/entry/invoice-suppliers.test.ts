// "Fournisseur" of the entry form: only the user's own structures that may issue invoices, with their services.
import { describe, expect, it } from "vitest";
import { listInvoiceSuppliers } from "@/features/invoices/entry/use-cases/list-invoice-suppliers.ts";
import { db } from "@/server/db.ts";
import { attach, createInvoiceSupplier, createServiceOf, createStructure, createUser, FACTURX_EXAMPLE_IBAN, SUPPLIER_IBAN } from "../../factories.ts";

describe("listInvoiceSuppliers", () => {
  it("gives the user's structure with its address, active bank accounts and active services, and nothing of another structure", async () => {
    const a = await createInvoiceSupplier();
    const b = await createInvoiceSupplier();
    await createServiceOf(a.structure.id, { code: "ANCIEN", actif: false });
    await db.bankAccount.create({ data: { structureId: a.structure.id, iban: "FR7610107001011234567890129", titulaire: "ANCIEN COMPTE", actif: false } });

    const [supplier, ...others] = await listInvoiceSuppliers({ userId: a.principal.id });
    expect(others).toEqual([]);
    expect(supplier).toMatchObject({ id: a.structure.id, raisonSociale: a.structure.raisonSociale, codePostal: "69002" });
    expect(supplier.bankAccounts.map((account) => account.iban)).toEqual([SUPPLIER_IBAN, FACTURX_EXAMPLE_IBAN]);
    expect(supplier.services.map((service) => service.code)).toEqual(["DEFAUT"]);
    expect((await listInvoiceSuppliers({ userId: b.principal.id })).map((s) => s.id)).toEqual([b.structure.id]);
  });

  it("leaves out a private structure without an Actif mandate, and one that does not open Factures émises to the user", async () => {
    const withoutMandate = await createInvoiceSupplier({ mandate: false });
    expect(await listInvoiceSuppliers({ userId: withoutMandate.principal.id })).toEqual([]);

    const supplier = await createInvoiceSupplier();
    const simpleUser = await createUser();
    await attach(simpleUser.id, supplier.structure.id, { espaces: ["MON_COMPTE"] });
    expect(await listInvoiceSuppliers({ userId: simpleUser.id })).toEqual([]);
  });

  it("offers a user attached to some services only those services, and every structure they may invoice for", async () => {
    const first = await createInvoiceSupplier();
    const second = await createInvoiceSupplier();
    const accounting = await createServiceOf(first.structure.id, { code: "COMPTA" });
    const user = await createUser();
    const rattachement = await attach(user.id, first.structure.id, { espaces: ["FACTURES_EMISES"] });
    await db.rattachementService.create({ data: { rattachementId: rattachement.id, serviceId: accounting.id } });
    await attach(user.id, second.structure.id, { espaces: ["FACTURES_EMISES"] });
    const publicBuyer = await createStructure({ kind: "PUBLIQUE" });
    await attach(user.id, publicBuyer.id, { espaces: ["FACTURES_EMISES"] });

    const suppliers = await listInvoiceSuppliers({ userId: user.id });
    expect(suppliers.map((s) => s.id).sort()).toEqual([first.structure.id, second.structure.id, publicBuyer.id].sort());
    expect(suppliers.find((s) => s.id === first.structure.id)!.services.map((s) => s.code)).toEqual(["COMPTA"]);
  });
});
