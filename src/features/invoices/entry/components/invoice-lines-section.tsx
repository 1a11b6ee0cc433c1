"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { useState } from "react";
import { useInBrowser } from "@/components/use-in-browser.ts";
import { useFieldArray, useFormState } from "react-hook-form";
import type { InvoiceLineInput } from "@/features/invoices/common/ui.ts";
import { formatAmount, type LineAmounts } from "@/features/invoices/common/ui.ts";
import { unitLabel } from "@/features/invoices/common/ui.ts";
import { ClientPagination, linesPerPageLabel, PAGE_SIZE } from "./client-pagination.tsx";
import { InvoiceLineDialog, invoiceLineDialog } from "./invoice-line-dialog.tsx";
import { ToCheck } from "./deposit-fields-to-check.tsx";
import { useInvoiceForm } from "@/features/invoices/common/ui.ts";

const formatRate = (rate: string) => `${formatAmount(rate, rate.includes(".") ? 1 : 0)} %`;

/**
 * "Ligne de facture": the seed's table, 5 lines per page (only the page shown is rendered, so an invoice of
 * thousands of lines stays usable), the line dialog to add or change one, and the selection to delete some.
 */
export function InvoiceLinesSection({ lineAmounts, readOnly = false }: { lineAmounts: LineAmounts[]; readOnly?: boolean }) {
  const { form, errorOf } = useInvoiceForm();
  const { fields, append, update, remove } = useFieldArray({ control: form.control, name: "lines" });
  const { errors } = useFormState({ control: form.control, name: "lines" });
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editedIndex, setEditedIndex] = useState<number | null>(null);
  const [openCount, setOpenCount] = useState(0);
  const inBrowser = useInBrowser();

  const pageCount = Math.max(1, Math.ceil(fields.length / PAGE_SIZE));
  const currentPage = Math.min(page, pageCount);
  const first = (currentPage - 1) * PAGE_SIZE;
  const shown = fields.slice(first, first + PAGE_SIZE);

  const openDialog = (index: number | null) => {
    setEditedIndex(index);
    setOpenCount((count) => count + 1);
    invoiceLineDialog.open();
  };
  const saveLine = (line: InvoiceLineInput) => {
    if (editedIndex === null) {
      append(line);
      setPage(Math.ceil((fields.length + 1) / PAGE_SIZE));
    } else {
      update(editedIndex, line);
      form.clearErrors(`lines.${editedIndex}`);
    }
  };
  const removeAt = (indexes: number[]) => {
    remove(indexes);
    setSelected(new Set());
  };
  const toggle = (id: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  /** The errors on one line, by field ("quantity": "La quantité est obligatoire."). */
  const lineErrorsOf = (index: number): Record<string, string> =>
    Object.fromEntries(Object.entries(errors.lines?.[index] ?? {}).flatMap(([name, error]) => (error && typeof error === "object" && "message" in error && error.message ? [[name, String(error.message)]] : [])));
  const lineErrors = fields.flatMap((_, index) => Object.values(lineErrorsOf(index)).map((message) => ({ index, message })));
  const listError = errorOf("lines") ?? errors.lines?.root?.message;

  return (
    <section className="fr-mb-4w" aria-labelledby="titre-lignes">
      <h2 id="titre-lignes" className="fr-h4">
        Ligne de facture
        <ToCheck field="lines" />
      </h2>
      <p className="fr-text--sm" aria-live="polite">
        {linesPerPageLabel(fields.length)}
      </p>
      <Table
        noCaption
        fixed={false}
        headers={["N°", "Référence", "Dénomination", "Quantité", "Unité", "Montant unitaire HT", "Montant remise HT", "Taux TVA", "Montant HT après remise HT", ...(readOnly ? [] : ["Actions", "Sélection"])]}
        data={shown.map((field, offset) => {
          const index = first + offset;
          const line = field;
          const number = index + 1;
          const cells = [
            number,
            line.reference ?? "",
            line.denomination,
            line.quantity,
            unitLabel(line.unit),
            line.unitPriceNet,
            formatAmount(line.discountNet || "0"),
            formatRate(line.vatRate),
            lineAmounts[index] ? formatAmount(lineAmounts[index].lineNet) : "",
          ];
          if (readOnly) return cells;
          return [
            ...cells,
            <div key="actions" className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
              <Button type="button" size="small" priority="secondary" iconId="fr-icon-edit-line" nativeButtonProps={{ "aria-label": `Modifier la ligne ${number}` }} onClick={() => openDialog(index)}>
                Modifier
              </Button>
              <Button type="button" size="small" priority="tertiary" iconId="fr-icon-delete-line" nativeButtonProps={{ "aria-label": `Supprimer la ligne ${number}` }} onClick={() => removeAt([index])}>
                Supprimer
              </Button>
            </div>,
            <div key="selection" className="fr-checkbox-group fr-checkbox-group--sm">
              <input type="checkbox" id={`ligne-selection-${field.id}`} checked={selected.has(field.id)} onChange={() => toggle(field.id)} />
              <label className="fr-label" htmlFor={`ligne-selection-${field.id}`}>
                <span className="fr-sr-only">Sélectionner la ligne {number}</span>
              </label>
            </div>,
          ];
        })}
      />
      {fields.length === 0 && <p className="fr-text--sm">Aucune ligne de facture.</p>}
      <ClientPagination id="pagination-lignes" count={pageCount} page={currentPage} onChange={setPage} />
      {(listError || lineErrors.length > 0) && (
        <div className="fr-messages-group" aria-live="polite">
          {listError && <p className="fr-message fr-message--error">{listError}</p>}
          {lineErrors.map(({ index, message }) => (
            <p key={`${index}-${message}`} className="fr-message fr-message--error">
              Ligne {index + 1} : {message}
            </p>
          ))}
        </div>
      )}
      {!readOnly && (
      <div className="fr-btns-group fr-btns-group--inline fr-mt-2w">
        <Button type="button" iconId="fr-icon-add-line" onClick={() => openDialog(null)}>
          Ajouter ligne de facture
        </Button>
        <Button
          type="button"
          priority="secondary"
          iconId="fr-icon-delete-line"
          disabled={selected.size === 0}
          onClick={() => removeAt(fields.flatMap((field, index) => (selected.has(field.id) ? [index] : [])))}
        >
          Supprimer ligne de facture
        </Button>
      </div>
      )}
      {/* Opened from the buttons' handlers (JavaScript): mounted in the browser, not in the page's HTML (5 KB). */}
      {inBrowser && (
      <InvoiceLineDialog
        openCount={openCount}
        line={editedIndex === null ? undefined : fields[editedIndex]}
        errors={editedIndex === null ? undefined : lineErrorsOf(editedIndex)}
        lineNumber={editedIndex === null ? fields.length + 1 : editedIndex + 1}
        onValidate={saveLine}
      />
      )}
    </section>
  );
}
