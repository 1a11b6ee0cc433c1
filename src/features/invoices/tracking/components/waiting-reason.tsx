/** Why the recipient sent the invoice back to the supplier: the motif and comment of its latest état. */
export type WaitingReason = { motif: string | null; comment: string | null };

export function WaitingReasonCallout({ reason, title }: { reason: WaitingReason; title: string }) {
  if (!reason.motif && !reason.comment) return null;
  return (
    <div className="fr-callout fr-mb-3w">
      <p className="fr-callout__title fr-h6">{title}</p>
      {reason.motif && (
        <p className="fr-callout__text fr-text--md fr-mb-1v">
          <strong>Motif : </strong>
          {reason.motif}
        </p>
      )}
      {reason.comment && (
        <p className="fr-callout__text fr-text--md" style={{ whiteSpace: "pre-line" }}>
          <strong>Commentaire : </strong>
          {reason.comment}
        </p>
      )}
    </div>
  );
}
