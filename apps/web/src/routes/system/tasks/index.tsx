/** System › Tasks: Schedules, Jobs, History and Workers (the tab is kept in the URL, `?tab=jobs`). */
import { useSearchParams } from "@solidjs/router";
import { Match, Switch } from "solid-js";
import { HistoryTab } from "../../../components/tasks/history-tab";
import { JobsTab } from "../../../components/tasks/jobs-tab";
import { SchedulesTab } from "../../../components/tasks/schedules-tab";
import { WorkersTab } from "../../../components/tasks/workers-tab";
import { readTab, tabParam } from "../../../lib/detail-tabs";
import { pageInfo } from "../../../lib/navigation";
import { taskTabs } from "../../../lib/task-texts";
import { PageHeader } from "../../../ui/page-header";
import { Tabs } from "../../../ui/tabs";
import "../../../styles/directory.css";
import "../../../components/tasks/tasks.css";

export default function TasksPage() {
  const [search, setSearch] = useSearchParams();
  const tab = () => readTab(taskTabs, search.tab);
  return (
    <>
      <PageHeader {...pageInfo("/system/tasks")} />
      <Tabs label="System tasks" tabs={[...taskTabs]} value={tab()} onChange={(id) => setSearch({ tab: tabParam(taskTabs, id), status: undefined, task: undefined, job: undefined, outcome: undefined })}>
        <div class="tasks-panel">
          <Switch>
            <Match when={tab() === "schedules"}>
              <SchedulesTab />
            </Match>
            <Match when={tab() === "jobs"}>
              <JobsTab />
            </Match>
            <Match when={tab() === "history"}>
              <HistoryTab />
            </Match>
            <Match when={tab() === "workers"}>
              <WorkersTab />
            </Match>
          </Switch>
        </div>
      </Tabs>
    </>
  );
}
