import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ActiveSession } from "../use-cases/list-active-sessions.ts";
import { SignOutEverywhereForm } from "./sign-out-everywhere-form.tsx";

const dateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" });

/** A browser named from its user agent, roughly: enough to recognise one's own devices. */
function deviceName(userAgent: string | null): string {
  if (!userAgent) return "Navigateur inconnu";
  const browser = /Edg\//.test(userAgent) ? "Edge" : /Firefox\//.test(userAgent) ? "Firefox" : /Chrome\//.test(userAgent) ? "Chrome" : /Safari\//.test(userAgent) ? "Safari" : "Navigateur";
  const system = /Windows/.test(userAgent) ? "Windows" : /Android/.test(userAgent) ? "Android" : /iPhone|iPad/.test(userAgent) ? "iOS" : /Mac OS X/.test(userAgent) ? "macOS" : /Linux/.test(userAgent) ? "Linux" : "";
  return system ? `${browser} sur ${system}` : browser;
}

/** Mon compte > "Sessions et sécurité": the signed-in browsers, « Se déconnecter de tous les appareils », the second factor. */
export function SessionsSection({ sessions }: { sessions: ActiveSession[] }) {
  return (
    <section aria-labelledby="titre-sessions" className="fr-mb-6w">
      <h2 id="titre-sessions" className="fr-h4">
        Sessions et sécurité
      </h2>
      <div className="fr-table fr-table--no-caption">
        <table>
          <caption>Sessions actives</caption>
          <thead>
            <tr>
              <th scope="col">Appareil</th>
              <th scope="col">Adresse IP</th>
              <th scope="col">Connexion</th>
              <th scope="col">Dernière activité</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id}>
                <td>
                  {deviceName(session.userAgent)}
                  {session.current && <span className="fr-badge fr-badge--sm fr-badge--info fr-ml-1w">Cette session</span>}
                  {!session.secondFactorAt && <span className="fr-badge fr-badge--sm fr-badge--warning fr-ml-1w">Second facteur attendu</span>}
                </td>
                <td>{session.ip ?? "—"}</td>
                <td>{dateTime.format(session.createdAt)}</td>
                <td>{dateTime.format(session.lastSeenAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <SignOutEverywhereForm />
        </li>
        <li>
          <Button priority="secondary" linkProps={{ href: "/mon-compte/securite" }}>
            Gérer la double authentification
          </Button>
        </li>
      </ul>
    </section>
  );
}
