"use client";
import { useEffect, useState } from "react";
import { listQuotableEngagementsAction } from "../actions.ts";

type Suggestion = { number: string; amount: string; endDate: string | null; serviceCode: string | null };

/**
 * The `<datalist>` of « Numéro d'engagement »: the supplier's open engagements at the chosen recipient and service,
 * read again when either changes; nothing before a recipient is chosen.
 */
export function EngagementSuggestions({ id, supplierStructureId, recipientStructureId, recipientServiceId }: { id: string; supplierStructureId?: string; recipientStructureId?: string; recipientServiceId?: string }) {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  useEffect(() => {
    let current = true;
    if (!supplierStructureId || !recipientStructureId) {
      setSuggestions([]);
      return;
    }
    listQuotableEngagementsAction({ supplierStructureId, recipientStructureId, recipientServiceId: recipientServiceId ?? "" }).then((answer) => {
      if (current) setSuggestions("engagements" in answer ? answer.engagements : []);
    });
    return () => {
      current = false;
    };
  }, [supplierStructureId, recipientStructureId, recipientServiceId]);
  return (
    <datalist id={id} data-testid="engagements-suggeres">
      {suggestions.map((suggestion) => (
        <option key={suggestion.number} value={suggestion.number}>
          {`${suggestion.amount} €${suggestion.serviceCode ? ` — ${suggestion.serviceCode}` : ""}${suggestion.endDate ? ` — jusqu'au ${suggestion.endDate}` : ""}`}
        </option>
      ))}
    </datalist>
  );
}
