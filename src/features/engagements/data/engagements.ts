// The reads and writes of engagements: a structure's (reached through the espace Engagements), a supplier's (the
// engagements naming the identifier of one of its structures), and the routing's check of a quoted numéro.
import type { Prisma } from "@/generated/prisma/client.ts";
import { ENGAGEMENT_FORMAT_SELECT, checkEngagementNumber, engagementFormatError, engagementFormatOf } from "@/features/directory/index.ts";
import { espaceRight, requireEspaceRight, type EspaceRight } from "@/features/structures/index.ts";
import { AppError, notFound } from "@/server/errors.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import type { EngagementInput } from "../schemas.ts";
import { engagementQuoteProblem } from "../rules/engagement-quote.ts";
import { engagementCsvErrorsText, type EngagementCsvError } from "../rules/engagement-csv.ts";

type Client = Tx | typeof db;

/** The columns every list shows. */
export const engagementRowSelect = {
  id: true,
  number: true,
  supplierIdentifier: true,
  amount: true,
  startDate: true,
  endDate: true,
  status: true,
  closedAt: true,
  structure: { select: { id: true, raisonSociale: true, identifier: true } },
  service: { select: { code: true, libelle: true } },
} satisfies Prisma.EngagementSelect;

export type EngagementRow = Prisma.EngagementGetPayload<{ select: typeof engagementRowSelect }>;

/**
 * The user's public structure through the espace Engagements with `needed`: NOT_FOUND for one that is not theirs
 * (or not public; with `hiddenWithoutEspace`, also one whose espace Engagements is closed to the user), FORBIDDEN in
 * French otherwise when the right falls short. Its format and services, for the checks.
 */
export async function requireEngagementStructure(client: Client, userId: string, structureId: string, needed: EspaceRight, options: { hiddenWithoutEspace?: boolean } = {}) {
  const structure = await client.structure.findFirst({
    where: { id: structureId, kind: "PUBLIQUE", status: "ACTIF", rattachements: { some: { userId, status: "ACTIF" } } },
    select: { id: true, ...ENGAGEMENT_FORMAT_SELECT, services: { select: { id: true, code: true } } },
  });
  if (!structure) throw notFound("Structure introuvable.");
  // Reaching an engagement (or the list) of a structure whose espace is closed to the user: as if it did not exist.
  if (options.hiddenWithoutEspace && (await espaceRight(client, userId, structure.id, "ENGAGEMENTS")) === "AUCUN") throw notFound("Engagement introuvable.");
  await requireEspaceRight(client, userId, structure.id, "ENGAGEMENTS", needed, { what: "gérer ses engagements" });
  return structure;
}

type EngagementStructure = Awaited<ReturnType<typeof requireEngagementStructure>>;

/** The row to write for one engagement, or its error (field and French message): the structure's format, its service. */
export function engagementData(structure: EngagementStructure, input: EngagementInput, userId: string): { data: Prisma.EngagementCreateManyInput } | { field: string; message: string } {
  const format = engagementFormatOf(structure);
  if (format && !checkEngagementNumber(format, input.number).ok) return { field: "number", message: engagementFormatError(format) };
  let serviceId: string | null = null;
  if (input.serviceCode) {
    const service = structure.services.find((candidate) => candidate.code.toUpperCase() === input.serviceCode.toUpperCase());
    if (!service) return { field: "serviceCode", message: `Le service ${input.serviceCode} n'est pas un service de la structure.` };
    serviceId = service.id;
  }
  return {
    data: {
      structureId: structure.id,
      serviceId,
      number: input.number,
      supplierIdentifier: input.supplierIdentifier,
      amount: input.amount,
      startDate: new Date(`${input.startDate}T00:00:00Z`),
      endDate: input.endDate ? new Date(`${input.endDate}T00:00:00Z`) : null,
      createdById: userId,
    },
  };
}

/** The numéros among `numbers` the structure already has. */
export async function existingNumbers(client: Client, structureId: string, numbers: string[]): Promise<Set<string>> {
  const rows = await client.engagement.findMany({ where: { structureId, number: { in: numbers } }, select: { number: true } });
  return new Set(rows.map((row) => row.number));
}

/** A refused import: every error of the file, by line (the form's message); nothing was kept. */
export class EngagementImportError extends AppError {
  constructor(readonly errors: EngagementCsvError[]) {
    super("VALIDATION", `Aucun engagement n'a été importé.\n${engagementCsvErrorsText(errors)}`, "file");
  }
}

export const duplicateNumber = (number: string) => new AppError("CONFLICT", `La structure a déjà un engagement numéro ${number}.`, "number");

/**
 * The routing's check: null when the recipient does not require an existing engagement, or when the invoice quotes an
 * open engagement of the recipient naming the supplier's identifier (and, for an engagement of a service, addressed
 * to that service); otherwise the reason, in French.
 */
export async function engagementQuoteReason(
  client: Client,
  invoice: { recipientStructureId: string | null; supplierStructureId: string | null; recipientServiceId: string | null; engagementNumber: string | null },
): Promise<string | null> {
  if (!invoice.recipientStructureId || !invoice.supplierStructureId) return null;
  const recipient = await client.structure.findUnique({ where: { id: invoice.recipientStructureId }, select: { engagementExistantObligatoire: true } });
  if (!recipient?.engagementExistantObligatoire) return null;
  const supplier = await client.structure.findUnique({ where: { id: invoice.supplierStructureId }, select: { identifier: true } });
  const engagement =
    invoice.engagementNumber && supplier
      ? await client.engagement.findFirst({
          where: { structureId: invoice.recipientStructureId, number: invoice.engagementNumber, supplierIdentifier: supplier.identifier.toUpperCase() },
          select: { number: true, status: true, serviceId: true, service: { select: { libelle: true, code: true } } },
        })
      : null;
  return engagementQuoteProblem(
    invoice,
    engagement && { number: engagement.number, status: engagement.status, serviceId: engagement.serviceId, serviceLabel: engagement.service ? `${engagement.service.libelle} (${engagement.service.code})` : null },
  );
}
