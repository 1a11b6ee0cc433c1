import { describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed/seed-demo-data.ts";
import { isAdministrator } from "@/features/administration/index.ts";
import { db } from "@/server/db.ts";

describe("demo data for the claim rule", () => {
  it("seeds one platform administrator, attached to no structure, and a public structure that nobody manages", async () => {
    const accounts = await seedDemoData(db, { demoPassword: "Demo-Test-2026!" });
    const admin = await db.user.findUniqueOrThrow({ where: { loginEmail: "administration@portail-facturation.example" }, include: { rattachements: true } });
    expect(admin).toMatchObject({ platformRole: "ADMINISTRATEUR", status: "ACTIF", rattachements: [] });
    expect(await isAdministrator(admin.id)).toBe(true);
    expect(accounts).toContainEqual(expect.objectContaining({ email: admin.loginEmail, structure: "Administration de la plateforme" }));
    expect(await db.user.count({ where: { platformRole: "ADMINISTRATEUR" } })).toBe(1);

    const commune = await db.structure.findFirstOrThrow({ where: { identifier: "21290189000013" }, include: { rattachements: true } });
    expect(commune).toMatchObject({ kind: "PUBLIQUE", raisonSociale: "COMMUNE DE PLOUGASTEL-DAOULAS", rattachements: [] });
    await seedDemoData(db, { demoPassword: "Demo-Test-2026!" });
    expect(await db.user.count({ where: { platformRole: "ADMINISTRATEUR" } })).toBe(1);
  });
});
