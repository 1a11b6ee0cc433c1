import type { ReactNode } from "react";
import { SubTabsNav } from "@/features/invoices/common/components/sub-tabs-nav.tsx";
import { SUPPLIER_WORKS_TABS } from "@/features/invoices/works/components/works-page-parts.ts";
import { requireEspace } from "@/features/structures/use-cases/require-espace.ts";

/** Factures de travaux: the works supplier's documents (CCAG Travaux), 403 without the espace. */
export default async function FacturesTravauxLayout({ children }: { children: ReactNode }) {
  await requireEspace("FACTURES_TRAVAUX");
  return (
    <>
      <SubTabsNav label="Factures de travaux" tabs={SUPPLIER_WORKS_TABS} />
      {children}
    </>
  );
}
