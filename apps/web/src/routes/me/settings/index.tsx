/** Settings: the signed-in person's own sessions, password, connected applications and MFA devices. */
import { ChangePasswordForm } from "../../../components/me/change-password-form";
import { ConnectedApplications } from "../../../components/me/connected-applications";
import { OwnAuthenticators } from "../../../components/me/own-authenticators";
import { OwnSessions } from "../../../components/me/own-sessions";
import { useApiQuery } from "../../../lib/api-query";
import { pageInfo } from "../../../lib/navigation";
import { trpc } from "../../../lib/trpc";
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
        <OwnAuthenticators />
      </div>
    </>
  );
}
