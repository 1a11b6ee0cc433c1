// « Traiter le rejet »: the supplier acknowledges a rejected invoice. Only a REJETEE invoice, once, by a user with
// « Factures émises » in modification; another structure's invoice is not found. The invoice then leaves the to-do
// counts (Synthèse, Tableau de bord's Rejetée tile, « Factures à traiter ») and stays in Rechercher with who and when.
import { beforeAll, describe, expect, it } from "vitest";
import { listSupplierInvoices } from "@/features/invoices/entry/use-cases/list-supplier-invoices.ts";
import { getInvoice } from "@/features/invoices/entry/use-cases/get-invoice.ts";
import { acknowledgeRejection } from "@/features/invoices/tracking/use-cases/acknowledge-rejection.ts";
import { getSupplierDashboard } from "@/features/invoices/tracking/use-cases/get-supplier-dashboard.ts";
import { getSupplierSummary } from "@/features/invoices/tracking/use-cases/get-supplier-summary.ts";
import { searchSupplierInvoices } from "@/features/invoices/tracking/use-cases/search-supplier-invoices.ts";
import { ALREADY_HANDLED_MESSAGE, NOT_REJECTED_MESSAGE, REJECTION_HANDLED_COMMENT } from "@/features/invoices/tracking/rules/rejection-handling.ts";
import { db } from "@/server/db.ts";
import { attach, createInvoiceRecipients, createInvoiceSupplier, createUser } from "../../factories.ts";
import { insertInvoice } from "../../support/insert-invoice.ts";

type Supplier = Awaited<ReturnType<typeof createInvoiceSupplier>>;

let recipients: Awaited<ReturnType<typeof createInvoiceRecipients>>;
beforeAll(async () => {
  recipients = await createInvoiceRecipients();
});

const sentAt = new Date("2026-03-02T10:00:00Z");
const rejected = (supplier: Supplier) =>
  insertInvoice(supplier, { number: `REJ-${Math.random().toString(36).slice(2, 10)}`, status: "REJETEE", sentAt, totalGross: "8.44", recipientStructureId: recipients.brest.id, motif: "Double facturation" });

const rejetee = (tiles: { key: string; count: number; searchParams: Record<string, string> }[]) => tiles.find((tile) => tile.key === "rejetee")!;

