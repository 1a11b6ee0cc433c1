// The status and wording of a flux: final status from its counts, the progress line and the one event.
import { describe, expect, it } from "vitest";
import { finishedFluxStatus, FLUX_STATUS_LABELS, fluxFinishedMessage, fluxProgressLabel } from "@/features/invoices/batch/rules/flux-status.ts";

describe("flux status", () => {
  it("is Intégré when every invoice is accepted, Intégré partiellement when some are, Rejeté when none", () => {
    expect(finishedFluxStatus(3, 3)).toBe("INTEGRE");
    expect(finishedFluxStatus(3, 1)).toBe("INTEGRE_PARTIELLEMENT");
    expect(finishedFluxStatus(3, 0)).toBe("REJETE");
    expect(Object.values(FLUX_STATUS_LABELS)).toEqual(["En cours", "Intégré", "Intégré partiellement", "Rejeté"]);
  });

  it("shows the progress with French thousands", () => {
    expect(fluxProgressLabel(350, 1000)).toBe("350 / 1 000 factures traitées");
    expect(fluxProgressLabel(0, 1)).toBe("0 / 1 facture traitée");
  });

  it("tells the outcome in one sentence", () => {
    expect(fluxFinishedMessage("FLUX202600000000000001", "INTEGRE_PARTIELLEMENT", 9998, 2)).toBe(
      "Flux n° FLUX202600000000000001 intégré partiellement : 9 998 factures acceptées, 2 rejetées.",
    );
    expect(fluxFinishedMessage("FLUX1", "INTEGRE", 1, 0)).toBe("Flux n° FLUX1 intégré : 1 facture acceptée, 0 rejetée.");
    expect(fluxFinishedMessage("FLUX1", "REJETE", 0, 2)).toBe("Flux n° FLUX1 rejeté : 0 facture acceptée, 2 rejetées.");
  });
});
