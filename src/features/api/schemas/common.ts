// What every operation's answer shares: an invoice's status (the portal's code and label, and the reform's lifecycle
// code), the cursor of a list, dates as ISO strings. Pure.
import { z } from "zod";
import { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { INVOICE_STATUS_LABELS } from "@/features/invoices/common/ui.ts";
import { afnorLifecycleOf } from "@/features/invoices/lifecycle/index.ts";

export const statutSchema = z
  .object({
    code: z.enum(InvoiceStatus),
    libelle: z.string(),
    cycleDeVie: z
      .object({ code: z.string().meta({ example: "203" }), libelle: z.string().meta({ example: "Mise à disposition" }) })
      .nullable()
      .meta({ description: "Le statut du cycle de vie de la réforme (AFNOR XP Z12-012, 200 à 213) qui correspond, s'il en est un." }),
  })
  .meta({ id: "Statut" });

export type Statut = z.infer<typeof statutSchema>;

/** A status as the API tells it. */
export const statutOf = (status: InvoiceStatus): Statut => ({ code: status, libelle: INVOICE_STATUS_LABELS[status], cycleDeVie: afnorLifecycleOf(status) });

export const MAX_PAGE_SIZE = 100;

/** The pagination fields of a list's request. */
export const paginationSchema = z.object({
  curseur: z.string().max(200, "Curseur invalide.").optional().meta({ description: "Le `curseurSuivant` de la page précédente ; absent pour la première." }),
  nombreResultats: z.number("Le nombre de résultats doit être un nombre.").int().min(1).max(MAX_PAGE_SIZE, `Au plus ${MAX_PAGE_SIZE} résultats par page.`).default(20),
});

/** A page of a list: its rows and the cursor of the next page (null on the last). */
export const pageSchema = <Row extends z.ZodType>(row: Row) =>
  z.object({ resultats: z.array(row), curseurSuivant: z.string().nullable().meta({ description: "À renvoyer dans `curseur` pour la page suivante ; null sur la dernière." }) });

export const isoDateTime = z.iso.datetime({ offset: true }).meta({ example: "2026-12-07T09:30:00.000Z" });
export const isoDate = z.iso.date().meta({ example: "2026-12-07" });
/** A decimal amount as a string: money is never a float. */
export const montant = z.string().regex(/^-?\d+(\.\d+)?$/).meta({ example: "1200.00" });
