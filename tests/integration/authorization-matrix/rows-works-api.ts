// Rows of the API's works operations (factures/travaux/…, issue 14): the cell's user acting as a technical account
// (rows-api.ts). The supplier's operations meet the cells of Factures de travaux, the MOE's those of Factures de
// travaux reçues. A works document of the cell's structure is written straight in the database for each row: the
// structure as the supplier (its MOE and MOA the counterparty) or as the MOE (the counterparty supplies and pays).
import { callApi, listShows } from "./rows-api.ts";
import type { Rows } from "./rows.ts";
import { db } from "@/server/db.ts";
import { asMoe, asSupplier, submitsWorksSomewhere, unique } from "./works-documents.ts";


const API = {
  rechercherStructure: () => import("@/app/api/v1/factures/travaux/rechercher/structure/route.ts"),
  soumettre: () => import("@/app/api/v1/factures/travaux/soumettre/route.ts"),
  rechercher: () => import("@/app/api/v1/factures/travaux/rechercher/route.ts"),
  consulter: () => import("@/app/api/v1/factures/travaux/consulter/route.ts"),
  completer: () => import("@/app/api/v1/factures/travaux/completer/route.ts"),
  recycler: () => import("@/app/api/v1/factures/travaux/recycler/route.ts"),
  refuser: () => import("@/app/api/v1/factures/travaux/refuser/route.ts"),
  demanderCompleter: () => import("@/app/api/v1/factures/travaux/suspendre/demander/completer/factureTravaux/route.ts"),
  transmettre: () => import("@/app/api/v1/factures/travaux/transmettre/moa/route.ts"),
};

export const WORKS_API_ROWS: Rows = {
  "POST /api/v1/factures/travaux/rechercher/structure": {
    reaches: "findWorksParty (factures/travaux/rechercher/structure: the MOE, the MOA, the titulaire by SIRET)",
    access: { kind: "signedIn" },
    expect: submitsWorksSomewhere,
    run: async (c) => {
      const { identifier } = await db.structure.findUniqueOrThrow({ where: { id: c.world.counterparty.structureId }, select: { identifier: true } });
      return callApi(c, (await API.rechercherStructure()).POST, "/factures/travaux/rechercher/structure", { identifiant: identifier });
    },
  },
  "POST /api/v1/factures/travaux/soumettre": {
    reaches: "submitWorksDocument (factures/travaux/soumettre)",
    access: { kind: "enter", espace: "FACTURES_TRAVAUX" },
    run: async (c) =>
      callApi(c, (await API.soumettre()).POST, "/factures/travaux/soumettre", {
        supplierStructureId: c.place.structureId,
        cadre: "A4",
        moeStructureId: c.world.counterparty.structureId,
        moaStructureId: c.world.counterparty.structureId,
        moaServiceId: c.world.counterparty.serviceId,
        marketNumber: `MT-${unique()}`,
        number: `PDM-${unique()}`,
        documentDate: "2026-03-31",
        worksToDate: "1000.00",
        retention: "0",
        advanceRepayment: "0",
        vatRate: "20",
      }),
  },
  "POST /api/v1/factures/travaux/rechercher": {
    reaches: "listWorksDocuments (factures/travaux/rechercher, the supplier's and the MOE's sides)",
    access: { kind: "list", espace: "FACTURES_TRAVAUX" },
    // The matrix opens both espaces at the same level: the supplier's list and the MOE's desk must agree.
    run: async (c) => {
      const { POST } = await API.rechercher();
      const [supplierDocument, moeDocument] = [await asSupplier(c, "MISE_A_DISPOSITION_MOE"), await asMoe(c)];
      const supplied = await listShows(await callApi(c, POST, "/factures/travaux/rechercher", { roleUtilisateur: "FOURNISSEUR" }), supplierDocument);
      const checked = await listShows(await callApi(c, POST, "/factures/travaux/rechercher", { roleUtilisateur: "MOE" }), moeDocument);
      if (supplied !== checked) throw new Error(`the supplier's side ${supplied ? "shows" : "hides"} the document, the MOE's ${checked ? "shows" : "hides"} it`);
      return supplied;
    },
  },
  "POST /api/v1/factures/travaux/consulter": {
    reaches: "getWorksDocument (factures/travaux/consulter)",
    access: { kind: "read", espace: "FACTURES_TRAVAUX" },
    run: async (c) => callApi(c, (await API.consulter()).POST, "/factures/travaux/consulter", { idFactureTravaux: await asSupplier(c, "MISE_A_DISPOSITION_MOE") }),
  },
  "POST /api/v1/factures/travaux/completer": {
    reaches: "completeWorksDocument (factures/travaux/completer)",
    access: { kind: "change", espace: "FACTURES_TRAVAUX" },
    run: async (c) => callApi(c, (await API.completer()).POST, "/factures/travaux/completer", { idFactureTravaux: await asSupplier(c, "A_COMPLETER"), commentaire: "Attachement joint." }),
  },
  "POST /api/v1/factures/travaux/recycler": {
    reaches: "recycleWorksDocument (factures/travaux/recycler)",
    access: { kind: "change", espace: "FACTURES_TRAVAUX" },
    run: async (c) => callApi(c, (await API.recycler()).POST, "/factures/travaux/recycler", { idFactureTravaux: await asSupplier(c, "A_RECYCLER") }),
  },
  "POST /api/v1/factures/travaux/refuser": {
    reaches: "refuseWorksDocument (factures/travaux/refuser, the MOE)",
    access: { kind: "change", espace: "FACTURES_TRAVAUX_RECUES" },
    run: async (c) => callApi(c, (await API.refuser()).POST, "/factures/travaux/refuser", { idFactureTravaux: await asMoe(c), motif: "Marché soldé." }),
  },
  "POST /api/v1/factures/travaux/suspendre/demander/completer/factureTravaux": {
    reaches: "askWorksDocumentCompletion (factures/travaux/suspendre/demander/completer/factureTravaux, the MOE)",
    access: { kind: "change", espace: "FACTURES_TRAVAUX_RECUES" },
    run: async (c) =>
      callApi(c, (await API.demanderCompleter()).POST, "/factures/travaux/suspendre/demander/completer/factureTravaux", { idFactureTravaux: await asMoe(c), motif: "Joindre l'attachement." }),
  },
  "POST /api/v1/factures/travaux/transmettre/moa": {
    reaches: "passWorksDocumentToMoa (factures/travaux/transmettre/moa, the MOE)",
    access: { kind: "change", espace: "FACTURES_TRAVAUX_RECUES" },
    run: async (c) => callApi(c, (await API.transmettre()).POST, "/factures/travaux/transmettre/moa", { idFactureTravaux: await asMoe(c) }),
  },
};
