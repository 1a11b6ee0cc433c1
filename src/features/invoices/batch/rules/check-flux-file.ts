// One file of a flux, judged on its own (no database): read as a structured invoice (UBL or CII, or the CII of a Factur-X), validated against
// EN 16931, mapped to the portal's invoice, and held to the rules "Valider et envoyer" applies to any invoice (a
// batch invoice is deposited as it is, nobody completes it). Every reason to refuse is a finding with its rule id.
// The French reform's BR-FR rules (decision 0014) come apart, in `reform`: warnings the supplier can act on, never a
// refusal, and never mixed with EN 16931's findings.
import { EInvoiceReadError, fatalFindings, type Finding, readInvoiceFile, reformFindings, validateEInvoice } from "@/features/einvoice/index.ts";
import { toDepositedInvoice, type DepositedInvoice } from "@/features/invoices/deposit/ui.ts";
import { sendingErrors, type InvoiceFormValues } from "@/features/invoices/common/ui.ts";
import { fieldErrorsToFindings, PORTAL_RULES, unreadableFinding } from "./batch-findings.ts";
import { isPdf } from "./flux-plan.ts";

export type FileVerdict =
  | { accepted: false; invoiceNumber?: string; findings: Finding[]; reform: Finding[] }
  | { accepted: true; invoiceNumber: string; deposited: DepositedInvoice; warnings: Finding[]; reform: Finding[] };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const realDate = (value: string | undefined) => Boolean(value && ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value));

/**
 * The sending rules of the portal on what the file gives. sendingErrors reads the invoice's own fields only (the
 * recipient is checked against the directory by the caller), hence the form built from the file.
 */
function portalFindings(deposited: DepositedInvoice): Finding[] {
  const form = {
    invoiceNumber: deposited.invoiceNumber,
    lines: deposited.lines,
    vatRegime: deposited.vatRegime,
    exemptionReason: deposited.exemptionReason,
    type: deposited.type,
    originalInvoiceNumber: deposited.originalInvoiceNumber,
    recipientIsState: true, // the recipient itself is checked against the directory, not here
  } as unknown as InvoiceFormValues;
  const findings = fieldErrorsToFindings(sendingErrors(form));
  if (!realDate(deposited.invoiceDate)) {
    findings.push({ rule: PORTAL_RULES.invoice, severity: "fatal", message: "La date de facture est absente ou n'est pas une date valide (AAAA-MM-JJ).", location: "BT-2" });
  }
  return findings;
}

/** A PDF of the flux is a Factur-X ("XML mixte": its embedded XML is the invoice); anything else an XML. */
export const fluxFileFormat = (content: Uint8Array) => (isPdf(content) ? "XML_MIXTE" : "XML_STRUCTURE");

export async function checkFluxFile(file: { fileName: string; content: Uint8Array }): Promise<FileVerdict> {
  let read;
  try {
    read = await readInvoiceFile(file.content, { fileName: file.fileName, format: fluxFileFormat(file.content) });
  } catch (error) {
    if (error instanceof EInvoiceReadError) return { accepted: false, findings: [unreadableFinding(error.message)], reform: [] };
    throw error;
  }
  const invoiceNumber = typeof read.invoice.number === "string" && read.invoice.number.trim() !== "" ? read.invoice.number.trim() : undefined;
  const findings = validateEInvoice(read.invoice, read.syntaxFindings, read.syntax);
  const reform = reformFindings(read.invoice);
  const fatal = fatalFindings(findings);
  if (fatal.length > 0) return { accepted: false, invoiceNumber, findings: [...fatal, ...findings.filter((finding) => finding.severity !== "fatal")], reform };

  const deposited = toDepositedInvoice(read.invoice);
  const refused = portalFindings(deposited);
  if (refused.length > 0 || !deposited.invoiceNumber) return { accepted: false, invoiceNumber, findings: [...refused, ...findings], reform };
  return { accepted: true, invoiceNumber: deposited.invoiceNumber, deposited, warnings: findings, reform };
}

/** What checking one file of a group gave: its verdict, or the message of what its check threw (a bug: that file only). */
export type GroupVerdict = { verdict: FileVerdict } | { error: string };

/** checkFluxFile on each file, one after the other; what one of them throws does not stop the others. */
export async function checkFluxFiles(files: { fileName: string; content: Uint8Array }[]): Promise<GroupVerdict[]> {
  const verdicts: GroupVerdict[] = [];
  for (const file of files) {
    try {
      verdicts.push({ verdict: await checkFluxFile(file) });
    } catch (error) {
      verdicts.push({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  }
  return verdicts;
}
