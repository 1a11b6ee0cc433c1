// The ZIP of bench:deposit, written by a process of its own: generating 10,000 invoices grows a process's memory
// (V8 and malloc keep the pages after the collection), and the bench measures the peak RSS of the deposit alone.
// Usage: tsx scripts/bench/deposit-zip.ts <count> <seller JSON> <output file>. The i-th file goes to the recipient
// the bench names (BREST METROPOLE or DEP COTES-D'ARMOR, two by two), half UBL, half CII.
import { writeFileSync } from "node:fs";
import { zipSync } from "fflate";
import { sampleInvoiceXml, type SampleParties } from "../lib/sample-einvoices.ts";

export const DEPOSIT_RECIPIENTS = (sellerOfFlux: SampleParties["seller"]): SampleParties[] => [
  { seller: sellerOfFlux, buyer: { name: "BREST METROPOLE BUDGET PRINCIPAL", siret: "24290031400012", serviceCode: "FACTURES" }, engagement: (i) => `BM${i}` },
  { seller: sellerOfFlux, buyer: { name: "DEP COTES-D'ARMOR", siret: "22220001600327", serviceCode: "COLLEGE" }, engagement: (i) => String(10_000 + (i % 90_000)) },
];

// Run as a script (the bench imports DEPOSIT_RECIPIENTS only).
if (process.argv[1]?.endsWith("deposit-zip.ts")) {
  const [count, sellerJson, output] = process.argv.slice(2);
  const recipients = DEPOSIT_RECIPIENTS(JSON.parse(sellerJson) as SampleParties["seller"]);
  const encoder = new TextEncoder();
  const entries: Record<string, Uint8Array> = {};
  for (let i = 1; i <= Number(count); i++) entries[`lot/facture-${String(i).padStart(6, "0")}.xml`] = encoder.encode(sampleInvoiceXml(i, recipients[Math.floor(i / 2) % 2]));
  writeFileSync(output, zipSync(entries, { level: 6 }));
}
