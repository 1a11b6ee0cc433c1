import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { Table } from "@codegouvfr/react-dsfr/Table";
import Link from "next/link";
import { AUDIT_ACTION_LABELS, AUDIT_PAGE_SIZE, auditPageSchema, listAuditLog } from "@/features/administration/index.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Journal des décisions - Administration" };

const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Paris" });

/** Administration > Journal des décisions: every decision of an administrator, newest first. */
export default async function JournalPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const { page } = auditPageSchema.parse(await searchParams);
  const { total, rows } = await findOr404([], () => listAuditLog({ userId: user.id, page }));
  const pageCount = Math.ceil(total / AUDIT_PAGE_SIZE);
  return (
    <>
      <h1>Journal des décisions</h1>
      {rows.length === 0 ? (
        <p>Aucune décision n&apos;a encore été prise.</p>
      ) : (
        <Table
          caption={`${total} décision${total > 1 ? "s" : ""}`}
          headers={["Date", "Administrateur", "Action", "Structure", "Demandeur", "Motif", "Demande"]}
          data={rows.map((row) => [
            dateFormat.format(row.createdAt),
            row.actor,
            AUDIT_ACTION_LABELS[row.action] ?? row.action,
            row.structure ?? "—",
            row.requester ?? "—",
            row.motif ?? "—",
            row.targetType === "StructureClaim" && row.targetId ? (
              <Link key="target" className="fr-link" href={`/administration/demandes/${row.targetId}`}>
                Voir la demande
              </Link>
            ) : (
              "—"
            ),
          ])}
        />
      )}
      {pageCount > 1 && <Pagination count={pageCount} defaultPage={page} getPageLinkProps={(n) => ({ href: `/administration/journal?page=${n}` })} />}
    </>
  );
}
