"use client";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import type { ActionState } from "@/lib/action-state.ts";
import { REJECTION_MOTIFS, TransitionDialog } from "@/features/invoices/lifecycle/ui.ts";
import { RECIPIENT_ACTION_HINTS, RECIPIENT_ACTION_LABELS, RECIPIENT_ACTION_MOTIF, RECIPIENT_ACTIONS, type RecipientAction } from "../rules/recipient-moves.ts";

type Dialog = ReturnType<typeof createModal>;

/** One DSFR modal per action (focus kept inside, Échap closes it), opened by the action's button. */
export const recipientActionDialogs = Object.fromEntries(
  RECIPIENT_ACTIONS.map((action) => [action, createModal({ id: `dialogue-${action.toLowerCase().replace(/_/g, "-")}`, isOpenedByDefault: false })]),
) as Record<RecipientAction, Dialog>;

const MOTIF_LABELS: Record<RecipientAction, string> = {
  SUSPENDRE: "Motif de suspension",
  REJETER: "Motif de rejet",
  A_RECYCLER: "Motif",
  SERVICE_FAIT: "",
  MANDATER: "",
  MISE_A_DISPOSITION_COMPTABLE: "",
  COMPTABILISER: "",
  METTRE_EN_PAIEMENT: "",
};

/** The motif field of an action: a list for Rejeter, a text for Suspendre and À recycler, none for the others. */
const motifOf = (action: RecipientAction) => {
  const kind = RECIPIENT_ACTION_MOTIF[action];
  if (kind === null) return undefined;
  return { label: MOTIF_LABELS[action], choices: kind === "liste" ? REJECTION_MOTIFS : undefined };
};

type Props<S extends ActionState> = {
  action: RecipientAction;
  /** What the action applies to, e.g. "Facture n° F-2026-001 de CHORUS DEUX" or "3 factures sélectionnées". */
  subject: string;
  serverAction: (state: S, formData: FormData) => Promise<S>;
  /** Fields added to the form's (e.g. the selected invoices' ids). */
  extraFields?: Record<string, string[]>;
  /** The server's answer once the dialog closes (errors on a field keep it open, next to the field). */
  onResult: (state: S) => void;
};

/** The dialog of an action: its motif (a list for Rejeter, a text for Suspendre and À recycler), a comment, and confirm. */
export function RecipientActionDialog<S extends ActionState>({ action, ...props }: Props<S>) {
  const label = RECIPIENT_ACTION_LABELS[action];
  return (
    <TransitionDialog
      dialog={recipientActionDialogs[action]}
      action={action}
      title={label}
      label={label}
      hint={RECIPIENT_ACTION_HINTS[action]}
      motif={motifOf(action)}
      {...props}
    />
  );
}
