import { describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed/seed-demo-data.ts";
import { authenticateUser } from "@/features/accounts/use-cases/authenticate-user.ts";
import { db } from "@/server/db.ts";

describe("demo data", () => {
  it("loads the seed's structures and accounts, and changes nothing when loaded again", async () => {
    const accounts = await seedDemoData(db, { demoPassword: "Demo-Test-2026!" });
    const counts = async () => [await db.structure.count(), await db.user.count(), await db.service.count(), await db.rattachement.count(), await db.actualite.count()];
    const first = await counts();
    await seedDemoData(db, { demoPassword: "Demo-Test-2026!" });
    expect(await counts()).toEqual(first);

    const cotesDArmor = await db.structure.findFirstOrThrow({ where: { identifier: "22220001600327" }, include: { services: true } });
    expect(cotesDArmor).toMatchObject({ raisonSociale: "DEP COTES-D'ARMOR", engagementObligatoire: true, engagementCharset: "CHIFFRES", engagementMinLength: 5, engagementMaxLength: 6 });
    expect(cotesDArmor.services.map((s) => s.code)).toEqual(["COLLEGE"]);
    expect(await db.structure.findFirst({ where: { identifier: "FRCHORUSSOCIETE", identifierType: "EN_COURS_IMMATRICULATION" } })).toMatchObject({
      raisonSociale: "CHORUS SOCIETE",
      codePostal: "38110",
    });
    expect(accounts.map((a) => a.name)).toContain("Simon Pellegrin");
    expect((await authenticateUser({ email: "simon.pellegrin@chorus-societe.example", password: "Demo-Test-2026!", ip: null })).ok).toBe(true);
  });

  it("creates no account without a demo password", async () => {
    const users = await db.user.count();
    expect(await seedDemoData(db, {})).toEqual([]);
    expect(await db.user.count()).toBe(users);
    expect(await db.structure.count()).toBeGreaterThan(5);
  });
});
