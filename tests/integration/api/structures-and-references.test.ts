// structures (the public directory, a public structure, its services) and the reference lists of transverses, through
// the typed client: any technical account reads them; the lists are the pages' own.
import { beforeAll, describe, expect, it } from "vitest";
import { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { createManagedStructure, createPublicStructure } from "../factories.ts";
import { apiClientFor } from "./support/api-client.ts";

const siret = () => Array.from({ length: 14 }, () => Math.floor(Math.random() * 10)).join("");
const unique = () => Math.random().toString(36).slice(2, 8).toUpperCase();

/** Any structure's technical account, with no espace at all: the directory and the lists are public data. */
const anyAccount = async () => (await apiClientFor((await createManagedStructure()).structure.id, [])).api;

// The first call loads the API's whole module graph (every operation and the areas they call): once, before the tests.
beforeAll(async () => {
  await import("@/app/api/v1/structures/rechercher/route.ts");
}, 60_000);

describe("structures", () => {
  it("searches the directory page by page by cursor, in the pages' order, and refuses an empty search on its field", async () => {
    const word = `ANNUAIREAPI${unique()}`;
    const names = ["COMMUNE DE", "SYNDICAT DE", "CENTRE HOSPITALIER DE", "DEPARTEMENT DE", "REGION DE"].map((prefix) => `${prefix} ${word}`);
    const created = [];
    for (const raisonSociale of names) created.push(await createPublicStructure({ identifier: siret(), raisonSociale }));
    // Not in the directory: private, or inactive.
    await createPublicStructure({ identifier: siret(), raisonSociale: `ENTREPRISE ${word}`, kind: "PRIVEE" });
    await createPublicStructure({ identifier: siret(), raisonSociale: `ANCIENNE ${word}`, status: "INACTIF" });
    const api = await anyAccount();

    const seen: string[] = [];
    let curseur: string | undefined;
    let pages = 0;
    do {
      const page = await api.POST("/structures/rechercher", { body: { texte: word, nombreResultats: 2, ...(curseur ? { curseur } : {}) } });
      expect(page.response.status).toBe(200);
      seen.push(...page.data!.resultats.map((row) => row.raisonSociale));
      curseur = page.data!.curseurSuivant ?? undefined;
      pages += 1;
    } while (curseur && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([...names].sort());

    const bySiret = await api.POST("/structures/rechercher", { body: { identifiant: created[0].identifier, nombreResultats: 20 } });
    expect(bySiret.data!.resultats).toEqual([{ idStructure: created[0].id, identifiant: created[0].identifier, raisonSociale: names[0], codePostal: "35000", ville: "RENNES" }]);
    const empty = await api.POST("/structures/rechercher", { body: { texte: " * ", nombreResultats: 20 } });
    expect(empty.response.status).toBe(422);
    expect(empty.error!.errors![0].path).toBe("identifiant");
  });

  it("consults a public structure with its invoicing parameters, and lists its active services by cursor", async () => {
    const structure = await createPublicStructure({
      identifier: siret(),
      raisonSociale: `DEPARTEMENT API ${unique()}`,
      serviceObligatoire: true,
      services: [
        { code: "COLLEGES", libelle: "Collèges", engagementObligatoire: true },
        { code: "ROUTES", libelle: "Routes" },
        { code: "SOCIAL", libelle: "Action sociale" },
        { code: "ANCIEN", libelle: "Service fermé", actif: false },
      ],
    });
    await db.structure.update({ where: { id: structure.id }, data: { engagementCharset: "CHIFFRES", engagementMinLength: 5, engagementMaxLength: 6 } });
    const api = await anyAccount();

    const consulted = await api.POST("/structures/consulter", { body: { idStructure: structure.id } });
    expect(consulted.response.status).toBe(200);
    expect(consulted.data).toMatchObject({
      idStructure: structure.id,
      typeIdentifiant: "SIRET",
      identifiant: structure.identifier,
      adresse: { ligne: "1 place de la Mairie", codePostal: "35000", ville: "RENNES" },
      parametres: { engagementObligatoire: false, serviceObligatoire: true, formatEngagement: { jeuCaracteres: "CHIFFRES", longueurMin: 5, longueurMax: 6, libelle: expect.stringContaining("chiffres") } },
    });

    const first = await api.POST("/structures/rechercher/services", { body: { idStructure: structure.id, nombreResultats: 2 } });
    const second = await api.POST("/structures/rechercher/services", { body: { idStructure: structure.id, nombreResultats: 2, curseur: first.data!.curseurSuivant! } });
    expect([...first.data!.resultats, ...second.data!.resultats].map((s) => [s.code, s.engagementObligatoire])).toEqual([
      ["COLLEGES", true],
      ["ROUTES", false],
      ["SOCIAL", false],
    ]);
    expect(second.data!.curseurSuivant).toBeNull();

    // A private structure, an unknown or malformed id: not in the directory.
    const privee = (await createManagedStructure()).structure;
    for (const idStructure of [privee.id, crypto.randomUUID(), "inconnu"]) {
      expect((await api.POST("/structures/consulter", { body: { idStructure } })).response.status).toBe(404);
      expect((await api.POST("/structures/rechercher/services", { body: { idStructure, nombreResultats: 20 } })).response.status).toBe(404);
    }
  });
});

describe("transverses", () => {
  it("answers every reference list, non-empty, as the pages offer them", async () => {
    const api = await anyAccount();
    const lists = {
      cadres: await api.GET("/transverses/cadres-facturation"),
      devises: await api.GET("/transverses/devises"),
      pays: await api.GET("/transverses/pays"),
      taux: await api.GET("/transverses/taux-tva"),
      modes: await api.GET("/transverses/modes-reglement"),
      piecesJointes: await api.GET("/transverses/types-pieces-jointes"),
    };
    for (const [name, { data }] of Object.entries(lists)) expect(data?.resultats.length, name).toBeGreaterThan(0);
    expect(lists.cadres.data!.resultats[0]).toEqual({ code: "A1", libelle: "A1 - Dépôt par un fournisseur d'une facture" });
    expect(lists.devises.data!.resultats[0]).toEqual({ code: "EUR", libelle: "Euro européen" });
    expect(lists.pays.data!.resultats[0]).toEqual({ code: "FR", libelle: "France" });
    expect(lists.taux.data!.resultats).toContainEqual({ code: "5.5", libelle: "5,5 %" });
    expect(lists.modes.data!.resultats).toContainEqual({ code: "VIREMENT", libelle: "Virement" });

    const refus = await api.GET("/transverses/motifs-refus");
    expect(refus.data).toMatchObject({ action: "REJETER", saisie: "LISTE" });
    expect(refus.data!.resultats).toContainEqual({ code: "Montant de la facture erroné", libelle: "Montant de la facture erroné" });
    // The portal asks a suspension's motif as a free text: the list says so rather than inventing values.
    expect((await api.GET("/transverses/motifs-suspension")).data).toEqual({ action: "SUSPENDRE", saisie: "LIBRE", resultats: [] });

    const statuts = (await api.GET("/transverses/statuts")).data!.resultats;
    expect(statuts.map((s) => s.code)).toEqual(Object.values(InvoiceStatus));
    expect(statuts.find((s) => s.code === "REJETEE")).toEqual({ code: "REJETEE", libelle: "Rejetée", cycleDeVie: { code: "210", libelle: "Refusée" } });
    expect(statuts.find((s) => s.code === "BROUILLON")?.cycleDeVie).toBeNull();
  });

  it("needs a token: the lists are not public", async () => {
    const { apiClient } = await import("./support/api-client.ts");
    expect((await apiClient().GET("/transverses/statuts")).response.status).toBe(401);
  });
});
