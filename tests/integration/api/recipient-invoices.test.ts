// The recipient's and the holder's side of the API, through the typed client: a public buyer's technical account lists
// the invoices it received page by page, consults one with the actions open to it, rejects it with a motif (REJETEE,
// AFNOR 210); a missing motif, a consultation-only account and another structure's invoice are refused; the holder of
// an A9 contract works its « Factures à valider » desk.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db.ts";
import { createManagedStructure, createPublicStructure, openEspace } from "../factories.ts";
import { insertInvoice } from "../support/insert-invoice.ts";
import { apiClientFor } from "./support/api-client.ts";

const siret = () => Array.from({ length: 14 }, () => Math.floor(Math.random() * 10)).join("");
const unique = () => Math.random().toString(36).slice(2, 10).toUpperCase();

/** A supplier, and a public buyer opening « Factures reçues » and « Factures à valider », with its service. */
async function setUp() {
  const supplier = await createManagedStructure();
  const buyer = await createPublicStructure({ identifier: siret(), raisonSociale: `ACHETEUR API ${unique()}`, services: [{ code: "FINANCES", libelle: "Finances" }] });
  const service = await db.service.findFirstOrThrow({ where: { structureId: buyer.id } });
  await openEspace(buyer.id, "FACTURES_RECUES");
  await openEspace(buyer.id, "FACTURES_A_VALIDER");
  const received = (status: "MISE_A_DISPOSITION" | "SERVICE_FAIT" = "MISE_A_DISPOSITION", sentAt = new Date("2026-03-02T10:00:00Z")) =>
    insertInvoice(supplier, { number: `F-${unique()}`, status, sentAt, totalGross: "120.00", recipientStructureId: buyer.id, recipientServiceId: service.id });
  return { supplier, buyer, service, received };
}

// The first call loads the API's whole module graph (every operation and the areas they call): once, before the tests.
beforeAll(async () => {
  await import("@/app/api/v1/factures/rechercher/recipiendaire/route.ts");
}, 60_000);

