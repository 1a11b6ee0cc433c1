// BR-FR rules on the notes (BG-1): the legal mentions every invoice between companies carries, by subject code
// (BR-FR-05: PMT the fixed recovery fee, PMD the late payment penalties, AAB the discount or its absence), each once
// (BR-FR-06, with TXD), and the BAR note that announces the processing (BR-FR-20, BR-FR-31). Warnings.
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import type { Finding } from "../finding.ts";
import { normalizeSpace, records } from "./core-support.ts";
import { FR_BAR_TREATMENTS, frWarning } from "./fr-support.ts";

const LEGAL_MENTIONS = [
  { code: "PMT", label: "l'indemnité forfaitaire pour frais de recouvrement" },
  { code: "PMD", label: "les pénalités de retard" },
  { code: "AAB", label: "l'escompte ou son absence" },
];
const ONCE = [...LEGAL_MENTIONS, { code: "TXD", label: "la mention de taxe" }];

export function frNoteFindings(invoice: ReadEInvoice): Finding[] {
  const notes = records(invoice.noteDetails).map((note) => ({ code: normalizeSpace(note.subjectCode), text: normalizeSpace(note.text) }));
  const count = (code: string) => notes.filter((note) => note.code === code).length;
  const findings: Finding[] = [
    ...LEGAL_MENTIONS.filter(({ code }) => count(code) === 0).map(({ code, label }) =>
      frWarning("BR-FR-05", `La facture doit porter une note de code ${code} (BT-21) donnant ${label}.`, "BG-1"),
    ),
    ...ONCE.filter(({ code }) => count(code) > 1).map(({ code, label }) => frWarning("BR-FR-06", `La note de code ${code} (${label}) ne doit figurer qu'une fois.`, "BG-1")),
  ];
  const bar = notes.filter((note) => note.code === "BAR");
  for (const note of bar.filter((item) => !FR_BAR_TREATMENTS.includes(item.text))) {
    findings.push(frWarning("BR-FR-20", `Une note de code BAR (BT-21) doit valoir ${FR_BAR_TREATMENTS.join(", ")} : « ${note.text} ».`, "BG-1/BT-22"));
  }
  if (bar.filter((note) => FR_BAR_TREATMENTS.includes(note.text)).length > 1) {
    findings.push(frWarning("BR-FR-31", "Un seul traitement peut être annoncé par une note de code BAR (BT-21).", "BG-1"));
  }
  return findings;
}
