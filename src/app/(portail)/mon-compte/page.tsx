import { getNotificationSubscriptions, getProfile, listActiveSessions, NotificationSubscriptionsSection, ProfileSection, SessionsSection } from "@/features/accounts/index.ts";
import { RattachementsSection } from "@/features/rattachements/components/rattachements-section.tsx";
import { listUserClaims, listUserRattachements } from "@/features/rattachements/index.ts";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Mon compte" };

export default async function MonComptePage() {
  const user = await requireUser();
  const [profile, rattachements, claims, sessions, subscriptions] = await Promise.all([
    getProfile({ userId: user.id }),
    listUserRattachements({ userId: user.id }),
    listUserClaims({ userId: user.id }),
    listActiveSessions({ userId: user.id, currentSessionId: user.sessionId }),
    getNotificationSubscriptions({ userId: user.id }),
  ]);
  return (
    <>
      <h1>Mon compte</h1>
      <ProfileSection profile={profile} />
      <RattachementsSection rattachements={rattachements} claims={claims} />
      <NotificationSubscriptionsSection subscriptions={subscriptions} />
      <SessionsSection sessions={sessions} />
    </>
  );
}
