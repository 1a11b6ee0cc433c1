import { getProfile } from "@/features/accounts/index.ts";
import { ProfileForm } from "@/features/accounts/ui.ts";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Modifier mes informations" };

export default async function ModifierProfilPage() {
  const user = await requireUser("/mon-compte/profil");
  const profile = await getProfile({ userId: user.id });
  return (
    <>
      <h1>Modifier mes informations</h1>
      <ProfileForm loginEmail={profile.loginEmail} values={profile.values} />
    </>
  );
}
