import type { ReactNode } from "react";
import { requireEspace } from "@/features/structures/use-cases/require-espace.ts";

/** Factures à valider: the holder of an A9 / A12 contract decides on its sous-traitants' and cotraitants' invoices (403 without the espace). */
export default async function FacturesAValiderLayout({ children }: { children: ReactNode }) {
  await requireEspace("FACTURES_A_VALIDER");
  return <>{children}</>;
}