describe("Traiter le rejet", () => {
  it("acknowledges a rejected invoice: état unchanged, who and when kept, a history row; it leaves the to-do counts and stays in Rechercher", async () => {
    const supplier = await createInvoiceSupplier();
    const userId = supplier.principal.id;
    const invoice = await rejected(supplier);
    const other = await rejected(supplier);

    const before = await getSupplierDashboard({ userId });
    expect(rejetee(before.tiles)).toMatchObject({ count: 2, searchParams: { statut: "REJETEE", rejet: "a-traiter" } });
    expect((await getSupplierSummary({ userId })).rows).toEqual([expect.objectContaining({ status: "REJETEE", count: 2 })]);

    const now = new Date("2026-03-05T09:30:00Z");
    await expect(acknowledgeRejection({ userId, invoiceId: invoice.id, now })).resolves.toEqual({ invoiceId: invoice.id, status: "REJETEE", handledAt: now });

    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({ status: "REJETEE", rejectionHandledAt: now, rejectionHandledById: userId });
    const history = await db.invoiceHistory.findMany({ where: { invoiceId: invoice.id }, orderBy: { createdAt: "asc" } });
    expect(history.at(-1)).toMatchObject({ status: "REJETEE", actorId: userId, actorStructureId: supplier.structure.id, motif: null, comment: REJECTION_HANDLED_COMMENT, createdAt: now });

    // Out of the to-do: the tile (and the Rechercher list it opens), the Synthèse, « Factures à traiter ».
    const after = await getSupplierDashboard({ userId });
    expect(rejetee(after.tiles).count).toBe(1);
    expect(after.total).toBe(before.total);
    const tileList = await searchSupplierInvoices({ userId, criteria: rejetee(after.tiles).searchParams });
    expect(tileList.invoices.map((row) => row.id)).toEqual([other.id]);
    expect((await getSupplierSummary({ userId })).rows).toEqual([expect.objectContaining({ status: "REJETEE", count: 1 })]);
    expect((await listSupplierInvoices({ userId })).invoices.map((row) => row.id)).toEqual([other.id]);

    // Still in Rechercher, by its état, with who and when; and the « Rejet traité » criterion finds it alone.
    const found = await searchSupplierInvoices({ userId, criteria: { statut: "REJETEE" } });
    expect(found.invoices.map((row) => row.id).sort()).toEqual([invoice.id, other.id].sort());
    const handledRow = found.invoices.find((row) => row.id === invoice.id)!;
    expect(handledRow).toMatchObject({ status: "REJETEE", motif: "Double facturation", rejectionHandled: { at: now, by: `${supplier.principal.prenom} ${supplier.principal.nom}` } });
    expect(found.invoices.find((row) => row.id === other.id)!.rejectionHandled).toBeNull();
    expect((await searchSupplierInvoices({ userId, criteria: { rejet: "traite" } })).invoices.map((row) => row.id)).toEqual([invoice.id]);

    // The invoice page says so.
    expect((await getInvoice({ userId, invoiceId: invoice.id })).rejectionHandled).toEqual({ at: now, by: `${supplier.principal.prenom} ${supplier.principal.nom}` });
    expect((await getInvoice({ userId, invoiceId: other.id })).rejectionHandled).toBeNull();
  });

  it("only once", async () => {
    const supplier = await createInvoiceSupplier();
    const invoice = await rejected(supplier);
    await acknowledgeRejection({ userId: supplier.principal.id, invoiceId: invoice.id });
    await expect(acknowledgeRejection({ userId: supplier.principal.id, invoiceId: invoice.id })).rejects.toMatchObject({ code: "CONFLICT", message: ALREADY_HANDLED_MESSAGE });
    expect(await db.invoiceHistory.count({ where: { invoiceId: invoice.id, comment: REJECTION_HANDLED_COMMENT } })).toBe(1);
  });

  it("two acknowledgments at once: one wins, the other is refused", async () => {
    const supplier = await createInvoiceSupplier();
    const invoice = await rejected(supplier);
    const results = await Promise.allSettled([0, 1].map(() => acknowledgeRejection({ userId: supplier.principal.id, invoiceId: invoice.id })));
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.invoiceHistory.count({ where: { invoiceId: invoice.id, comment: REJECTION_HANDLED_COMMENT } })).toBe(1);
  });

  it("only on a REJETEE invoice", async () => {
    const supplier = await createInvoiceSupplier();
    for (const status of ["MISE_A_DISPOSITION", "SUSPENDUE", "MISE_EN_PAIEMENT"] as const) {
      const invoice = await insertInvoice(supplier, { number: `N-${status}`, status, sentAt, totalGross: "8.44", recipientStructureId: recipients.brest.id });
      await expect(acknowledgeRejection({ userId: supplier.principal.id, invoiceId: invoice.id })).rejects.toMatchObject({ code: "CONFLICT", message: NOT_REJECTED_MESSAGE });
      expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).rejectionHandledAt).toBeNull();
    }
  });

  it("another structure's invoice is not found; the consultation right is refused; nothing changes", async () => {
    const supplier = await createInvoiceSupplier();
    const foreign = await createInvoiceSupplier();
    const invoice = await rejected(supplier);
    await expect(acknowledgeRejection({ userId: foreign.principal.id, invoiceId: invoice.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(acknowledgeRejection({ userId: foreign.principal.id, invoiceId: "not-a-uuid" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const reader = await createUser();
    const rattachement = await attach(reader.id, supplier.structure.id, { espaces: ["FACTURES_EMISES"] });
    await db.rattachementEspace.update({ where: { rattachementId_espace: { rattachementId: rattachement.id, espace: "FACTURES_EMISES" } }, data: { modification: false } });
    await expect(acknowledgeRejection({ userId: reader.id, invoiceId: invoice.id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({ rejectionHandledAt: null, rejectionHandledById: null });
  });
});
