"use client";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useInvoiceForm } from "@/features/invoices/common/ui.ts";

/** "Commentaire": free text printed on the invoice. */
export function CommentSection() {
  const { form, errorProps } = useInvoiceForm();
  return (
    <section className="fr-mb-4w" aria-labelledby="titre-commentaire">
      <h2 id="titre-commentaire" className="fr-h4">
        Commentaire
      </h2>
      <Input label="Commentaire" textArea {...errorProps("comment")} nativeTextAreaProps={{ ...form.register("comment"), placeholder: "Commentaire libre…", rows: 4 }} />
    </section>
  );
}
