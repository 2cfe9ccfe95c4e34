/** A brand's flow: the flows of one designation, or "—" for none. */
import type { TFlowDesignation } from "@roster/core";
import { useApiQuery } from "../../lib/api-query";
import { trpc } from "../../lib/trpc";
import type { FieldError } from "../../ui/field";
import { Select } from "../../ui/select";

export function FlowSelect(props: { label: string; designation: TFlowDesignation; value: string; onValue: (id: string) => void; error?: FieldError; hint?: string }) {
  const flows = useApiQuery(() => props.designation, (designation) => trpc.flows.list.query({ designation, limit: 100 }));
  const options = () => [{ value: "", label: "—" }, ...(flows.data()?.items ?? []).map((flow) => ({ value: flow.id, label: flow.name === flow.slug ? flow.slug : `${flow.name} (${flow.slug})` }))];
  return <Select label={props.label} value={props.value} options={options()} onValue={props.onValue} error={props.error ?? flows.error()?.message} hint={props.hint} disabled={flows.loading() && !flows.data()} />;
}
