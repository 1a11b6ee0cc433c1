import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { notFound } from "next/navigation";
import { z } from "zod";
import { listInvoiceSuppliers } from "@/features/invoices/use-cases/list-invoice-suppliers.ts";
import { listSupplierInvoices } from "@/features/invoices/use-cases/list-supplier-invoices.ts";
import { InvoiceListTable } from "@/features/invoices/view/invoice-list-table.tsx";
import { StructureFilter } from "@/features/invoices/view/structure-filter.tsx";
import { requireUser } from "@/server/auth/session.ts";
import { AppError } from "@/server/errors.ts";

export const metadata = { title: "Factures émises" };

const PAGE_SIZE = 10;

type SearchParams = { structure?: string; page?: string };

/** Synthèse of Factures émises: "Factures à traiter", the invoices of the user's supplier structures, newest first. */
export default async function FacturesEmisesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const query = await searchParams;
  const structureId = query.structure || undefined;
  if (structureId && !z.uuid().safeParse(structureId).success) notFound();
  const page = Math.max(1, Number.parseInt(query.page ?? "1", 10) || 1);

  const [list, suppliers] = await Promise.all([
    listSupplierInvoices(user.id, { structureId, page, pageSize: PAGE_SIZE }).catch((error) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listInvoiceSuppliers(user.id),
  ]);
  const pageHref = (n: number) => `/factures-emises?${new URLSearchParams({ ...(structureId ? { structure: structureId } : {}), page: String(n) })}`;

  return (
    <>
      <h1>Factures à traiter</h1>
      <StructureFilter structures={suppliers} selected={structureId} />
      <p className="fr-text--sm fr-mb-1w">
        {PAGE_SIZE} lignes par page ({list.total} {list.total > 1 ? "factures" : "facture"})
      </p>
      {list.total === 0 ? <p>Aucune facture. Saisissez votre première facture avec « Saisir facture ».</p> : <InvoiceListTable rows={list.invoices} />}
      {list.pageCount > 1 && <Pagination count={list.pageCount} defaultPage={list.page} getPageLinkProps={(n) => ({ href: pageHref(n) })} />}
    </>
  );
}
