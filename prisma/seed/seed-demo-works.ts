// The demo works marché MT-2026-014 (issue 14), played through the portal's own use cases: BTP DE L'OUEST's first
// projet de décompte mensuel (40 000,00 € of works done to date, 2 000,00 € retenue de garantie), passed on by
// ATELIER D'ARCHITECTURE DU PORT (the MOE) to LE CLIENT (the MOA), which paid it. A newcomer's next statement of the
// marché is n° 2 and carries 40 000,00 € of previous statements. Loading it again changes nothing (found by its number).
// The use cases reach the database through src/server/db.ts: DATABASE_URL names the demo's database first.
import { changeInvoiceStatus, routingJobHandlers } from "@/features/invoices/lifecycle/index.ts";
import { passWorksDocumentToMoa, submitWorksDocument } from "@/features/invoices/works/index.ts";
import { db } from "@/server/db.ts";
import { runDueJobs } from "@/server/jobs/run-jobs.ts";

export const DEMO_WORKS_SUPPLIER = "44306184100005";
export const DEMO_WORKS_MOE = "51234567800019";
export const DEMO_WORKS_MOA = "98765432100029";
export const DEMO_WORKS_MARKET = "MT-2026-014";
export const DEMO_WORKS_FIRST_STATEMENT = "PDM-2026-014-01";

const DAY_MS = 24 * 60 * 60 * 1000;

async function gestionnaireOf(identifier: string) {
  const structure = await db.structure.findFirst({ where: { identifierType: "SIRET", identifier }, select: { id: true, rattachements: { where: { role: "GESTIONNAIRE_PRINCIPAL", status: "ACTIF" }, select: { userId: true }, take: 1 } } });
  return structure && structure.rattachements[0] ? { structureId: structure.id, userId: structure.rattachements[0].userId } : null;
}

/** Plays the first statement of the demo marché; false when it exists already or a party (or its account) is missing. */
export async function seedDemoWorks(options: { loadedAt?: Date } = {}): Promise<boolean> {
  const [supplier, moe, moa] = await Promise.all([gestionnaireOf(DEMO_WORKS_SUPPLIER), gestionnaireOf(DEMO_WORKS_MOE), gestionnaireOf(DEMO_WORKS_MOA)]);
  if (!supplier || !moe || !moa) return false;
  if (await db.invoice.findFirst({ where: { supplierStructureId: supplier.structureId, sentNumber: DEMO_WORKS_FIRST_STATEMENT } })) return false;
  const loadedAt = options.loadedAt ?? new Date();
  const at = (daysAgo: number) => new Date(loadedAt.getTime() - daysAgo * DAY_MS);
  const service = await db.service.findFirst({ where: { structureId: moa.structureId, actif: true }, orderBy: { code: "asc" }, select: { id: true } });
  const { invoiceId } = await submitWorksDocument({
    userId: supplier.userId,
    now: at(40),
    input: {
      supplierStructureId: supplier.structureId,
      cadre: "A4",
      moeStructureId: moe.structureId,
      moaStructureId: moa.structureId,
      moaServiceId: service?.id,
      marketNumber: DEMO_WORKS_MARKET,
      number: DEMO_WORKS_FIRST_STATEMENT,
      documentDate: at(40).toISOString().slice(0, 10),
      worksToDate: "40000",
      retention: "2000",
      advanceRepayment: "0",
      vatRate: "20",
      comment: "Situation n° 1 : terrassements et fondations.",
    },
  });
  await passWorksDocumentToMoa({ userId: moe.userId, invoiceId, input: { comment: "Montants conformes à l'avancement constaté." }, now: at(37) });
  await runDueJobs(routingJobHandlers, { limit: 100 });
  const steps = [["SERVICE_FAIT", 35], ["MANDATER", 33], ["COMPTABILISER", 31], ["METTRE_EN_PAIEMENT", 30]] as const;
  for (const [action, daysAgo] of steps) await changeInvoiceStatus({ userId: moa.userId, invoiceId, action, now: at(daysAgo) });
  return true;
}
