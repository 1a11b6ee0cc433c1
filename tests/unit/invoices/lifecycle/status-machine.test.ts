// The status machine, exhaustively: every status × every action × every actor against the table below, written out
// by hand from DOMAIN.md's lifecycle (not derived from the module), then the motifs and the final statuses.
import { describe, expect, it } from "vitest";
import { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { LIFECYCLE_ACTIONS, REJECTION_MOTIFS, type LifecycleAction, type LifecycleActor } from "@/features/invoices/lifecycle/rules/lifecycle-contract.ts";
import { availableActions, checkMove, CREATIONS, nextStatus, requiresMotif, transitionInput } from "@/features/invoices/lifecycle/rules/status-machine.ts";

const STATUSES = Object.values(InvoiceStatus);
const ACTORS: LifecycleActor[] = ["PLATEFORME", "FOURNISSEUR", "DESTINATAIRE", "VALIDEUR", "MOE"];

/** "actor action: from → to", one line per legal move; everything else is refused. */
const LEGAL_MOVES = `
PLATEFORME ACHEMINER: DEPOSEE → EN_COURS_ACHEMINEMENT
PLATEFORME ACHEMINER: VALIDEE_1 → EN_COURS_ACHEMINEMENT
PLATEFORME METTRE_A_DISPOSITION: EN_COURS_ACHEMINEMENT → MISE_A_DISPOSITION
PLATEFORME RENVOYER_A_RECYCLER: EN_COURS_ACHEMINEMENT → A_RECYCLER
PLATEFORME VALIDER_HORS_DELAI: A_VALIDER_1 → VALIDEE_1
DESTINATAIRE SUSPENDRE: MISE_A_DISPOSITION → SUSPENDUE
DESTINATAIRE SUSPENDRE: COMPLETEE → SUSPENDUE
DESTINATAIRE SUSPENDRE: SERVICE_FAIT → SUSPENDUE
DESTINATAIRE REJETER: MISE_A_DISPOSITION → REJETEE
DESTINATAIRE REJETER: COMPLETEE → REJETEE
DESTINATAIRE REJETER: SUSPENDUE → REJETEE
DESTINATAIRE REJETER: SERVICE_FAIT → REJETEE
DESTINATAIRE A_RECYCLER: MISE_A_DISPOSITION → A_RECYCLER
DESTINATAIRE A_RECYCLER: COMPLETEE → A_RECYCLER
DESTINATAIRE SERVICE_FAIT: MISE_A_DISPOSITION → SERVICE_FAIT
DESTINATAIRE SERVICE_FAIT: COMPLETEE → SERVICE_FAIT
DESTINATAIRE MANDATER: MISE_A_DISPOSITION → MANDATEE
DESTINATAIRE MANDATER: COMPLETEE → MANDATEE
DESTINATAIRE MANDATER: SERVICE_FAIT → MANDATEE
DESTINATAIRE MISE_A_DISPOSITION_COMPTABLE: MANDATEE → MISE_A_DISPOSITION_COMPTABLE
DESTINATAIRE COMPTABILISER: MANDATEE → COMPTABILISEE
DESTINATAIRE COMPTABILISER: MISE_A_DISPOSITION_COMPTABLE → COMPTABILISEE
DESTINATAIRE METTRE_EN_PAIEMENT: COMPTABILISEE → MISE_EN_PAIEMENT
FOURNISSEUR COMPLETER: SUSPENDUE → COMPLETEE
FOURNISSEUR RECYCLER: A_RECYCLER → DEPOSEE
VALIDEUR VALIDER: A_VALIDER_1 → VALIDEE_1
VALIDEUR REFUSER: A_VALIDER_1 → REFUSEE_1
PLATEFORME ACHEMINER: TRANSMISE_MOA → EN_COURS_ACHEMINEMENT
PLATEFORME ACHEMINER: ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE → EN_COURS_ACHEMINEMENT
PLATEFORME TRANSMETTRE_HORS_DELAI: MISE_A_DISPOSITION_MOE → ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE
MOE TRANSMETTRE_A_LA_MOA: MISE_A_DISPOSITION_MOE → TRANSMISE_MOA
MOE REFUSER_MOE: MISE_A_DISPOSITION_MOE → REFUSEE_MOE
MOE DEMANDER_COMPLEMENT: MISE_A_DISPOSITION_MOE → A_COMPLETER
FOURNISSEUR COMPLETER_TRAVAUX: A_COMPLETER → MISE_A_DISPOSITION_MOE
`;

const expected = new Map<string, string>();
for (const line of LEGAL_MOVES.trim().split("\n")) {
  const [, actor, action, from, to] = /^(\w+) (\w+): (\w+) → (\w+)$/.exec(line)!;
  expected.set(`${actor} ${action} ${from}`, to);
}

describe("the status machine", () => {
  it("the table names only known statuses, actions and actors", () => {
    for (const key of expected.keys()) {
      const [actor, action, from] = key.split(" ");
      expect(ACTORS).toContain(actor);
      expect(LIFECYCLE_ACTIONS).toContain(action);
      expect(STATUSES).toContain(from);
      expect(STATUSES).toContain(expected.get(key));
    }
  });

  const cases = STATUSES.flatMap((status) => LIFECYCLE_ACTIONS.flatMap((action) => ACTORS.map((actor) => ({ status, action, actor }))));
  it(`answers each of the ${STATUSES.length} × ${LIFECYCLE_ACTIONS.length} × ${ACTORS.length} cases as the table says`, () => {
    expect(cases).toHaveLength(21 * 21 * 5);
    for (const { status, action, actor } of cases) {
      const want = expected.get(`${actor} ${action} ${status}`) ?? null;
      const verdict = checkMove(status, action, actor);
      expect({ status, action, actor, to: nextStatus(status, action, actor) }).toEqual({ status, action, actor, to: want });
      if (verdict.ok) expect(verdict.to).toBe(want);
      else {
        expect(want).toBeNull();
        expect(verdict.message).toMatch(/^(L'action « .+ » |La facture est à l'état « .+ » : son traitement est terminé)/);
      }
    }
  });

  it("lists the actions each actor has in each status, as the table does", () => {
    for (const status of STATUSES) {
      for (const actor of ACTORS) {
        const want = LIFECYCLE_ACTIONS.filter((action) => expected.has(`${actor} ${action} ${status}`));
        expect(availableActions(status, actor)).toEqual(want);
      }
    }
  });

  it("says in French why a move is refused: wrong actor, wrong status, final status", () => {
    expect(checkMove("MISE_A_DISPOSITION", "REJETER", "FOURNISSEUR")).toEqual({ ok: false, message: "L'action « Rejeter » est réservée au destinataire de la facture." });
    expect(checkMove("SUSPENDUE", "COMPLETER", "DESTINATAIRE")).toEqual({ ok: false, message: "L'action « Compléter » est réservée au fournisseur de la facture." });
    expect(checkMove("A_VALIDER_1", "VALIDER", "DESTINATAIRE")).toEqual({ ok: false, message: "L'action « Valider » est réservée au titulaire ou au mandataire du marché." });
    expect(checkMove("DEPOSEE", "ACHEMINER", "DESTINATAIRE")).toEqual({ ok: false, message: "L'action « Acheminer vers le destinataire » est réservée à la plateforme." });
    expect(checkMove("MISE_A_DISPOSITION_MOE", "TRANSMETTRE_A_LA_MOA", "DESTINATAIRE")).toEqual({
      ok: false,
      message: "L'action « Valider et transmettre à la MOA » est réservée à la maîtrise d'œuvre.",
    });
    expect(checkMove("TRANSMISE_MOA", "REFUSER_MOE", "MOE")).toEqual({
      ok: false,
      message: "L'action « Refuser » n'est pas possible sur une facture à l'état « Transmise à la MOA » : elle demande l'état « Mise à disposition de la MOE ».",
    });
    expect(checkMove("SUSPENDUE", "SERVICE_FAIT", "DESTINATAIRE")).toEqual({
      ok: false,
      message:
        "L'action « Service fait » n'est pas possible sur une facture à l'état « Suspendue » : elle demande l'état « Mise à disposition du destinataire » ou « Complétée ».",
    });
    expect(checkMove("REJETEE", "SERVICE_FAIT", "DESTINATAIRE")).toEqual({
      ok: false,
      message: "La facture est à l'état « Rejetée » : son traitement est terminé, elle ne change plus d'état.",
    });
  });

  it("moves nothing out of the final statuses, for anyone", () => {
    for (const status of ["REJETEE", "MISE_EN_PAIEMENT", "REFUSEE_1", "REFUSEE_MOE"] as const) {
      for (const actor of ACTORS) expect(availableActions(status, actor)).toEqual([]);
    }
    // …and a draft is the supplier's own business, not the lifecycle's.
    for (const actor of ACTORS) expect(availableActions("BROUILLON", actor)).toEqual([]);
  });
});

describe("the creation moves (decision 0004: an invoice's creation goes through the machine too)", () => {
  it("the supplier saves a draft, then sends it out of BROUILLON once: to its recipient, or to the holder of the contract", () => {
    expect(CREATIONS).toEqual({
      ENREGISTRER: { actor: "FOURNISSEUR", from: null, to: "BROUILLON" },
      DEPOSER: { actor: "FOURNISSEUR", from: "BROUILLON", to: "DEPOSEE" },
      SOUMETTRE_AU_VALIDEUR: { actor: "FOURNISSEUR", from: "BROUILLON", to: "A_VALIDER_1" },
      SOUMETTRE_A_LA_MOE: { actor: "FOURNISSEUR", from: "BROUILLON", to: "MISE_A_DISPOSITION_MOE" },
    });
  });

  it("sends into the statuses the lifecycle starts from: routed (DEPOSEE) or waiting for the holder (A_VALIDER_1)", () => {
    expect(checkMove(CREATIONS.DEPOSER.to, "ACHEMINER", "PLATEFORME")).toEqual({ ok: true, to: "EN_COURS_ACHEMINEMENT" });
    expect(availableActions(CREATIONS.SOUMETTRE_AU_VALIDEUR.to, "VALIDEUR")).toEqual(["VALIDER", "REFUSER"]);
    expect(availableActions(CREATIONS.SOUMETTRE_A_LA_MOE.to, "MOE")).toEqual(["TRANSMETTRE_A_LA_MOA", "REFUSER_MOE", "DEMANDER_COMPLEMENT"]);
    // No lifecycle action leads back to a draft: a sent invoice is never created again.
    for (const action of LIFECYCLE_ACTIONS) for (const actor of ACTORS) for (const status of STATUSES) expect(nextStatus(status, action, actor)).not.toBe("BROUILLON");
  });
});

describe("motifs and comments", () => {
  const WITH_MOTIF: LifecycleAction[] = ["SUSPENDRE", "REJETER", "A_RECYCLER", "RENVOYER_A_RECYCLER", "REFUSER", "REFUSER_MOE", "DEMANDER_COMPLEMENT"];

  it("asks a motif exactly for suspension, rejection, recycling and refusal", () => {
    for (const action of LIFECYCLE_ACTIONS) expect({ action, motif: requiresMotif(action) }).toEqual({ action, motif: WITH_MOTIF.includes(action) });
  });

  it("refuses a missing or blank motif on its field", () => {
    expect(transitionInput("SUSPENDRE", {}).errors).toEqual({ motif: "Indiquez le motif de la suspension." });
    expect(transitionInput("A_RECYCLER", { motif: "   " }).errors).toEqual({ motif: "Indiquez le motif du recyclage." });
    expect(transitionInput("REFUSER", { comment: "sans motif" }).errors).toEqual({ motif: "Indiquez le motif du refus." });
    expect(transitionInput("RENVOYER_A_RECYCLER").errors).toEqual({ motif: "Indiquez le motif du recyclage." });
  });

  it("takes a rejection motif from seed 004's list only", () => {
    for (const motif of REJECTION_MOTIFS) expect(transitionInput("REJETER", { motif }).errors).toEqual({});
    expect(transitionInput("REJETER", { motif: "Parce que" }).errors).toEqual({ motif: "Choisissez le motif de rejet dans la liste." });
    expect(transitionInput("REJETER", {}).errors).toEqual({ motif: "Choisissez le motif de rejet dans la liste." });
    expect(transitionInput("REJETER", { motif: "  Montant de la facture erroné " })).toEqual({ motif: "Montant de la facture erroné", comment: undefined, errors: {} });
  });

  it("keeps the trimmed motif and comment, drops a motif the action does not ask for, refuses texts too long", () => {
    expect(transitionInput("SUSPENDRE", { motif: " Bon de livraison manquant ", comment: " Merci de le joindre. " })).toEqual({
      motif: "Bon de livraison manquant",
      comment: "Merci de le joindre.",
      errors: {},
    });
    expect(transitionInput("SERVICE_FAIT", { motif: "inutile", comment: "" })).toEqual({ motif: undefined, comment: undefined, errors: {} });
    expect(transitionInput("SUSPENDRE", { motif: "x".repeat(256), comment: "y".repeat(2001) }).errors).toEqual({
      motif: "Le motif comporte 255 caractères au plus.",
      comment: "Le commentaire comporte 2000 caractères au plus.",
    });
    expect(transitionInput("SUSPENDRE", { motif: "x".repeat(255), comment: "y".repeat(2000) }).errors).toEqual({});
  });
});
