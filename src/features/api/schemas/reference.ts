// What the reference lists of transverses answer: each value with its code (what a body sends) and its French label,
// as the pages' selects offer them. Pure.
import { z } from "zod";
import { MOVES, REJECTION_MOTIFS } from "@/features/invoices/lifecycle/ui.ts";

export const valeurReferenceSchema = z.object({ code: z.string(), libelle: z.string() }).meta({ id: "ValeurReference" });

/** A reference list: every value, in the order the pages offer them. */
export const listeReferenceSchema = z.object({ resultats: z.array(valeurReferenceSchema) }).meta({ id: "ListeReference" });

/** The motifs of a recipient's action: a list to choose from, or a free text (then no list). */
export const motifsSchema = z
  .object({
    action: z.string().meta({ example: "REJETER" }),
    saisie: z.enum(["LISTE", "LIBRE"]).meta({ description: "LISTE : le motif est un des `resultats` (son code) ; LIBRE : un texte, sans liste." }),
    resultats: z.array(valeurReferenceSchema),
  })
  .meta({ id: "Motifs" });

/**
 * The motifs of an action as the status machine asks them: seed 004's list when it asks for one of the list, a free
 * text otherwise (no list then: none exists in the portal to offer).
 */
export const motifsOf = (action: "REJETER" | "SUSPENDRE"): z.input<typeof motifsSchema> =>
  MOVES[action].motif === "liste"
    ? { action, saisie: "LISTE", resultats: REJECTION_MOTIFS.map((motif) => ({ code: motif, libelle: motif })) }
    : { action, saisie: "LIBRE", resultats: [] };
