// The pure parts of the recipient's operations and of the reference lists: a status change's motif and comment are
// checked by the status machine's rules on the API's own field names, and the motif lists come from the machine.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { actionDisponibleOf, checkMotifFields, motifFields } from "@/features/api/schemas/facture-destinataire.ts";
import { motifsOf } from "@/features/api/schemas/reference.ts";
import { REJECTION_MOTIFS } from "@/features/invoices/lifecycle/ui.ts";
import { RECIPIENT_ACTIONS } from "@/features/invoices/received/rules/recipient-moves.ts";

const body = z.object({ action: z.enum(RECIPIENT_ACTIONS), ...motifFields }).superRefine(checkMotifFields);
const issuesOf = (value: unknown) => {
  const parsed = body.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]);
};

describe("a status change's body", () => {
  it("asks the motif the status machine asks, on the field « motif »", () => {
    expect(issuesOf({ action: "REJETER" })).toEqual([["motif", "Choisissez le motif de rejet dans la liste."]]);
    expect(issuesOf({ action: "REJETER", motif: "Une raison inventée" })).toEqual([["motif", "Choisissez le motif de rejet dans la liste."]]);
    expect(issuesOf({ action: "SUSPENDRE", motif: "  " })).toEqual([["motif", "Indiquez le motif de la suspension."]]);
    expect(issuesOf({ action: "REJETER", motif: REJECTION_MOTIFS[0] })).toEqual([]);
    expect(issuesOf({ action: "SERVICE_FAIT" })).toEqual([]);
  });

  it("names a comment's refusal « commentaire », the API's field, not the pages' « comment »", () => {
    expect(issuesOf({ action: "SERVICE_FAIT", commentaire: "x".repeat(2001) })).toEqual([["commentaire", "Le commentaire comporte 2000 caractères au plus."]]);
  });
});

describe("the motifs and actions the API tells", () => {
  it("lists seed 004's rejection motifs, and says a suspension's motif is a free text", () => {
    const refus = motifsOf("REJETER");
    expect(refus.saisie).toBe("LISTE");
    expect(refus.resultats.map((motif) => motif.code)).toEqual([...REJECTION_MOTIFS]);
    expect(motifsOf("SUSPENDRE")).toEqual({ action: "SUSPENDRE", saisie: "LIBRE", resultats: [] });
  });

  it("gives each action its label and the motif it asks", () => {
    expect(actionDisponibleOf("REJETER")).toEqual({ action: "REJETER", libelle: "Rejeter", motif: "LISTE" });
    expect(actionDisponibleOf("A_RECYCLER")).toEqual({ action: "A_RECYCLER", libelle: "À recycler", motif: "LIBRE" });
    expect(actionDisponibleOf("SERVICE_FAIT")).toEqual({ action: "SERVICE_FAIT", libelle: "Service fait", motif: null });
  });
});
