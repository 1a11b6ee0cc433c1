import type { SollicitationDetailRow } from "../data/detail.ts";
import { sollicitationAttachmentPath, type SollicitationViewpoint } from "../rules/paths.ts";
import { SOLLICITATION_STATUS_LABELS } from "../rules/statuses.ts";
import { formatDateTime, personName } from "./format.ts";

type File = SollicitationDetailRow["attachments"][number];

function Files({ files }: { files: File[] }) {
  if (files.length === 0) return null;
  return (
    <ul className="fr-text--sm" aria-label="Pièces jointes">
      {files.map((file) => (
        <li key={file.id}>
          <a className="fr-link fr-link--sm" href={sollicitationAttachmentPath(file.id)} download>
            {file.fileName} ({Math.ceil(file.size / 1024)} Ko)
          </a>
        </li>
      ))}
    </ul>
  );
}

/** A sollicitation's page: its fields, the thread (first message and replies, each with author and date), the history of its statuses. */
export function SollicitationView({ sollicitation, viewpoint, invoiceHref }: { sollicitation: SollicitationDetailRow; viewpoint: SollicitationViewpoint; invoiceHref?: string }) {
  const s = sollicitation;
  const addressee = s.addresseeKind === "SUPPORT" ? "Support du portail" : `${s.addresseeStructure?.raisonSociale ?? ""} (${s.addresseeStructure?.identifier ?? ""})`;
  const invoiceNumber = s.invoice ? (s.invoice.sentNumber ?? s.invoice.invoiceNumber ?? "") : null;
  const sideName = (side: "EMETTEUR" | "DESTINATAIRE") => (side === "EMETTEUR" ? s.authorStructure.raisonSociale : addressee);
  return (
    <>
      <h1>Sollicitation n° {s.number}</h1>
      <dl className="fr-grid-row fr-grid-row--gutters fr-mb-3w">
        {(
          [
            ["Etat", SOLLICITATION_STATUS_LABELS[s.status]],
            ["Date de dépôt", formatDateTime(s.createdAt)],
            ["Structure émettrice", `${s.authorStructure.raisonSociale} (${s.authorStructure.identifier})`],
            ["Destinataire", `${addressee}${s.addresseeService ? ` — service ${s.addresseeService.code} ${s.addresseeService.libelle}` : ""}`],
            ["Catégorie", s.category],
            ["Sous-catégorie", s.subCategory],
            ["Objet", s.subject],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="fr-col-12 fr-col-md-6">
            <dt className="fr-text--bold fr-mb-0">{label}</dt>
            <dd className="fr-ml-0">{value}</dd>
          </div>
        ))}
        {invoiceNumber !== null && (
          <div className="fr-col-12 fr-col-md-6">
            <dt className="fr-text--bold fr-mb-0">Facture</dt>
            <dd className="fr-ml-0">{invoiceHref ? <a href={invoiceHref}>{invoiceNumber}</a> : invoiceNumber}</dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="titre-echanges" className="fr-mb-3w">
        <h2 id="titre-echanges" className="fr-h4">
          Echanges
        </h2>
        <ol className="fr-raw-list">
          <li className="fr-p-2w fr-mb-2w fr-background-alt--grey">
            <p className="fr-text--sm fr-mb-1w">
              <strong>{personName(s.author)}</strong> ({s.authorStructure.raisonSociale}) — {formatDateTime(s.createdAt)}
            </p>
            <p className="fr-mb-1w" style={{ whiteSpace: "pre-wrap" }}>
              {s.message}
            </p>
            <Files files={s.attachments.filter((file) => file.messageId === null)} />
          </li>
          {s.messages.map((message) => (
            <li key={message.id} className={`fr-p-2w fr-mb-2w ${message.side === "DESTINATAIRE" ? "fr-background-alt--blue-france" : "fr-background-alt--grey"}`}>
              <p className="fr-text--sm fr-mb-1w">
                <strong>{personName(message.author)}</strong> ({sideName(message.side)}) — {formatDateTime(message.createdAt)}
              </p>
              <p className="fr-mb-1w" style={{ whiteSpace: "pre-wrap" }}>
                {message.body}
              </p>
              <Files files={s.attachments.filter((file) => file.messageId === message.id)} />
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="titre-historique" className="fr-mb-3w">
        <h2 id="titre-historique" className="fr-h4">
          Historique
        </h2>
        <ul>
          {s.history.map((entry) => (
            <li key={entry.id}>
              {formatDateTime(entry.createdAt)} : {SOLLICITATION_STATUS_LABELS[entry.status]}
              {viewpoint !== "EMISES" || entry.status !== "EN_COURS_TRAITEMENT" ? ` (${personName(entry.actor)})` : ""}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
