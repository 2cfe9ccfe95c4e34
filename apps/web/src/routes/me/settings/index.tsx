/** Settings: the signed-in person's own sessions, password, connected applications, and (with MFA) their devices. */
import { ChangePasswordForm } from "../../../components/me/change-password-form";
import { ConnectedApplications } from "../../../components/me/connected-applications";
import { OwnSessions } from "../../../components/me/own-sessions";
import { useApiQuery } from "../../../lib/api-query";
import { pageInfo } from "../../../lib/navigation";
import { trpc } from "../../../lib/trpc";
import { ToolIcon } from "../../../ui/icons";
import { PageHeader } from "../../../ui/page-header";
import "../../../components/me/me.css";

export default function MySettingsPage() {
  const sessions = useApiQuery(() => true, () => trpc.me.sessions.query());
  return (
    <>
      <PageHeader {...pageInfo("/me/settings")} />
      <div class="me-sections">
        <OwnSessions sessions={sessions} />
        <ChangePasswordForm onChanged={() => void sessions.refetch()} />
        <ConnectedApplications />
        <section class="me-section" aria-labelledby="mfa-devices-title">
          <div class="me-section-header">
            <div>
              <h2 id="mfa-devices-title">MFA devices</h2>
              <p>Authenticator apps and security keys that protect your sign-in.</p>
            </div>
          </div>
          <p class="me-placeholder">
            <ToolIcon />
            Not available yet: MFA devices arrive with multi-factor authentication in a later version of Roster.
          </p>
        </section>
      </div>
    </>
  );
}