describe("factures/rechercher/recipiendaire, consulter/recipiendaire, traiter/recue", () => {
  it("lists the received invoices by cursor, consults one with its actions, and rejects it with a motif", async () => {
    const { buyer, received } = await setUp();
    const invoices = [
      await received("MISE_A_DISPOSITION", new Date("2026-03-01T10:00:00Z")),
      await received("MISE_A_DISPOSITION", new Date("2026-03-02T10:00:00Z")),
      await received("SERVICE_FAIT", new Date("2026-03-03T10:00:00Z")),
    ];
    const { api } = await apiClientFor(buyer.id, [{ espace: "FACTURES_RECUES", modification: true }]);

    const first = await api.POST("/factures/rechercher/recipiendaire", { body: { nombreResultats: 2 } });
    expect(first.response.status).toBe(200);
    expect(first.data!.resultats.map((row) => row.idFacture)).toEqual([invoices[2].id, invoices[1].id]);
    expect(first.data!.resultats[0]).toMatchObject({ statut: { code: "SERVICE_FAIT", cycleDeVie: { code: "205" } }, montantTTC: "120.00", modifiable: true });
    expect(first.data!.curseurSuivant).toEqual(expect.any(String));
    const second = await api.POST("/factures/rechercher/recipiendaire", { body: { nombreResultats: 2, curseur: first.data!.curseurSuivant! } });
    expect(second.data!.resultats.map((row) => row.idFacture)).toEqual([invoices[0].id]);
    expect(second.data!.curseurSuivant).toBeNull();
    // The page's criteria: a status, and their checks on their field.
    const served = await api.POST("/factures/rechercher/recipiendaire", { body: { nombreResultats: 20, statut: "SERVICE_FAIT" } });
    expect(served.data!.resultats.map((row) => row.idFacture)).toEqual([invoices[2].id]);
    const badDates = await api.POST("/factures/rechercher/recipiendaire", { body: { nombreResultats: 20, du: "2026-03-05", au: "2026-03-01" } });
    expect(badDates.response.status).toBe(422);
    expect(badDates.error!.errors).toEqual([{ path: "au", message: "La date de fin doit être égale ou postérieure à la date de début." }]);

    const target = invoices[1].id;
    const consulted = await api.POST("/factures/consulter/recipiendaire", { body: { idFacture: target } });
    expect(consulted.response.status).toBe(200);
    expect(consulted.data).toMatchObject({ idFacture: target, statut: { code: "MISE_A_DISPOSITION", cycleDeVie: { code: "203" } }, modifiable: true });
    expect(consulted.data!.historique.map((row) => row.statut.code)).toEqual(["DEPOSEE", "MISE_A_DISPOSITION"]);
    expect(consulted.data!.actionsDisponibles).toContainEqual({ action: "REJETER", libelle: "Rejeter", motif: "LISTE" });
    expect(consulted.data!.actionsDisponibles).toContainEqual({ action: "SUSPENDRE", libelle: "Suspendre", motif: "LIBRE" });

    const missing = await api.POST("/factures/traiter/recue", { body: { idFacture: target, action: "REJETER" } });
    expect(missing.response.status).toBe(422);
    expect(missing.error).toMatchObject({ code: "VALIDATION", errors: [{ path: "motif", message: "Choisissez le motif de rejet dans la liste." }] });
    const rejected = await api.POST("/factures/traiter/recue", { body: { idFacture: target, action: "REJETER", motif: "Montant de la facture erroné", commentaire: "Le total ne correspond pas au devis." } });
    expect(rejected.response.status).toBe(200);
    expect(rejected.data).toEqual({ idFacture: target, statut: { code: "REJETEE", libelle: "Rejetée", cycleDeVie: { code: "210", libelle: "Refusée" } } });
    const history = await db.invoiceHistory.findFirstOrThrow({ where: { invoiceId: target, status: "REJETEE" } });
    expect(history).toMatchObject({ motif: "Montant de la facture erroné", comment: "Le total ne correspond pas au devis." });
    // Final: nothing moves any more, and the API says why (409).
    const again = await api.POST("/factures/traiter/recue", { body: { idFacture: target, action: "SERVICE_FAIT" } });
    expect([again.response.status, again.error?.code]).toEqual([409, "CONFLICT"]);
  });

  it("refuses a change to a consultation-only account (403), another structure's invoice (404), and a malformed id (404)", async () => {
    const { buyer, received } = await setUp();
    const other = await setUp();
    const own = await received();
    const foreign = await other.received();
    const reader = await apiClientFor(buyer.id, [{ espace: "FACTURES_RECUES", modification: false }]);

    const consulted = await reader.api.POST("/factures/consulter/recipiendaire", { body: { idFacture: own.id } });
    expect(consulted.data).toMatchObject({ modifiable: false, actionsDisponibles: [] });
    const refused = await reader.api.POST("/factures/traiter/recue", { body: { idFacture: own.id, action: "SERVICE_FAIT" } });
    expect(refused.response.status).toBe(403);
    expect(refused.error).toMatchObject({ code: "FORBIDDEN", detail: expect.stringMatching(/^Votre droit sur l'espace .+ est la consultation/) });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("MISE_A_DISPOSITION");

    const { api } = await apiClientFor(buyer.id, [{ espace: "FACTURES_RECUES", modification: true }]);
    const listed = await api.POST("/factures/rechercher/recipiendaire", { body: { nombreResultats: 100 } });
    expect(listed.data!.resultats.map((row) => row.idFacture)).toEqual([own.id]);
    for (const idFacture of [foreign.id, "pas-un-identifiant"]) {
      const read = await api.POST("/factures/consulter/recipiendaire", { body: { idFacture } });
      expect([read.response.status, read.error?.code]).toEqual([404, "NOT_FOUND"]);
      const changed = await api.POST("/factures/traiter/recue", { body: { idFacture, action: "SERVICE_FAIT" } });
      expect([changed.response.status, changed.error?.code]).toEqual([404, "NOT_FOUND"]);
    }
    expect((await db.invoice.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("MISE_A_DISPOSITION");
    // A cursor of another list is refused on its field.
    const cursor = await api.POST("/factures/rechercher/recipiendaire", { body: { nombreResultats: 1, curseur: "Zm9v.YmFy" } });
    expect(cursor.response.status).toBe(422);
    expect(cursor.error!.errors![0].path).toBe("curseur");
  });
});

describe("factures/rechercher/valideur, traiter/factureAValider", () => {
  it("lists the invoices to validate of the holder, validates one and refuses another with its motif", async () => {
    const { supplier, buyer: holder } = await setUp();
    const recipient = await setUp();
    const toValidate = () =>
      insertInvoice(supplier, {
        number: `ST-${unique()}`,
        status: "A_VALIDER_1",
        sentAt: new Date("2026-03-02T10:00:00Z"),
        totalGross: "300.00",
        cadre: "A9",
        validatorStructureId: holder.id,
        recipientStructureId: recipient.buyer.id,
        recipientServiceId: recipient.service.id,
      });
    const [one, two] = [await toValidate(), await toValidate()];
    const { api } = await apiClientFor(holder.id, [{ espace: "FACTURES_A_VALIDER", modification: true }]);

    const first = await api.POST("/factures/rechercher/valideur", { body: { etat: "a-valider", nombreResultats: 1 } });
    expect(first.data!.resultats).toHaveLength(1);
    expect(first.data!.resultats[0]).toMatchObject({ cadreFacturation: "A9", statut: { code: "A_VALIDER_1", cycleDeVie: { code: "200" } }, titulaire: { raisonSociale: holder.raisonSociale } });
    const second = await api.POST("/factures/rechercher/valideur", { body: { etat: "a-valider", nombreResultats: 1, curseur: first.data!.curseurSuivant! } });
    expect([...first.data!.resultats, ...second.data!.resultats].map((row) => row.idFacture).sort()).toEqual([one.id, two.id].sort());

    const noMotif = await api.POST("/factures/traiter/factureAValider", { body: { idFacture: one.id, action: "REFUSER" } });
    expect(noMotif.response.status).toBe(422);
    expect(noMotif.error!.errors).toEqual([{ path: "motif", message: "Indiquez le motif du refus." }]);
    const refused = await api.POST("/factures/traiter/factureAValider", { body: { idFacture: one.id, action: "REFUSER", motif: "Prestation non réalisée" } });
    expect(refused.data).toMatchObject({ idFacture: one.id, statut: { code: "REFUSEE_1", cycleDeVie: { code: "210" } } });
    const validated = await api.POST("/factures/traiter/factureAValider", { body: { idFacture: two.id, action: "VALIDER", commentaire: "Conforme." } });
    expect(validated.data).toMatchObject({ idFacture: two.id, statut: { code: "VALIDEE_1" } });
    const waiting = await api.POST("/factures/rechercher/valideur", { body: { etat: "a-valider", nombreResultats: 20 } });
    expect(waiting.data!.resultats).toEqual([]);

    // Neither a reader of the desk nor another structure may decide.
    const three = await toValidate();
    const reader = await apiClientFor(holder.id, [{ espace: "FACTURES_A_VALIDER", modification: false }]);
    expect((await reader.api.POST("/factures/traiter/factureAValider", { body: { idFacture: three.id, action: "VALIDER" } })).response.status).toBe(403);
    const stranger = await apiClientFor(recipient.buyer.id, [{ espace: "FACTURES_A_VALIDER", modification: true }]);
    expect((await stranger.api.POST("/factures/traiter/factureAValider", { body: { idFacture: three.id, action: "VALIDER" } })).response.status).toBe(404);
    expect((await stranger.api.POST("/factures/rechercher/valideur", { body: { nombreResultats: 20 } })).data!.resultats).toEqual([]);
  });
});
