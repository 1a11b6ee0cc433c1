import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../../prisma/seed/seed-demo-data.ts";
import { getPublicStructure } from "@/features/directory/use-cases/get-public-structure.ts";
import { COUNT_LIMIT } from "@/features/directory/data/directory-search.ts";
import { searchPublicDirectory } from "@/features/directory/use-cases/search-public-directory.ts";
import { db } from "@/server/db.ts";
import { createPublicStructure } from "../factories.ts";

const names = (result: { structures: { raisonSociale: string }[] }) => result.structures.map((s) => s.raisonSociale);

beforeAll(async () => {
  await seedDemoData(db, {});
  await createPublicStructure({ identifier: "21350238800019", raisonSociale: "COMMUNE DE RENNES", codePostal: "35000", ville: "RENNES" });
  await createPublicStructure({ identifier: "26350001200013", raisonSociale: "CENTRE HOSPITALIER DE SAINT-MALO", codePostal: "35400", ville: "SAINT-MALO" });
  await createPublicStructure({ identifier: "19350040400013", raisonSociale: "LYCÉE CHÂTEAUBRIAND", codePostal: "35000", ville: "RENNES" });
  await createPublicStructure({ identifier: "21350040100018", raisonSociale: "COMMUNE DE RENNES ANCIENNE", status: "INACTIF" });
  await createPublicStructure({ identifier: "44306184100047", raisonSociale: "RENNES FOURNITURES", kind: "PRIVEE" });
});

describe("search the public directory", () => {
  it("finds a structure by its SIRET, and by a prefix or a * pattern of it", async () => {
    expect(names(await searchPublicDirectory({ identifiant: "22220001600327" }))).toEqual(["DEP COTES-D'ARMOR"]);
    expect(names(await searchPublicDirectory({ identifiant: "222 200 016" }))).toEqual(["CENTRE DEPARTEMENTAL DE L'ENFANCE", "DEP COTES-D'ARMOR"]);
    expect(names(await searchPublicDirectory({ identifiant: "2222*327" }))).toEqual(["DEP COTES-D'ARMOR"]);
    expect(names(await searchPublicDirectory({ identifiant: "*00327" }))).toEqual(["DEP COTES-D'ARMOR"]);
  });

  it("finds BREST METROPOLE's budgets by BREST*, five per page, by raison sociale", async () => {
    const result = await searchPublicDirectory({ texte: "BREST*" });
    expect(result).toMatchObject({ total: 5, more: false, page: 1, pageSize: 5, pageCount: 1 });
    expect(names(result)).toEqual([
      "BREST METROPOLE BUDGET DE L'ASSAINISSEMENT",
      "BREST METROPOLE BUDGET DE L'EAU",
      "BREST METROPOLE BUDGET DEPLACEMENTS",
      "BREST METROPOLE BUDGET PRINCIPAL",
      "BREST METROPOLE LOTIS, MESCOUEZEL",
    ]);
    expect(result.structures[3]).toMatchObject({ identifier: "24290031400012", codePostal: "29200", ville: "BREST" });
  });

  it("matches words in any case and with or without accents, in any order", async () => {
    expect(names(await searchPublicDirectory({ texte: "cotes d'armor" }))).toEqual(["DEP COTES-D'ARMOR"]);
    expect(names(await searchPublicDirectory({ texte: "Côtes-d’Armor dep" }))).toEqual(["DEP COTES-D'ARMOR"]);
    expect(names(await searchPublicDirectory({ texte: "chateaubriand lycee" }))).toEqual(["LYCÉE CHÂTEAUBRIAND"]);
    expect(names(await searchPublicDirectory({ texte: "budget princ*" }))).toEqual(["BREST METROPOLE BUDGET PRINCIPAL"]);
    expect(names(await searchPublicDirectory({ identifiant: "2429*", texte: "eau" }))).toEqual(["BREST METROPOLE BUDGET DE L'EAU"]);
  });

  it("finds structures by town and by postal code", async () => {
    expect(names(await searchPublicDirectory({ texte: "saint-brieuc" }))).toEqual(["CENTRE DEPARTEMENTAL DE L'ENFANCE", "DEP COTES-D'ARMOR"]);
    expect(names(await searchPublicDirectory({ texte: "35400" }))).toEqual(["CENTRE HOSPITALIER DE SAINT-MALO"]);
    expect(names(await searchPublicDirectory({ texte: "rennes" }))).toEqual(["COMMUNE DE RENNES", "LYCÉE CHÂTEAUBRIAND"]);
  });

  it("never lists inactive or private structures", async () => {
    expect(names(await searchPublicDirectory({ texte: "RENNES" }))).not.toContain("COMMUNE DE RENNES ANCIENNE");
    expect((await searchPublicDirectory({ identifiant: "21350040100018" })).total).toBe(0);
    expect((await searchPublicDirectory({ identifiant: "44306184100047" })).total).toBe(0);
    expect((await searchPublicDirectory({ texte: "chorus societe" })).total).toBe(0);
    expect((await searchPublicDirectory({ identifiant: "FRCHORUSSOCIETE" })).total).toBe(0);
  });

  it("pages through the matches with their total", async () => {
    const all = names(await searchPublicDirectory({ identifiant: "2*", parPage: 20 }));
    expect(all).toHaveLength(10); // Brest's 5 budgets, the 2 of the Côtes-d'Armor, Rennes, Saint-Malo and Plougastel-Daoulas
    const second = await searchPublicDirectory({ identifiant: "2*", page: 2, parPage: 5 });
    expect(second).toMatchObject({ total: 10, page: 2, pageSize: 5, pageCount: 2 });
    expect(names(second)).toEqual(all.slice(5));
    expect((await searchPublicDirectory({ identifiant: "2*", page: 3 })).structures).toEqual([]);
  });

  it("stops counting beyond the limit", async () => {
    await db.$executeRaw`
      INSERT INTO structures (id, identifier_type, identifier, raison_sociale, kind, adresse, code_postal, ville, search_text, updated_at)
      SELECT gen_random_uuid(), 'SIRET', '9' || lpad(n::text, 13, '0'), 'COMMUNE NUMERO ' || n, 'PUBLIQUE', '1 rue', '29200', 'BREST',
             '9' || lpad(n::text, 13, '0') || ' COMMUNE NUMERO ' || n || ' 29200 BREST', now()
      FROM generate_series(1, ${COUNT_LIMIT + 5}) AS n`;
    const result = await searchPublicDirectory({ texte: "numero", parPage: 20 });
    expect(result).toMatchObject({ total: COUNT_LIMIT, more: true, pageCount: COUNT_LIMIT / 20 });
    expect(result.structures).toHaveLength(20);
    // Beyond the limit the page is read in the directory's order (structures_directory_order_idx): still the raison
    // sociale order of all the matches, an inactive structure left out, page after page.
    await db.structure.update({ where: { identifierType_identifier: { identifierType: "SIRET", identifier: `9${"1".padStart(13, "0")}` } }, data: { status: "INACTIF" } });
    const ordered = Array.from({ length: COUNT_LIMIT + 5 }, (_, i) => `COMMUNE NUMERO ${i + 1}`).filter((name) => name !== "COMMUNE NUMERO 1").sort();
    expect(names(await searchPublicDirectory({ texte: "numero", parPage: 20 }))).toEqual(ordered.slice(0, 20));
    expect(names(await searchPublicDirectory({ texte: "numero", parPage: 20, page: 7 }))).toEqual(ordered.slice(120, 140));
    await db.structure.deleteMany({ where: { raisonSociale: { startsWith: "COMMUNE NUMERO " } } });
  });

  it("asks for at least one criterion", async () => {
    await expect(searchPublicDirectory({ identifiant: "", texte: " * " })).rejects.toMatchObject({
      code: "VALIDATION",
      field: "identifiant",
      message: expect.stringContaining("au moins un critère"),
    });
  });
});

