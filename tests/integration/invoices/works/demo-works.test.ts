// The demo works marché (prisma/seed/seed-demo-works.ts): its first statement paid, so that the next one carries it.
import { describe, expect, it } from "vitest";
import { submitWorksDocument } from "@/features/invoices/works/index.ts";
import { db } from "@/server/db.ts";
import { seedDemoData } from "../../../../prisma/seed/seed-demo-data.ts";
import { DEMO_WORKS_FIRST_STATEMENT, DEMO_WORKS_MARKET, seedDemoWorks } from "../../../../prisma/seed/seed-demo-works.ts";

describe("the demo works marché", () => {
  it("plays the first statement through payment once; a second load changes nothing; the next statement carries it", async () => {
    await seedDemoData(db, { demoPassword: "Portail-Demo-2026!" });
    expect(await seedDemoWorks()).toBe(true);
    expect(await seedDemoWorks()).toBe(false);
    const first = await db.invoice.findFirstOrThrow({ where: { sentNumber: DEMO_WORKS_FIRST_STATEMENT }, select: { status: true, supplierStructureId: true, recipientStructureId: true, recipientServiceId: true } });
    expect(first.status).toBe("MISE_EN_PAIEMENT");
    const moe = await db.structure.findFirstOrThrow({ where: { raisonSociale: "ATELIER D'ARCHITECTURE DU PORT" } });
    const supplierUser = await db.user.findFirstOrThrow({ where: { loginEmail: "paul.mace@btp-ouest.example" } });
    const next = await submitWorksDocument({
      userId: supplierUser.id,
      input: {
        supplierStructureId: first.supplierStructureId,
        cadre: "A4",
        moeStructureId: moe.id,
        moaStructureId: first.recipientStructureId!,
        moaServiceId: first.recipientServiceId ?? undefined,
        marketNumber: DEMO_WORKS_MARKET,
        number: "PDM-2026-014-02",
        documentDate: "2026-12-01",
        worksToDate: "52000",
        vatRate: "20",
      },
    });
    expect(next).toMatchObject({ statementNumber: 2, previousStatements: "40000.00", net: "12000.00" });
  });
});
