import { Table } from "@codegouvfr/react-dsfr/Table";
import Link from "next/link";
import { formatFinding } from "@/features/invoices/common/ui.ts";
import type { DepositFluxReport } from "../use-cases/get-deposit-flux.ts";
import { FluxItemStatusBadge } from "./flux-status-badge.tsx";

type ReportItem = DepositFluxReport["items"][number];

function Findings({ item }: { item: ReportItem }) {
  const errors = item.findings.filter((finding) => finding.severity === "fatal");
  const warnings = item.findings.filter((finding) => finding.severity !== "fatal");
  const reform = item.reformWarnings;
  if (item.findings.length === 0 && reform.length === 0) return null;
  return (
    <>
      {errors.length > 0 && (
        <ul className="fr-mb-0 fr-text--sm">
          {errors.map((finding, index) => (
            <li key={index}>{formatFinding(finding)}</li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <details className="fr-text--sm fr-mt-1w">
          <summary>
            {warnings.length} avertissement{warnings.length > 1 ? "s" : ""}
          </summary>
          <ul className="fr-mb-0">
            {warnings.map((finding, index) => (
              <li key={index}>{formatFinding(finding)}</li>
            ))}
          </ul>
        </details>
      )}
      {reform.length > 0 && (
        // The French reform's rules (decision 0014): apart from EN 16931's, never a refusal today.
        <details className="fr-text--sm fr-mt-1w">
          <summary>
            {reform.length} avertissement{reform.length > 1 ? "s" : ""} de la réforme 2026-2027
          </summary>
          <ul className="fr-mb-0">
            {reform.map((finding, index) => (
              <li key={index}>{formatFinding(finding)}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** « Compte rendu »: per file, its invoice number and status, a link to the accepted invoice or the errors found. */
export function FluxReportTable({ items }: { items: ReportItem[] }) {
  return (
    <Table
      fixed={false}
      headers={["N°", "Fichier", "Numéro de facture", "Statut", "Erreurs"]}
      data={items.map((item) => [
        item.position,
        item.fileName,
        item.invoiceId ? (
          <Link key={item.id} className="fr-link" href={`/factures-emises/${item.invoiceId}`}>
            {item.invoiceNumber}
            <span className="fr-sr-only"> (consulter la facture)</span>
          </Link>
        ) : (
          (item.invoiceNumber ?? "")
        ),
        <FluxItemStatusBadge key={`${item.id}-statut`} status={item.status} />,
        <Findings key={`${item.id}-erreurs`} item={item} />,
      ])}
    />
  );
}