describe("a public structure's page", () => {
  it("shows its invoicing parameters and its active services", async () => {
    const cotesDArmor = await getPublicStructure({ identifier: "22220001600327" });
    expect(cotesDArmor).toMatchObject({
      raisonSociale: "DEP COTES-D'ARMOR",
      codePostal: "22023",
      ville: "SAINT-BRIEUC",
      engagementObligatoire: true,
      serviceObligatoire: true,
      engagementFormatLabel: "5 ou 6 chiffres",
    });
    expect(cotesDArmor.services).toMatchObject([{ code: "COLLEGE", libelle: "Collèges", engagementObligatoire: true }]);
  });

  it("says a service needs an engagement when the service or its structure requires one", async () => {
    await createPublicStructure({
      identifier: "21290019700014",
      raisonSociale: "COMMUNE DE BREST",
      services: [
        { code: "ST", libelle: "Services techniques", engagementObligatoire: true },
        { code: "FACTURES", libelle: "Service des factures" },
        { code: "ANCIEN", libelle: "Ancien service", actif: false },
      ],
    });
    const brest = await getPublicStructure({ identifier: "21290019700014" });
    expect(brest).toMatchObject({ engagementObligatoire: false, serviceObligatoire: false, engagementFormatLabel: null });
    expect(brest.services.map((s) => [s.code, s.engagementObligatoire])).toEqual([
      ["FACTURES", false],
      ["ST", true],
    ]);
  });

  it("is not found for an inactive, private or unknown structure", async () => {
    for (const identifier of ["21350040100018", "44306184100047", "FRCHORUSSOCIETE", "00000000000000"]) {
      await expect(getPublicStructure({ identifier })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});
