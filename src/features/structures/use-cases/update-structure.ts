import { db } from "@/server/db.ts";
import { requireGestionnaire } from "../data/access.ts";
import type { StructureUpdateInput } from "../schemas/management.ts";
import { structureSearchText } from "@/features/directory/index.ts";

/** "Modifier la structure": everything but its identifier; invoicing parameters (and the format it receives invoices in) only for a public structure. */
export async function updateStructure({ userId, structureId, input }: { userId: string; structureId: string; input: StructureUpdateInput }) {
  await db.$transaction(async (tx) => {
    await requireGestionnaire(tx, userId, structureId);
    const current = await tx.structure.findUniqueOrThrow({ where: { id: structureId }, select: { identifier: true, kind: true } });
    const { engagementObligatoire, serviceObligatoire, engagementCharset, engagementPrefix, engagementMinLength, engagementMaxLength, receptionFormat, ...general } = input;
    const format = engagementCharset
      ? { engagementCharset, engagementPrefix, engagementMinLength, engagementMaxLength }
      : { engagementCharset: null, engagementPrefix: null, engagementMinLength: null, engagementMaxLength: null };
    const invoicing = current.kind === "PUBLIQUE" ? { engagementObligatoire, serviceObligatoire, receptionFormat, ...format } : {};
    await tx.structure.update({
      where: { id: structureId },
      data: { ...general, ...invoicing, searchText: structureSearchText({ ...general, identifier: current.identifier }) },
    });
  });
}
