// A works marché for the works tests: a BTP supplier (Factures de travaux), its maîtrise d'œuvre and the maître
// d'ouvrage (Factures de travaux reçues; the MOA also Factures reçues, where it processes the état d'acompte).
import type { WorksDocumentInput } from "@/features/invoices/works/index.ts";
import { submitWorksDocument } from "@/features/invoices/works/index.ts";
import { routingJobHandlers } from "@/features/invoices/lifecycle/index.ts";
import { db } from "@/server/db.ts";
import { runDueJobs } from "@/server/jobs/run-jobs.ts";
import { createInvoiceSupplier, createManagedStructure } from "../../factories.ts";

export async function createWorksMarket() {
  const supplier = await createInvoiceSupplier();
  await db.structureEspace.create({ data: { structureId: supplier.structure.id, espace: "FACTURES_TRAVAUX" } });
  const moe = await createManagedStructure({ espaces: ["FACTURES_TRAVAUX_RECUES", "MON_COMPTE"] });
  const moa = await createManagedStructure({ kind: "PUBLIQUE", espaces: ["FACTURES_RECUES", "FACTURES_TRAVAUX_RECUES", "MON_COMPTE"] });
  const marketNumber = `MT-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
  let sequence = 0;
  const input = (overrides: Partial<WorksDocumentInput> = {}): WorksDocumentInput => ({
    supplierStructureId: supplier.structure.id,
    cadre: "A4",
    moeStructureId: moe.structure.id,
    moaStructureId: moa.structure.id,
    moaServiceId: moa.defaultService.id,
    marketNumber,
    number: `PDM-${marketNumber}-${++sequence}`,
    documentDate: "2026-11-30",
    worksToDate: "40000",
    retention: "2000",
    advanceRepayment: "0",
    vatRate: "20",
    ...overrides,
  });
  const submit = (overrides: Partial<WorksDocumentInput> = {}, now?: Date) => submitWorksDocument({ userId: supplier.principal.id, input: input(overrides), now });
  return { supplier, moe, moa, marketNumber, input, submit };
}

export const statusOf = async (invoiceId: string) => (await db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { status: true } })).status;

export const routeAll = () => runDueJobs(routingJobHandlers);
