// The délai de paiement in the API (docs/payment-delays.md): factures/consulter/recipiendaire and
// factures/consulter/fournisseur answer the same delaiPaiement the two invoice pages show: the due day and the days
// left; after a late mise en paiement, the days late, the rate, the interest and the indemnity; null before receipt.
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, dateColumnOf, parisDay } from "@/features/invoices/common/index.ts";
import { db } from "@/server/db.ts";
import { createManagedStructure, createPublicStructure, openEspace } from "../factories.ts";
import { insertInvoice } from "../support/insert-invoice.ts";
import { apiClientFor } from "./support/api-client.ts";

const siret = () => Array.from({ length: 14 }, () => Math.floor(Math.random() * 10)).join("");
const unique = () => Math.random().toString(36).slice(2, 10).toUpperCase();

async function setUp() {
  const supplier = await createManagedStructure();
  await openEspace(supplier.structure.id, "FACTURES_EMISES");
  const buyer = await createPublicStructure({ identifier: siret(), raisonSociale: `ACHETEUR DELAIS ${unique()}` });
  await openEspace(buyer.id, "FACTURES_RECUES");
  const invoice = (status: "MISE_A_DISPOSITION" | "MISE_EN_PAIEMENT" | "DEPOSEE") =>
    insertInvoice(supplier, { number: `F-${unique()}`, status, sentAt: new Date("2026-05-21T09:00:00Z"), totalGross: "12000.00", recipientStructureId: buyer.id });
  const buyerApi = (await apiClientFor(buyer.id, [{ espace: "FACTURES_RECUES", modification: false }])).api;
  const supplierApi = (await apiClientFor(supplier.structure.id, [{ espace: "FACTURES_EMISES", modification: false }])).api;
  return { invoice, buyerApi, supplierApi };
}

beforeAll(async () => {
  await import("@/app/api/v1/factures/consulter/recipiendaire/route.ts");
}, 60_000);

describe("delaiPaiement of consulter/recipiendaire and consulter/fournisseur", () => {
  it("12 000.00 € due on 20 June 2026, mis en paiement on 10 July: 20 days late at 10.15 %, 66.74 € and 40 € to both sides", async () => {
    const { invoice, buyerApi, supplierApi } = await setUp();
    const paid = await invoice("MISE_EN_PAIEMENT");
    await db.invoice.update({
      where: { id: paid.id },
      data: {
        paymentDelayDays: 30,
        paymentDueDate: new Date("2026-06-20T00:00:00Z"),
        paymentOrderedOn: new Date("2026-07-10T00:00:00Z"),
        latePaymentDays: 20,
        latePaymentRate: "10.15",
        latePaymentInterest: "66.74",
        recoveryIndemnity: "40.00",
      },
    });
    const expected = {
      delaiJours: 30,
      dateEcheance: "2026-06-20",
      situation: "MISE_EN_PAIEMENT",
      joursRestants: null,
      joursDeRetard: 20,
      dateMiseEnPaiement: "2026-07-10",
      interetsMoratoires: { jours: 20, taux: "10.15", montant: "66.74", indemniteForfaitaire: "40.00" },
    };
    const asBuyer = await buyerApi.POST("/factures/consulter/recipiendaire", { body: { idFacture: paid.id } });
    expect(asBuyer.response.status).toBe(200);
    expect(asBuyer.data!.delaiPaiement).toEqual(expected);
    const asSupplier = await supplierApi.POST("/factures/consulter/fournisseur", { body: { idFacture: paid.id } });
    expect(asSupplier.response.status).toBe(200);
    expect(asSupplier.data!.delaiPaiement).toEqual(expected);
  });

  it("due in 5 days: A_PAYER, 5 days left, no interest; not received yet: null", async () => {
    const { invoice, buyerApi, supplierApi } = await setUp();
    const open = await invoice("MISE_A_DISPOSITION");
    const dueDay = addDays(parisDay(new Date()), 5);
    await db.invoice.update({ where: { id: open.id }, data: { paymentDelayDays: 30, paymentDueDate: dateColumnOf(dueDay) } });
    const asBuyer = await buyerApi.POST("/factures/consulter/recipiendaire", { body: { idFacture: open.id } });
    expect(asBuyer.data!.delaiPaiement).toEqual({
      delaiJours: 30,
      dateEcheance: dueDay,
      situation: "A_PAYER",
      joursRestants: 5,
      joursDeRetard: null,
      dateMiseEnPaiement: null,
      interetsMoratoires: null,
    });
    const deposited = await invoice("DEPOSEE");
    expect((await supplierApi.POST("/factures/consulter/fournisseur", { body: { idFacture: deposited.id } })).data!.delaiPaiement).toBeNull();
  });
});
