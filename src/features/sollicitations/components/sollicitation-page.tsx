import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { SollicitationDetailRow } from "../data/detail.ts";
import type { SollicitationViewpoint } from "../rules/paths.ts";
import { availableMoves } from "../rules/statuses.ts";
import { MoveButton } from "./move-button.tsx";
import { ReplyForm } from "./reply-form.tsx";
import { SollicitationView } from "./sollicitation-view.tsx";

const NOTICES: Record<string, string> = {
  envoyee: "Votre sollicitation a été envoyée.",
  repondue: "Votre réponse a été envoyée.",
  priseEnCharge: "La sollicitation est prise en charge : elle est en cours de traitement.",
  cloturee: "La sollicitation est clôturée.",
};

/** A sollicitation's page for one side: what happened, and what the user may do next (modification). */
export function SollicitationPage({
  sollicitation,
  viewpoint,
  mayModify,
  notice,
  invoiceHref,
}: {
  sollicitation: SollicitationDetailRow;
  viewpoint: SollicitationViewpoint;
  mayModify: boolean;
  notice?: string;
  invoiceHref?: string;
}) {
  const moves = availableMoves(sollicitation.status);
  const message = notice ? NOTICES[notice] : undefined;
  return (
    <>
      {message && <Alert className="fr-mb-3w" severity="success" small description={message} />}
      <SollicitationView sollicitation={sollicitation} viewpoint={viewpoint} invoiceHref={invoiceHref} />
      {mayModify && viewpoint !== "EMISES" && moves.takeInCharge && <MoveButton sollicitationId={sollicitation.id} move={{ kind: "PRENDRE_EN_CHARGE", viewpoint }} />}
      {mayModify && viewpoint === "EMISES" && moves.close && <MoveButton sollicitationId={sollicitation.id} move={{ kind: "CLOTURER" }} />}
      {mayModify && moves.reply && <ReplyForm sollicitationId={sollicitation.id} side={viewpoint} />}
    </>
  );
}
