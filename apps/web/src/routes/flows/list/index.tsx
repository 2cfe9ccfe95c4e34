/** Flows & Stages: tabs Flows and Stages (the tab is kept in the URL, `?tab=stages`). */
import { useSearchParams } from "@solidjs/router";
import { Match, Switch } from "solid-js";
import { FlowsTab } from "../../../components/flows/flows-tab";
import { StagesTab } from "../../../components/flows/stages-tab";
import { readTab, tabParam } from "../../../lib/detail-tabs";
import { flowTabs } from "../../../lib/flow-labels";
import { pageInfo } from "../../../lib/navigation";
import { PageHeader } from "../../../ui/page-header";
import { Tabs } from "../../../ui/tabs";
import "../../../styles/directory.css";
import "../../../components/flows/flows.css";

export default function FlowsPage() {
  const [search, setSearch] = useSearchParams();
  const tab = () => readTab(flowTabs, search.tab);
  return (
    <>
      <PageHeader {...pageInfo("/flows")} />
      <Tabs label="Flows & Stages" tabs={[...flowTabs]} value={tab()} onChange={(id) => setSearch({ tab: tabParam(flowTabs, id) })}>
        <div class="flows-panel">
          <Switch>
            <Match when={tab() === "flows"}>
              <FlowsTab />
            </Match>
            <Match when={tab() === "stages"}>
              <StagesTab />
            </Match>
          </Switch>
        </div>
      </Tabs>
    </>
  );
}
