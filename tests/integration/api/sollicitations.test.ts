// The sollicitations through the API's typed client: the supplier's technical account asks the buyer about its
// rejected invoice (with a file in base64), the buyer's answers (Traitée), both read the thread; a consultation-only
// account may read but not write, another structure's sollicitation is not found, a question about an invoice needs
// its public structure.
import { beforeAll, describe, expect, it } from "vitest";
import { buildSollicitationWorld, PDF, type SollicitationWorld } from "../sollicitations/world.ts";
import { apiClientFor } from "./support/api-client.ts";

let world: SollicitationWorld;
beforeAll(async () => {
  await import("@/app/api/v1/sollicitations/creer/route.ts");
  world = await buildSollicitationWorld();
}, 60_000);

const question = () => ({
  idStructure: world.supplier.structure.id,
  categorie: "Suivi du traitement d'une facture",
  sousCategorie: "Facture rejetée",
  objet: `Facture n° ${world.rejected.invoiceNumber} : Rejetée`,
  message: "Pourquoi ce rejet ?",
  idStructureDestinataire: world.buyer.structure.id,
  idFacture: world.rejected.id,
});

describe("sollicitations/creer, rechercher, consulter, repondre", () => {
  it("carries a question and its answer between the supplier's and the buyer's applications", async () => {
    const { api: supplier } = await apiClientFor(world.supplier.structure.id, [
      { espace: "SOLLICITATIONS_EMISES", modification: true },
      { espace: "FACTURES_EMISES", modification: false },
    ]);
    const { api: buyer } = await apiClientFor(world.buyer.structure.id, [{ espace: "SOLLICITATIONS_RECUES", modification: true }]);

    const created = await supplier.POST("/sollicitations/creer", { body: { ...question(), piecesJointes: [{ nomFichier: "facture.pdf", contenu: Buffer.from(PDF).toString("base64") }] } });
    expect(created.response.status).toBe(200);
    expect(created.data).toMatchObject({ numeroSollicitation: expect.stringMatching(/^SOL/), statut: { code: "DEPOSEE", libelle: "Déposée" } });
    const id = created.data!.idSollicitation;

    const received = await buyer.POST("/sollicitations/rechercher/recues", { body: { numeroSollicitation: created.data!.numeroSollicitation } });
    expect(received.data).toMatchObject({ total: 1, resultats: [{ idSollicitation: id, numeroFacture: world.rejected.invoiceNumber, destinataire: { type: "STRUCTURE" } }] });

    const answered = await buyer.POST("/sollicitations/repondre", { body: { idSollicitation: id, message: "Montant erroné.", suite: "TRAITEE" } });
    expect(answered.data).toEqual({ idSollicitation: id, statut: { code: "TRAITEE", libelle: "Traitée" } });

    const read = await supplier.POST("/sollicitations/consulter", { body: { idSollicitation: id } });
    expect(read.data).toMatchObject({
      statut: { code: "TRAITEE" },
      piecesJointes: ["facture.pdf"],
      echanges: [{ cote: "DESTINATAIRE", message: "Montant erroné." }],
      historique: [{ statut: { code: "DEPOSEE" } }, { statut: { code: "TRAITEE" } }],
    });
    // The supplier's reply sends the answer back.
    const back = await supplier.POST("/sollicitations/repondre", { body: { idSollicitation: id, message: "Le montant est celui du bon de commande." } });
    expect(back.data!.statut.code).toBe("RENVOYEE");
    expect((await supplier.POST("/sollicitations/rechercher/emises", { body: { statut: "RENVOYEE" } })).data!.resultats.map((row) => row.idSollicitation)).toContain(id);
  });

  it("refuses a reader's write, a stranger's read, a question about an invoice without its structure", async () => {
    const { api: reader } = await apiClientFor(world.supplier.structure.id, [{ espace: "SOLLICITATIONS_EMISES", modification: false }]);
    const refused = await reader.POST("/sollicitations/creer", { body: question() });
    expect(refused.response.status).toBe(403);
    expect(refused.error).toMatchObject({ code: "FORBIDDEN", detail: expect.stringMatching(/^Votre droit sur l'espace Sollicitations émises est la consultation/) });

    const { api: writer } = await apiClientFor(world.supplier.structure.id, [
      { espace: "SOLLICITATIONS_EMISES", modification: true },
      { espace: "FACTURES_EMISES", modification: false },
    ]);
    const { idStructureDestinataire: _addressee, ...withoutAddressee } = question();
    const invalid = await writer.POST("/sollicitations/creer", { body: withoutAddressee });
    expect(invalid.response.status).toBe(422);
    const created = await writer.POST("/sollicitations/creer", { body: question() });
    const { api: stranger } = await apiClientFor(world.otherSupplier.structure.id, [{ espace: "SOLLICITATIONS_EMISES", modification: true }]);
    const hidden = await stranger.POST("/sollicitations/consulter", { body: { idSollicitation: created.data!.idSollicitation } });
    expect(hidden.response.status).toBe(404);
    const { api: otherBuyer } = await apiClientFor(world.otherBuyer.structure.id, [{ espace: "SOLLICITATIONS_RECUES", modification: true }]);
    expect((await otherBuyer.POST("/sollicitations/repondre", { body: { idSollicitation: created.data!.idSollicitation, message: "x" } })).response.status).toBe(404);
  });
});
