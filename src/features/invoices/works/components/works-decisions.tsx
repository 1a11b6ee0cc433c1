"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useState, useTransition, type FormEvent } from "react";
import { initialActionState, type ActionState } from "@/lib/action-state.ts";
import { TransitionDialog } from "@/features/invoices/lifecycle/ui.ts";
import {
  askWorksDocumentCompletionAction,
  completeWorksDocumentAction,
  passWorksDocumentToMoaAction,
  recycleWorksDocumentAction,
  refuseWorksDocumentAction,
} from "../actions.ts";
import { WORKS_ACTION_LABELS, type WorksAction } from "../rules/works-labels.ts";

type Dialog = ReturnType<typeof createModal>;
type ServerAction = (invoiceId: string, state: ActionState, formData: FormData) => Promise<ActionState>;

/** One DSFR modal per action (focus kept inside, Échap closes it), created once at the module's load. */
const dialogs: Record<WorksAction, Dialog> = {
  TRANSMETTRE_A_LA_MOA: createModal({ id: "dialogue-transmettre-moa", isOpenedByDefault: false }),
  REFUSER_MOE: createModal({ id: "dialogue-refuser-moe", isOpenedByDefault: false }),
  DEMANDER_COMPLEMENT: createModal({ id: "dialogue-demander-complement", isOpenedByDefault: false }),
  COMPLETER_TRAVAUX: createModal({ id: "dialogue-completer-travaux", isOpenedByDefault: false }),
  COMPLETER: createModal({ id: "dialogue-completer", isOpenedByDefault: false }),
  RECYCLER: createModal({ id: "dialogue-recycler", isOpenedByDefault: false }),
};

/** The dialogs with a motif or a comment only (the MOE's amounts have their own). */
const SIMPLE_DIALOGS: Record<Exclude<WorksAction, "TRANSMETTRE_A_LA_MOA">, { serverAction: ServerAction; hint: string; motif?: string }> = {
  REFUSER_MOE: {
    serverAction: refuseWorksDocumentAction,
    hint: "Le refus arrête le circuit : le document n'est pas transmis au maître d'ouvrage. Un écart de montant n'est pas un motif de refus : corrigez plutôt les montants.",
    motif: "Motif du refus",
  },
  DEMANDER_COMPLEMENT: {
    serverAction: askWorksDocumentCompletionAction,
    hint: "Le document revient au fournisseur, qui le complète ; vous disposerez alors d'un nouveau délai de 7 jours.",
    motif: "Complément demandé",
  },
  COMPLETER_TRAVAUX: { serverAction: completeWorksDocumentAction, hint: "Le document repart à la maîtrise d'œuvre, avec votre commentaire." },
  COMPLETER: { serverAction: completeWorksDocumentAction, hint: "Le document repart au maître d'ouvrage, avec votre commentaire." },
  RECYCLER: { serverAction: recycleWorksDocumentAction, hint: "Le document est déposé de nouveau et acheminé au maître d'ouvrage." },
};

export type AdmittedAmountsDefaults = { worksToDate: string; retention: string; advanceRepayment: string };

