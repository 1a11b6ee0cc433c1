import { Alert } from "@codegouvfr/react-dsfr/Alert";
import Link from "next/link";
import { SignMandateForm } from "@/features/mandates/components/sign-mandate-form.tsx";
import { getMandateToSign } from "@/features/mandates/use-cases/get-mandate-to-sign.ts";
import { requireUser } from "@/server/auth/session.ts";
import { AppError } from "@/server/errors.ts";

export const metadata = { title: "Valider un mandat" };

async function loadMandate(userId: string, token: string) {
  try {
    return { mandate: await getMandateToSign({ userId, token }) };
  } catch (error) {
    if (error instanceof AppError) return { refusal: error.message };
    throw error;
  }
}

/** Reached from the e-mailed "Lien de signature du mandat". */
export default async function SignerMandatPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await requireUser(`/mandats/signer/${encodeURIComponent(token)}`);
  const { mandate, refusal } = await loadMandate(user.id, token);

  if (!mandate) {
    return (
      <>
        <h1>Valider un mandat</h1>
        <Alert severity="error" title="Ce lien de signature ne peut pas être utilisé" description={refusal} className="fr-mb-3w" />
        <Link className="fr-link" href="/accueil">
          Retour à l&apos;accueil connecté
        </Link>
      </>
    );
  }

  return (
    <>
      <h1>Valider un mandat</h1>
      <dl className="fr-mb-3w">
        <dt className="fr-text--bold">Structure</dt>
        <dd>{mandate.structure.raisonSociale}</dd>
        <dt className="fr-text--bold">Mandat de facturation</dt>
        <dd>{mandate.libelle}</dd>
      </dl>
      <section aria-labelledby="titre-texte-mandat" className="fr-p-3w fr-mb-3w" style={{ border: "1px solid var(--border-default-grey)" }}>
        <h2 id="titre-texte-mandat" className="fr-h5">
          Mandat de facturation
        </h2>
        {mandate.text.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>
      <p>
        <Link className="fr-link" href="/conditions-generales" target="_blank" rel="noopener" title="Consulter les conditions générales d'utilisation du portail - nouvelle fenêtre">
          Consulter les conditions générales d&apos;utilisation du portail
        </Link>
      </p>
      <SignMandateForm token={token} />
    </>
  );
}
