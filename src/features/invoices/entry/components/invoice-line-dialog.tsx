"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useEffect } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { invoiceLineSchema, VAT_RATES, type InvoiceLineInput } from "@/features/invoices/common/ui.ts";
import { computeTotals, formatAmount } from "@/features/invoices/common/ui.ts";
import { UNITS } from "@/features/invoices/common/ui.ts";

export const invoiceLineDialog = createModal({ id: "saisie-ligne-facture", isOpenedByDefault: false });

const EMPTY_LINE: InvoiceLineInput = { reference: "", denomination: "", quantity: "", unit: "C62", unitPriceNet: "", discountNet: "", vatRate: "20" };

/** "Montant HT après remise HT" and "Montant TTC après remise HT" of the line being typed, once it reads as a valid line. */
function previewAmounts(line: InvoiceLineInput) {
  const parsed = invoiceLineSchema.safeParse(line);
  if (!parsed.success) return { net: "", gross: "" };
  const [amounts] = computeTotals({ lines: [parsed.data] }).lines;
  return { net: formatAmount(amounts.lineNet), gross: formatAmount(amounts.lineGross) };
}

type LineFormProps = { line?: InvoiceLineInput; errors?: Record<string, string>; onValidate: (line: InvoiceLineInput) => void };

function InvoiceLineForm({ line, errors: initialErrors, onValidate }: LineFormProps) {
  const form = useForm<InvoiceLineInput, unknown, z.output<typeof invoiceLineSchema>>({
    resolver: zodResolver(invoiceLineSchema),
    defaultValues: { ...EMPTY_LINE, ...line },
  });
  const { errors } = form.formState;
  const errorProps = (name: keyof InvoiceLineInput) => ({
    state: errors[name] ? ("error" as const) : ("default" as const),
    stateRelatedMessage: errors[name]?.message,
  });
  useEffect(() => {
    // Errors the server found on this line (e.g. a rate that does not fit the type de TVA) shown next to its fields.
    for (const [name, message] of Object.entries(initialErrors ?? {})) form.setError(name as keyof InvoiceLineInput, { message });
  }, [form, initialErrors]);
  const preview = previewAmounts(useWatch({ control: form.control }) as InvoiceLineInput);

  const submit = form.handleSubmit((valid) => {
    onValidate({ ...valid, reference: valid.reference ?? "", discountNet: valid.discountNet ?? "" });
    invoiceLineDialog.close();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Input label="Référence" {...errorProps("reference")} nativeInputProps={form.register("reference")} />
      <Input label="Dénomination *" {...errorProps("denomination")} nativeInputProps={form.register("denomination")} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input label="Quantité *" {...errorProps("quantity")} nativeInputProps={{ ...form.register("quantity"), inputMode: "decimal" }} />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Select label="Unité *" {...errorProps("unit")} nativeSelectProps={form.register("unit")}>
            {UNITS.map((unit) => (
              <option key={unit.code} value={unit.code}>
                {unit.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input label="Montant unitaire HT *" {...errorProps("unitPriceNet")} nativeInputProps={{ ...form.register("unitPriceNet"), inputMode: "decimal" }} />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input label="Montant remise HT" {...errorProps("discountNet")} nativeInputProps={{ ...form.register("discountNet"), inputMode: "decimal" }} />
        </div>
      </div>
      <Select label="Taux TVA *" {...errorProps("vatRate")} nativeSelectProps={form.register("vatRate")}>
        {VAT_RATES.map((rate) => (
          <option key={rate} value={rate}>
            {formatAmount(rate, rate.includes(".") ? 1 : 0)} %
          </option>
        ))}
      </Select>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input label="Montant HT après remise HT" disabled nativeInputProps={{ value: preview.net, readOnly: true }} />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input label="Montant TTC après remise HT" disabled nativeInputProps={{ value: preview.gross, readOnly: true }} />
        </div>
      </div>
      <div className="fr-btns-group fr-btns-group--inline fr-btns-group--right">
        <Button type="button" priority="secondary" onClick={() => invoiceLineDialog.close()}>
          Annuler
        </Button>
        <Button type="submit">Valider la ligne</Button>
      </div>
    </form>
  );
}

/** "Saisie d'une ligne de facture": a DSFR modal (focus kept inside, Échap closes it); a fresh form at each opening. */
export function InvoiceLineDialog({ openCount, lineNumber, ...props }: LineFormProps & { openCount: number; lineNumber: number }) {
  return (
    <invoiceLineDialog.Component title="Saisie d'une ligne de facture" size="large">
      <p className="fr-text--sm">Ligne {lineNumber}. Les champs marqués d&apos;un * sont obligatoires.</p>
      <InvoiceLineForm key={openCount} {...props} />
    </invoiceLineDialog.Component>
  );
}
