import { ChangePasswordForm } from "@/features/accounts/ui.ts";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Modifier mon mot de passe" };

export default async function ModifierMotDePassePage() {
  await requireUser("/mon-compte/mot-de-passe");
  return (
    <>
      <h1>Modifier mon mot de passe</h1>
      <ChangePasswordForm />
    </>
  );
}
