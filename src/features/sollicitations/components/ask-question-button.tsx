import { Button } from "@codegouvfr/react-dsfr/Button";
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { QUESTION_INVOICE_STATUSES } from "../rules/invoice-question.ts";
import { SOLLICITATION_PATHS } from "../rules/paths.ts";

/** « Poser une question » on a rejected or suspended invoice: opens "Saisir sollicitation" pre-filled with it. */
export function AskQuestionButton({ invoiceId, status }: { invoiceId: string; status: InvoiceStatus }) {
  if (!QUESTION_INVOICE_STATUSES.includes(status)) return null;
  return (
    <Button className="fr-mb-3w" priority="secondary" iconId="fr-icon-question-line" linkProps={{ href: `${SOLLICITATION_PATHS.EMISES}/saisir?facture=${encodeURIComponent(invoiceId)}` }}>
      Poser une question
    </Button>
  );
}
