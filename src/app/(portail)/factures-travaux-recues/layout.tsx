import type { ReactNode } from "react";
import { SubTabsNav } from "@/features/invoices/common/components/sub-tabs-nav.tsx";
import { RECEIVED_WORKS_TABS } from "@/features/invoices/works/components/works-page-parts.ts";
import { requireEspace } from "@/features/structures/use-cases/require-espace.ts";

/** Factures de travaux reçues: the maîtrise d'œuvre's desk and the maître d'ouvrage's follow-up, 403 without the espace. */
export default async function FacturesTravauxRecuesLayout({ children }: { children: ReactNode }) {
  await requireEspace("FACTURES_TRAVAUX_RECUES");
  return (
    <>
      <SubTabsNav label="Factures de travaux reçues" tabs={RECEIVED_WORKS_TABS} />
      {children}
    </>
  );
}
