"use client";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { Espace } from "@/generated/prisma/enums.ts";
import { ESPACE_LABELS } from "@/features/structures/ui.ts";

/** `espaces`: given (at least in consultation); `modification`: those also in modification. */
export type EspaceRightsChoice = { espaces: Espace[]; modification: Espace[] };

/**
 * The espaces a user (or a technical account) is given, among those the structure opens: two checkboxes per espace,
 * posted as `espaces` (consultation) and `modification`, each with its accessible name.
 */
export function EspaceRightsTable(props: { caption: string; openEspaces: Espace[]; current: EspaceRightsChoice }) {
  const { current } = props;
  return (
    <Table
      caption={props.caption}
      headers={["Espace", "Consultation", "Modification"]}
      data={props.openEspaces.map((espace) => [
        ESPACE_LABELS[espace],
        ...(["espaces", "modification"] as const).map((name) => (
          <div className="fr-checkbox-group fr-checkbox-group--sm" key={name}>
            <input
              type="checkbox"
              id={`${name}-${espace}`}
              name={name}
              value={espace}
              defaultChecked={name === "espaces" ? current.espaces.includes(espace) || current.modification.includes(espace) : current.modification.includes(espace)}
            />
            <label className="fr-label" htmlFor={`${name}-${espace}`}>
              <span className="fr-sr-only">
                {name === "espaces" ? "Consultation" : "Modification"} : {ESPACE_LABELS[espace]}
              </span>
            </label>
          </div>
        )),
      ])}
    />
  );
}
