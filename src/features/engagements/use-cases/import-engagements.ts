import { db } from "@/server/db.ts";
import { parseEngagementCsv, type EngagementCsvError } from "../rules/engagement-csv.ts";
import { EngagementImportError, engagementData, existingNumbers, requireEngagementStructure } from "../data/engagements.ts";

/**
 * « Importer des engagements » from a CSV file: every row is checked (the form's rules, the structure's format and
 * services, numéros new to the structure) before any is kept; all are created, or none.
 */
export async function importEngagements({ userId, structureId, csv }: { userId: string; structureId: string; csv: string }): Promise<{ imported: number }> {
  return db.$transaction(async (tx) => {
    const structure = await requireEngagementStructure(tx, userId, structureId, "MODIFICATION");
    const parsed = parseEngagementCsv(csv);
    if (!parsed.ok) throw new EngagementImportError(parsed.errors);
    const errors: EngagementCsvError[] = [];
    const data = [];
    for (const { line, engagement } of parsed.rows) {
      const row = engagementData(structure, engagement, userId);
      if ("field" in row) errors.push({ line, message: row.message });
      else data.push(row.data);
    }
    const taken = await existingNumbers(tx, structure.id, parsed.rows.map((row) => row.engagement.number));
    for (const { line, engagement } of parsed.rows) {
      if (taken.has(engagement.number)) errors.push({ line, message: `La structure a déjà un engagement numéro ${engagement.number}.` });
    }
    if (errors.length > 0) throw new EngagementImportError(errors.sort((a, b) => a.line - b.line).slice(0, 50));
    await tx.engagement.createMany({ data });
    return { imported: data.length };
  });
}
