/** System › Settings: the installation-wide settings, grouped, saved in one go. */
import { Match, Switch } from "solid-js";
import { PageLoading } from "../../../components/shell/page-loading";
import { SettingsForm } from "../../../components/settings/settings-form";
import { useApiQuery } from "../../../lib/api-query";
import { pageInfo } from "../../../lib/navigation";
import { trpc } from "../../../lib/trpc";
import { EmptyState } from "../../../ui/empty-state";
import { PageHeader } from "../../../ui/page-header";

export default function SystemSettingsPage() {
  const settings = useApiQuery(() => true, () => trpc.settings.get.query());
  return (
    <>
      <PageHeader {...pageInfo("/system/settings")} />
      <Switch fallback={<PageLoading />}>
        <Match when={settings.error()}>{(error) => <EmptyState framed title="The settings could not be loaded" description={error().message} />}</Match>
        <Match when={settings.data()}>{(current) => <SettingsForm settings={current()} onSaved={(saved) => settings.mutate(saved)} />}</Match>
      </Switch>
    </>
  );
}
