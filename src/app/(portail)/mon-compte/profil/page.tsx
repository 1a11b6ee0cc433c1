import { ProfileForm } from "@/features/accounts/components/profile-form.tsx";
import { getProfile } from "@/features/accounts/use-cases/get-profile.ts";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Modifier mes informations" };

export default async function ModifierProfilPage() {
  const user = await requireUser("/mon-compte/profil");
  const profile = await getProfile(user.id);
  return (
    <>
      <h1>Modifier mes informations</h1>
      <ProfileForm loginEmail={profile.loginEmail} values={profile.values} />
    </>
  );
}