/** The MOE's « Transmettre à la MOA »: the amounts it admits, prefilled with the supplier's; a comment when it corrects one. */
function PassToMoaDialog({ invoiceId, subject, defaults, onResult }: { invoiceId: string; subject: string; defaults: AdmittedAmountsDefaults; onResult: (state: ActionState) => void }) {
  const dialog = dialogs.TRANSMETTRE_A_LA_MOA;
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState<ActionState>();
  const [formKey, setFormKey] = useState(0);
  const errorOf = (name: string) => (state?.fieldErrors?.[name]?.[0] ? { state: "error" as const, stateRelatedMessage: state.fieldErrors[name]![0] } : {});
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const answer = await passWorksDocumentToMoaAction(invoiceId, initialActionState, formData);
      if (!answer.ok && answer.fieldErrors) {
        setState(answer);
        return;
      }
      setState(undefined);
      setFormKey((key) => key + 1);
      dialog.close();
      onResult(answer);
    });
  };
  return (
    <dialog.Component title={WORKS_ACTION_LABELS.TRANSMETTRE_A_LA_MOA}>
      <p className="fr-mb-1w">{subject}</p>
      <p className="fr-text--sm">
        Indiquez les sommes que vous admettez ; le document devient l&apos;état d&apos;acompte transmis au maître d&apos;ouvrage, qui paie ces montants. Un montant corrigé
        demande un commentaire, transmis au fournisseur.
      </p>
      {state?.message && (
        <p className="fr-error-text fr-mb-2w" role="alert">
          {state.message}
        </p>
      )}
      <form key={formKey} onSubmit={onSubmit} noValidate aria-label={`${WORKS_ACTION_LABELS.TRANSMETTRE_A_LA_MOA} : ${subject}`}>
        <Input
          label="Montant cumulé des travaux exécutés à date admis (HT) *"
          {...errorOf("worksToDate")}
          nativeInputProps={{ name: "worksToDate", defaultValue: defaults.worksToDate, inputMode: "decimal", autoComplete: "off" }}
        />
        <Input label="Retenue de garantie admise (HT)" {...errorOf("retention")} nativeInputProps={{ name: "retention", defaultValue: defaults.retention, inputMode: "decimal", autoComplete: "off" }} />
        <Input
          label="Remboursement de l'avance admis (HT)"
          {...errorOf("advanceRepayment")}
          nativeInputProps={{ name: "advanceRepayment", defaultValue: defaults.advanceRepayment, inputMode: "decimal", autoComplete: "off" }}
        />
        <Input
          label="Commentaire de la maîtrise d'œuvre"
          hintText="Obligatoire si vous corrigez un montant. Il figure dans l'historique et dans l'avis envoyé au fournisseur."
          textArea
          {...errorOf("comment")}
          nativeTextAreaProps={{ name: "comment", rows: 3, maxLength: 2000 }}
        />
        <div className="fr-btns-group fr-btns-group--inline fr-btns-group--right">
          <Button type="button" priority="secondary" onClick={() => dialog.close()}>
            Annuler
          </Button>
          <Button type="submit" disabled={pending}>
            Valider et transmettre
          </Button>
        </div>
      </form>
    </dialog.Component>
  );
}

type Props = {
  invoiceId: string;
  /** The moves open to this user on this document, in the order of the buttons. */
  actions: WorksAction[];
  subject: string;
  /** The supplier's amounts, the MOE's starting point. */
  defaults?: AdmittedAmountsDefaults;
  title: string;
};

/** The buttons of a works document's page (the MOE's decision, or the supplier's follow-up), each through its dialog. */
export function WorksDecisions({ invoiceId, actions, subject, defaults, title }: Props) {
  const [result, setResult] = useState<ActionState>();
  return (
    <section aria-labelledby="titre-decision-travaux" className="fr-mt-3w">
      <h2 id="titre-decision-travaux" className="fr-h4">
        {title}
      </h2>
      <div aria-live="polite">{result?.message && <Alert className="fr-mb-2w" small severity={result.ok ? "success" : "error"} description={result.message} />}</div>
      {actions.length === 0 ? (
        !result?.ok && <p>Aucune action n&apos;est possible sur ce document dans son état.</p>
      ) : (
        <ul className="fr-btns-group fr-btns-group--inline-md">
          {actions.map((action) => (
            <li key={action}>
              <Button type="button" priority={action === "REFUSER_MOE" || action === "DEMANDER_COMPLEMENT" ? "secondary" : "primary"} nativeButtonProps={dialogs[action].buttonProps}>
                {WORKS_ACTION_LABELS[action]}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {actions.map((action) =>
        action === "TRANSMETTRE_A_LA_MOA" ? (
          <PassToMoaDialog key={action} invoiceId={invoiceId} subject={subject} defaults={defaults ?? { worksToDate: "", retention: "0", advanceRepayment: "0" }} onResult={setResult} />
        ) : (
          <TransitionDialog
            key={action}
            dialog={dialogs[action]}
            action={action}
            title={`${WORKS_ACTION_LABELS[action]} le document`}
            label={WORKS_ACTION_LABELS[action]}
            subject={subject}
            hint={SIMPLE_DIALOGS[action].hint}
            motif={SIMPLE_DIALOGS[action].motif ? { label: SIMPLE_DIALOGS[action].motif } : undefined}
            serverAction={SIMPLE_DIALOGS[action].serverAction.bind(null, invoiceId)}
            onResult={setResult}
          />
        ),
      )}
    </section>
  );
}
