/**
 * The provider section of the application form: an OAuth2 / OpenID provider on or off, and its
 * settings. The client ID is generated and the secret shown once, after saving.
 */
import type { TClientType } from "@roster/core";
import { Show } from "solid-js";
import { useApiQuery } from "../../lib/api-query";
import { clientTypeOptions, providerFieldErrors, type Duration, type ProviderFormValues } from "../../lib/provider-form";
import { trpc } from "../../lib/trpc";
import { Checkbox } from "../../ui/checkbox";
import { Select } from "../../ui/select";
import { TextArea } from "../../ui/text-area";
import { DurationField } from "../settings/duration-field";

export function ProviderFields(props: { values: ProviderFormValues; onValue: <K extends keyof ProviderFormValues>(key: K, value: ProviderFormValues[K]) => void; fieldErrors: Record<string, string[]> }) {
  const flows = useApiQuery(() => (props.values.enabled ? "authorization" : null), (designation) => trpc.flows.list.query({ designation, limit: 100 }));
  const flowOptions = () => {
    const listed = (flows.data()?.items ?? []).map((flow) => ({ value: flow.slug, label: flow.slug }));
    return listed.some((option) => option.value === props.values.authorizationFlow) ? listed : [{ value: props.values.authorizationFlow, label: props.values.authorizationFlow }, ...listed];
  };
  const errors = (field: Parameters<typeof providerFieldErrors>[1]) => providerFieldErrors(props.fieldErrors, field);
  const duration = (key: "accessTokenValidity" | "refreshTokenValidity") => (change: Partial<Duration>) => props.onValue(key, { ...props.values[key], ...change });

  return (
    <fieldset class="form-section">
      <legend>Provider</legend>
      <Checkbox
        label="OAuth2 / OpenID Connect provider"
        checked={props.values.enabled}
        onChange={(checked) => props.onValue("enabled", checked)}
        hint="Lets the application sign users in with Roster (authorization code flow with PKCE)."
      />
      <Show when={props.values.enabled}>
        <div class="form-grid">
          <Select label="Client type" value={props.values.clientType} options={clientTypeOptions} onValue={(value) => props.onValue("clientType", value as TClientType)} error={errors("clientType")} hint="Confidential: a server that keeps a secret. Public: a browser or mobile app, PKCE only." />
          <Select
            label="Authorization flow"
            value={props.values.authorizationFlow}
            options={flowOptions()}
            onValue={(value) => props.onValue("authorizationFlow", value)}
            error={errors("authorizationFlow") ?? flows.error()?.message}
            hint="Explicit consent asks the user once per four weeks; implicit consent never asks."
          />
        </div>
        <TextArea
          label="Redirect URIs"
          required
          monospace
          rows={3}
          placeholder="https://app.example.com/oauth/callback"
          value={props.values.redirectUris}
          onValue={(value) => props.onValue("redirectUris", value)}
          error={errors("redirectUris")}
          hint="One per line, matched exactly."
        />
        <div class="form-grid">
          <DurationField label="Access token validity" amount={props.values.accessTokenValidity.amount} unit={props.values.accessTokenValidity.unit} onAmount={(amount) => duration("accessTokenValidity")({ amount })} onUnit={(unit) => duration("accessTokenValidity")({ unit })} error={errors("accessTokenValidity")} />
          <DurationField label="Refresh token validity" amount={props.values.refreshTokenValidity.amount} unit={props.values.refreshTokenValidity.unit} onAmount={(amount) => duration("refreshTokenValidity")({ amount })} onUnit={(unit) => duration("refreshTokenValidity")({ unit })} error={errors("refreshTokenValidity")} />
        </div>
        <Checkbox label="Issue refresh tokens" checked={props.values.refreshTokens} onChange={(checked) => props.onValue("refreshTokens", checked)} hint="Each refresh rotates the token; a used one presented again revokes them all." />
      </Show>
    </fieldset>
  );
}
