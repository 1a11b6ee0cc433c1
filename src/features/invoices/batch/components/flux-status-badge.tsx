import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { DepositFluxItemStatus, DepositFluxStatus } from "@/generated/prisma/enums.ts";
import { FLUX_ITEM_STATUS_LABELS, FLUX_STATUS_LABELS } from "../rules/flux-status.ts";

const FLUX_SEVERITY = { EN_COURS: "info", INTEGRE: "success", INTEGRE_PARTIELLEMENT: "warning", REJETE: "error" } as const;
const ITEM_SEVERITY = { EN_ATTENTE: "new", ACCEPTEE: "success", REJETEE: "error" } as const;

export function FluxStatusBadge({ status }: { status: DepositFluxStatus }) {
  return (
    <Badge as="span" small severity={FLUX_SEVERITY[status]}>
      {FLUX_STATUS_LABELS[status]}
    </Badge>
  );
}

export function FluxItemStatusBadge({ status }: { status: DepositFluxItemStatus }) {
  return (
    <Badge as="span" small noIcon={status === "EN_ATTENTE"} severity={ITEM_SEVERITY[status]}>
      {FLUX_ITEM_STATUS_LABELS[status]}
    </Badge>
  );
}
