// The works documents through the API's typed client (issue 14): a works supplier's technical account submits a
// projet de décompte mensuel naming its MOE and MOA; the MOE's account asks for a complement, the supplier completes
// it, the MOE corrects an amount and passes it to the MOA, which processes it in Factures reçues up to the payment;
// the supplier reads the admitted amounts and each step, and its next statement carries them. Refusals: a wrong
// status (409), a missing motif (422), a reader's change (403), another structure's document (404).
import { randomInt, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { routingJobHandlers } from "@/features/invoices/lifecycle/index.ts";
import { passOverdueWorksDocuments } from "@/features/invoices/works/index.ts";
import { db } from "@/server/db.ts";
import { runDueJobs } from "@/server/jobs/run-jobs.ts";
import { createInvoiceSupplier, createManagedStructure, createPublicStructure, openEspace } from "../factories.ts";
import { apiClientFor } from "./support/api-client.ts";

const siret = () => String(randomInt(10 ** 13, 10 ** 14));
const unique = () => randomInt(10 ** 5, 10 ** 6).toString(36).toUpperCase();

/** A works supplier (Factures de travaux), its MOE (Factures de travaux reçues) and a public MOA (both espaces of the received side). */
async function worksParties() {
  const supplier = await createInvoiceSupplier();
  await openEspace(supplier.structure.id, "FACTURES_TRAVAUX");
  const moe = await createManagedStructure({ espaces: ["FACTURES_TRAVAUX_RECUES", "MON_COMPTE"] });
  const moa = await createPublicStructure({ identifier: siret(), raisonSociale: `COMMUNE TRAVAUX ${unique()}`, services: [{ code: "SERVEXEC", libelle: "Services techniques" }] });
  const moaService = await db.service.findFirstOrThrow({ where: { structureId: moa.id } });
  await openEspace(moa.id, "FACTURES_RECUES");
  await openEspace(moa.id, "FACTURES_TRAVAUX_RECUES");
  return { supplier, moe: moe.structure, moa, moaService };
}

type Parties = Awaited<ReturnType<typeof worksParties>>;

/** A projet de décompte mensuel (A4) of the marché, as the « Factures de travaux » form takes it. */
const statement = (parties: Parties, marketNumber: string, overrides: Record<string, unknown> = {}) => ({
  supplierStructureId: parties.supplier.structure.id,
  cadre: "A4" as const,
  moeStructureId: parties.moe.id,
  moaStructureId: parties.moa.id,
  moaServiceId: parties.moaService.id,
  marketNumber,
  number: `PDM-${unique()}`,
  documentDate: "2026-03-31",
  worksToDate: "10000.00",
  retention: "500.00",
  advanceRepayment: "0",
  vatRate: "20",
  ...overrides,
});

const supplierApi = (parties: Parties, modification = true) => apiClientFor(parties.supplier.structure.id, [{ espace: "FACTURES_TRAVAUX", modification }]);
const moeApi = (parties: Parties, modification = true) => apiClientFor(parties.moe.id, [{ espace: "FACTURES_TRAVAUX_RECUES", modification }]);
const moaApi = (parties: Parties) =>
  apiClientFor(parties.moa.id, [
    { espace: "FACTURES_RECUES", modification: true },
    { espace: "FACTURES_TRAVAUX_RECUES", modification: false },
  ]);

// The first call loads the API's whole module graph: once, before the tests.
beforeAll(async () => {
  await import("@/app/api/v1/factures/travaux/soumettre/route.ts");
}, 60_000);

describe("factures/travaux: the supplier, the MOE and the MOA", () => {
  it("carries a projet de décompte mensuel from the supplier through the MOE to the MOA's payment, and the next statement carries the admitted amount", async () => {
    const parties = await worksParties();
    const { api: supplier } = await supplierApi(parties);
    const { api: moe } = await moeApi(parties);
    const { api: moa } = await moaApi(parties);
    const market = `MT-${unique()}`;

    const submitted = await supplier.POST("/factures/travaux/soumettre", { body: statement(parties, market) });
    expect(submitted.response.status).toBe(201);
    expect(submitted.data).toMatchObject({ statut: { code: "MISE_A_DISPOSITION_MOE" }, numeroSituation: 1, cumulDecomptesPrecedents: "0.00", montantNetHT: "9500.00", montantTTC: "11400.00" });
    const id = submitted.data!.idFactureTravaux;

    // The MOE finds it on its desk with its deadline and its steps, asks for a complement; the supplier completes it.
    const desk = await moe.POST("/factures/travaux/rechercher", { body: { roleUtilisateur: "MOE" } });
    expect(desk.response.status).toBe(200);
    expect(desk.data!.resultats.find((row) => row.idFactureTravaux === id)).toMatchObject({ numeroMarche: market, numeroSituation: 1, dateLimiteMoe: expect.any(String), horsDelaiMoe: false });
    const checked = await moe.POST("/factures/travaux/consulter", { body: { idFactureTravaux: id } });
    expect(checked.data).toMatchObject({ roles: ["MOE"], typePiece: { code: "PROJET_DECOMPTE_MENSUEL" }, cadreFacturation: { code: "A4" }, maitriseOuvrage: { idStructure: parties.moa.id } });
    expect(checked.data!.actionsDisponibles.map((step) => step.action).sort()).toEqual(["DEMANDER_COMPLEMENT", "REFUSER_MOE", "TRANSMETTRE_A_LA_MOA"]);
    const asked = await moe.POST("/factures/travaux/suspendre/demander/completer/factureTravaux", { body: { idFactureTravaux: id, motif: "Joindre l'attachement des travaux de mars." } });
    expect(asked.data).toEqual({ idFactureTravaux: id, statut: expect.objectContaining({ code: "A_COMPLETER" }) });
    const completed = await supplier.POST("/factures/travaux/completer", { body: { idFactureTravaux: id, commentaire: "Attachement joint." } });
    expect(completed.data!.statut.code).toBe("MISE_A_DISPOSITION_MOE");

    // The MOE admits less works than stated, says why, and passes it on.
    const unexplained = await moe.POST("/factures/travaux/transmettre/moa", { body: { idFactureTravaux: id, montantTravauxExecutes: "9000.00" } });
    expect(unexplained.response.status).toBe(422);
    expect(unexplained.error!.errors?.[0]?.path).toBe("commentaire");
    const passed = await moe.POST("/factures/travaux/transmettre/moa", { body: { idFactureTravaux: id, montantTravauxExecutes: "9000.00", commentaire: "Lot 2 non achevé." } });
    expect(passed.data!.statut.code).toBe("TRANSMISE_MOA");
    expect((await moe.POST("/factures/travaux/transmettre/moa", { body: { idFactureTravaux: id } })).response.status).toBe(409);

    // Routed to the MOA's Factures reçues, where it is processed through the payment.
    await runDueJobs(routingJobHandlers);
    for (const action of ["SERVICE_FAIT", "MANDATER", "COMPTABILISER", "METTRE_EN_PAIEMENT"] as const) {
      const moved = await moa.POST("/factures/traiter/recue", { body: { idFacture: id, action } });
      expect(moved.response.status, `${action}: ${JSON.stringify(moved.error)}`).toBe(200);
    }
    const followed = await moa.POST("/factures/travaux/rechercher", { body: { roleUtilisateur: "MOA" } });
    expect(followed.data!.resultats.find((row) => row.idFactureTravaux === id)).toMatchObject({ statut: { code: "MISE_EN_PAIEMENT" }, typePiece: "ETAT_ACOMPTE", montantNetHT: "8500.00" });
    const moaView = await moa.POST("/factures/travaux/consulter", { body: { idFactureTravaux: id } });
    expect(moaView.data).toMatchObject({ roles: ["MOA"], actionsDisponibles: [] });

    // The supplier sees the admitted amounts, the MOE's comment and every step.
    const read = await supplier.POST("/factures/travaux/consulter", { body: { idFactureTravaux: id } });
    expect(read.response.status).toBe(200);
    expect(read.data).toMatchObject({
      statut: { code: "MISE_EN_PAIEMENT" },
      montantsFournisseur: { travauxExecutesADate: "10000.00", montantNetHT: "9500.00" },
      montantsAdmis: { travauxExecutesADate: "9000.00", montantNetHT: "8500.00", montantTTC: "10200.00" },
      commentaireMoe: "Lot 2 non achevé.",
    });
    expect(read.data!.historique.map((step) => step.statut.code)).toEqual(
      expect.arrayContaining(["MISE_A_DISPOSITION_MOE", "A_COMPLETER", "TRANSMISE_MOA", "MISE_A_DISPOSITION", "SERVICE_FAIT", "MISE_EN_PAIEMENT"]),
    );

    // The next statement of the marché carries the works the MOE admitted.
    const next = await supplier.POST("/factures/travaux/soumettre", { body: statement(parties, market, { worksToDate: "15000.00", retention: "0" }) });
    expect(next.data).toMatchObject({ numeroSituation: 2, cumulDecomptesPrecedents: "9000.00", montantNetHT: "6000.00" });
  });

  it("finds the MOE and the MOA by their SIRET, with the MOA's services, for a supplier that may submit", async () => {
    const parties = await worksParties();
    const { api: supplier } = await supplierApi(parties);
    const moe = await supplier.POST("/factures/travaux/rechercher/structure", { body: { identifiant: parties.moe.identifier } });
    expect(moe.data).toMatchObject({ idStructure: parties.moe.id, raisonSociale: parties.moe.raisonSociale });
    const moa = await supplier.POST("/factures/travaux/rechercher/structure", { body: { identifiant: ` ${parties.moa.identifier.slice(0, 9)} ${parties.moa.identifier.slice(9)} ` } });
    expect(moa.data).toEqual({ idStructure: parties.moa.id, raisonSociale: parties.moa.raisonSociale, identifiant: parties.moa.identifier, services: [{ idService: parties.moaService.id, code: "SERVEXEC", libelle: "Services techniques" }] });
    const unknown = await supplier.POST("/factures/travaux/rechercher/structure", { body: { identifiant: "00000000000000" } });
    expect([unknown.response.status, unknown.error?.code]).toEqual([404, "NOT_FOUND"]);
    const empty = await supplier.POST("/factures/travaux/rechercher/structure", { body: { identifiant: " " } });
    expect(empty.error!.errors?.map((error) => error.path)).toEqual(["identifiant"]);
    const { api: reader } = await supplierApi(parties, false);
    expect((await reader.POST("/factures/travaux/rechercher/structure", { body: { identifiant: parties.moe.identifier } })).response.status).toBe(403);
  });

  it("replays a submission with the same Idempotency-Key, and refuses a form's rule on its field", async () => {
    const parties = await worksParties();
    const { api: supplier } = await supplierApi(parties);
    const body = statement(parties, `MT-${unique()}`);
    const header = { "Idempotency-Key": randomUUID() };
    const first = await supplier.POST("/factures/travaux/soumettre", { body, params: { header } });
    const replay = await supplier.POST("/factures/travaux/soumettre", { body, params: { header } });
    expect(first.response.status).toBe(201);
    expect(replay.data).toEqual(first.data);
    expect(replay.response.headers.get("idempotent-replayed")).toBe("true");
    expect(await db.worksDocument.count({ where: { supplierStructureId: parties.supplier.structure.id, marketNumber: body.marketNumber } })).toBe(1);

    // A projet de décompte goes through the MOE: without one, refused on the field.
    const withoutMoe = await supplier.POST("/factures/travaux/soumettre", { body: statement(parties, `MT-${unique()}`, { moeStructureId: undefined }) });
    expect(withoutMoe.response.status).toBe(422);
    expect(withoutMoe.error).toMatchObject({ code: "VALIDATION", errors: [{ path: "moeStructureId", message: expect.stringMatching(/maîtrise d'œuvre/) }] });
    const unknownRole = await supplier.POST("/factures/travaux/rechercher", { body: { roleUtilisateur: "TITULAIRE" } as never });
    expect(unknownRole.response.status).toBe(422);
    expect(unknownRole.error!.errors?.map((error) => error.path)).toEqual(["roleUtilisateur"]);
  });

  it("shows the MOE's missed deadline, and the platform's transmission to the MOA then closes the MOE's steps", async () => {
    const parties = await worksParties();
    const { api: supplier } = await supplierApi(parties);
    const { api: moe } = await moeApi(parties);
    const id = (await supplier.POST("/factures/travaux/soumettre", { body: statement(parties, `MT-${unique()}`) })).data!.idFactureTravaux;
    // Eight days later.
    const deadline = (await db.worksDocument.findUniqueOrThrow({ where: { invoiceId: id }, select: { moeDeadline: true } })).moeDeadline!;
    await db.worksDocument.update({ where: { invoiceId: id }, data: { moeDeadline: new Date(Date.now() - 86_400_000) } });
    expect(deadline.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);

    const late = await supplier.POST("/factures/travaux/consulter", { body: { idFactureTravaux: id } });
    expect(late.data).toMatchObject({ statut: { code: "MISE_A_DISPOSITION_MOE" }, horsDelaiMoe: true, dateLimiteMoe: expect.any(String) });

    expect(await passOverdueWorksDocuments({ now: new Date() })).toContain(id);
    const passed = await supplier.POST("/factures/travaux/consulter", { body: { idFactureTravaux: id } });
    expect(passed.data).toMatchObject({ statut: { code: "ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE" }, dateLimiteMoe: null, horsDelaiMoe: false });
    const tooLate = await moe.POST("/factures/travaux/transmettre/moa", { body: { idFactureTravaux: id } });
    expect([tooLate.response.status, tooLate.error?.code]).toEqual([409, "CONFLICT"]);
  });

  it("lets the MOE refuse with a motif, once, and never as a reader", async () => {
    const parties = await worksParties();
    const { api: supplier } = await supplierApi(parties);
    const { api: moe } = await moeApi(parties);
    const { api: moeReader } = await moeApi(parties, false);
    const id = (await supplier.POST("/factures/travaux/soumettre", { body: statement(parties, `MT-${unique()}`) })).data!.idFactureTravaux;

    expect((await moeReader.POST("/factures/travaux/consulter", { body: { idFactureTravaux: id } })).response.status).toBe(200);
    const readerRefusal = await moeReader.POST("/factures/travaux/refuser", { body: { idFactureTravaux: id, motif: "Marché soldé." } });
    expect(readerRefusal.response.status).toBe(403);
    expect(readerRefusal.error).toMatchObject({ code: "FORBIDDEN", detail: expect.stringMatching(/^Votre droit sur l'espace .+ est la consultation/) });

    const withoutMotif = await moe.POST("/factures/travaux/refuser", { body: { idFactureTravaux: id } as never });
    expect(withoutMotif.response.status).toBe(422);
    expect(withoutMotif.error!.errors?.map((error) => error.path)).toEqual(["motif"]);

    const refused = await moe.POST("/factures/travaux/refuser", { body: { idFactureTravaux: id, motif: "Marché soldé.", commentaire: "Décompte général déjà notifié." } });
    expect(refused.data!.statut.code).toBe("REFUSEE_MOE");
    const again = await moe.POST("/factures/travaux/refuser", { body: { idFactureTravaux: id, motif: "Marché soldé." } });
    expect(again.response.status).toBe(409);
    expect(again.error!.code).toBe("CONFLICT");
    // The supplier cannot complete a refused document either.
    expect((await supplier.POST("/factures/travaux/completer", { body: { idFactureTravaux: id } })).response.status).toBe(409);
  });

  it("recycles a document the MOA sent back, and completes one it suspended", async () => {
    const parties = await worksParties();
    const { api: supplier } = await supplierApi(parties);
    const { api: moa } = await moaApi(parties);
    // An état d'acompte (A5) goes straight to the MOA.
    const direct = (market: string) => supplier.POST("/factures/travaux/soumettre", { body: statement(parties, market, { cadre: "A5", moeStructureId: undefined }) });

    const toRecycle = await direct(`MT-${unique()}`);
    expect(toRecycle.data!.statut.code).toBe("DEPOSEE");
    const recycleId = toRecycle.data!.idFactureTravaux;
    expect((await supplier.POST("/factures/travaux/recycler", { body: { idFactureTravaux: recycleId } })).response.status).toBe(409);
    await runDueJobs(routingJobHandlers);
    expect((await moa.POST("/factures/traiter/recue", { body: { idFacture: recycleId, action: "A_RECYCLER", motif: "Mauvais service exécutant." } })).response.status).toBe(200);
    const recycled = await supplier.POST("/factures/travaux/recycler", { body: { idFactureTravaux: recycleId, commentaire: "Service corrigé." } });
    expect(recycled.data).toEqual({ idFactureTravaux: recycleId, statut: expect.objectContaining({ code: "DEPOSEE" }) });

    const toComplete = (await direct(`MT-${unique()}`)).data!.idFactureTravaux;
    await runDueJobs(routingJobHandlers);
    expect((await moa.POST("/factures/traiter/recue", { body: { idFacture: toComplete, action: "SUSPENDRE", motif: "Pièce manquante." } })).response.status).toBe(200);
    const completed = await supplier.POST("/factures/travaux/completer", { body: { idFactureTravaux: toComplete, commentaire: "Voici la pièce." } });
    expect(completed.data!.statut.code).toBe("COMPLETEE");
  });

  it("hides a structure's works documents from another structure, and refuses a reader's submission", async () => {
    const parties = await worksParties();
    const others = await worksParties();
    const { api: supplier } = await supplierApi(parties);
    const id = (await supplier.POST("/factures/travaux/soumettre", { body: statement(parties, `MT-${unique()}`) })).data!.idFactureTravaux;

    const { api: otherSupplier } = await supplierApi(others);
    const { api: otherMoe } = await moeApi(others);
    expect((await otherSupplier.POST("/factures/travaux/consulter", { body: { idFactureTravaux: id } })).response.status).toBe(404);
    expect((await otherSupplier.POST("/factures/travaux/completer", { body: { idFactureTravaux: id } })).response.status).toBe(404);
    expect((await otherMoe.POST("/factures/travaux/consulter", { body: { idFactureTravaux: id } })).response.status).toBe(404);
    expect((await otherMoe.POST("/factures/travaux/transmettre/moa", { body: { idFactureTravaux: id } })).response.status).toBe(404);
    expect((await otherMoe.POST("/factures/travaux/refuser", { body: { idFactureTravaux: id, motif: "x" } })).response.status).toBe(404);
    const otherDesk = await otherMoe.POST("/factures/travaux/rechercher", { body: { roleUtilisateur: "MOE" } });
    expect(otherDesk.data!.resultats.map((row) => row.idFactureTravaux)).not.toContain(id);
    expect((await otherSupplier.POST("/factures/travaux/consulter", { body: { idFactureTravaux: "pas-un-uuid" } })).response.status).toBe(404);

    // A supplier structure that is not one's own: not found; one's own in consultation only: forbidden.
    const stranger = await otherSupplier.POST("/factures/travaux/soumettre", { body: statement(parties, `MT-${unique()}`) });
    expect(stranger.response.status).toBe(404);
    const { api: reader } = await supplierApi(parties, false);
    const readerSubmission = await reader.POST("/factures/travaux/soumettre", { body: statement(parties, `MT-${unique()}`) });
    expect(readerSubmission.response.status).toBe(403);
    // The supplier reads its document but may not take the MOE's step on it.
    const supplierAsMoe = await supplier.POST("/factures/travaux/transmettre/moa", { body: { idFactureTravaux: id } });
    expect(supplierAsMoe.response.status).toBe(403);
    expect(supplierAsMoe.error).toMatchObject({ code: "FORBIDDEN", detail: expect.stringMatching(/^Cette action est réservée à la maîtrise d'œuvre/) });
  });
});
