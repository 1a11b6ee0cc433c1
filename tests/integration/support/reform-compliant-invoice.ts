// A sample invoice of a flux that the French reform's rules (BR-FR, decision 0014) have nothing to say about: the
// sample gives no legal mentions (notes PMT, PMD, AAB), no seller SIREN and no electronic addresses, which the reform
// asks for; this one adds them. Written in CII, whose writer keeps them all.
import { writeCii } from "@/features/einvoice/index.ts";
import { sampleEInvoice, type SampleParties } from "../../../scripts/lib/sample-einvoices.ts";

export function reformCompliantCii(i: number, parties: SampleParties, options: { number?: string } = {}): string {
  const invoice = sampleEInvoice(i, parties, options);
  // The SIREN is the one of the seller's French VAT number (FR + 2-digit key + SIREN); the structure is still found by its identifier.
  const siren = parties.seller.vatId.slice(4);
  const identifier = parties.seller.siret ?? parties.seller.identifier;
  invoice.seller = { ...invoice.seller, legalId: { id: siren, scheme: "0002" }, electronicAddress: { id: identifier, scheme: "0009" } };
  invoice.buyer = { ...invoice.buyer, electronicAddress: { id: parties.buyer.siret, scheme: "0009" } };
  invoice.noteDetails = [
    ...(invoice.noteDetails ?? []),
    { subjectCode: "PMT", text: "Indemnité forfaitaire pour frais de recouvrement : 40 €" },
    { subjectCode: "PMD", text: "Pénalités de retard : trois fois le taux d'intérêt légal" },
    { subjectCode: "AAB", text: "Pas d'escompte pour paiement anticipé" },
  ];
  return writeCii(invoice);
}
