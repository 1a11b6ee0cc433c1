import type { ReactNode } from "react";
import { requireEspace } from "@/features/structures/use-cases/require-espace.ts";

/** Sollicitations émises: a structure's questions to the support or to a public structure (403 without the espace). */
export default async function SollicitationsEmisesLayout({ children }: { children: ReactNode }) {
  await requireEspace("SOLLICITATIONS_EMISES");
  return <>{children}</>;
}
