/**
 * The settings, grouped (Impersonation, Tokens, Sessions, Recovery, Directory, Events, Lists). Save sends only what
 * changed; the server's messages sit under the fields they name.
 */
import type { TSettings } from "@roster/core";
import { createEffect, createSignal, on, Show, type JSX } from "solid-js";
import { describeDuration } from "../../lib/duration";
import {
  changedSettingsCount,
  settingsFormFrom,
  settingsUpdateInput,
  type DurationSetting,
  type DurationValue,
  type NumberSetting,
  type SettingsFormValues,
} from "../../lib/settings-form";
import { toClientError, trpc } from "../../lib/trpc";
import { plural } from "../../lib/user-texts";
import { Button } from "../../ui/button";
import { Checkbox } from "../../ui/checkbox";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";
import { DurationField } from "./duration-field";
import "./settings.css";

function Section(props: { title: string; description: string; children: JSX.Element }) {
  return (
    <section class="settings-section" aria-label={props.title}>
      <div class="settings-section-title">
        <h2>{props.title}</h2>
        <p>{props.description}</p>
      </div>
      <div class="settings-fields">{props.children}</div>
    </section>
  );
}

export function SettingsForm(props: { settings: TSettings; onSaved: (settings: TSettings) => void }) {
  const toast = useToast();
  const [values, setValues] = createSignal<SettingsFormValues>(settingsFormFrom(props.settings));
  const [fieldErrors, setFieldErrors] = createSignal<Record<string, string[]>>({});
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  createEffect(on(() => props.settings, (settings) => setValues(settingsFormFrom(settings)), { defer: true }));
  const set = (key: "impersonation" | "impersonationRequireReason" | "uniqueEmail") => (value: boolean) => setValues((current) => ({ ...current, [key]: value }));
  const setDuration = (key: DurationSetting, change: Partial<DurationValue>) =>
    setValues((current) => ({ ...current, durations: { ...current.durations, [key]: { ...current.durations[key], ...change } } }));
  const setNumber = (key: NumberSetting) => (value: string) => setValues((current) => ({ ...current, numbers: { ...current.numbers, [key]: value } }));
  const changed = () => changedSettingsCount(values(), props.settings);
  const number = (key: NumberSetting, label: string, hint: string) => (
    <TextField label={label} inputMode="numeric" value={values().numbers[key]} onValue={setNumber(key)} error={fieldErrors()[key]} hint={hint} />
  );
  const duration = (key: DurationSetting, label: string, hint: string) => (
    <DurationField
      label={label}
      amount={values().durations[key].amount}
      unit={values().durations[key].unit}
      onAmount={(amount) => setDuration(key, { amount })}
      onUnit={(unit) => setDuration(key, { unit })}
      error={fieldErrors()[key]}
      hint={`Now: ${describeDuration(props.settings[key])}. ${hint}`}
    />
  );

  const save = async (event: Event) => {
    event.preventDefault();
    const parsed = settingsUpdateInput(values(), props.settings);
    if (!parsed.ok) return setFieldErrors(parsed.fieldErrors);
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      const saved = await trpc.settings.update.mutate(parsed.input);
      toast.success(`Settings saved (${plural(Object.keys(parsed.input).length, "change")})`);
      props.onSaved(saved);
    } catch (caught) {
      const failure = toClientError(caught);
      setFieldErrors(failure.fieldErrors);
      setError(Object.keys(failure.fieldErrors).length > 0 ? null : failure.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="settings-form" onSubmit={(event) => void save(event)}>
      <Show when={error()}>
        <div class="alert alert-error" role="alert">
          {error()}
        </div>
      </Show>
      <Section title="Impersonation" description="Admins acting as another user, to see what they see. Every step is logged.">
        <Checkbox label="Allow impersonation" checked={values().impersonation} onChange={set("impersonation")} error={fieldErrors().impersonation} hint="Holders of the impersonate permission may act as another user." />
        <Checkbox label="Require a reason" checked={values().impersonationRequireReason} onChange={set("impersonationRequireReason")} error={fieldErrors().impersonationRequireReason} hint="The reason is shown in the banner and written to the event log." />
      </Section>
      <Section title="Tokens" description="Defaults for new API tokens and recovery links.">
        {duration("defaultTokenDurationSeconds", "Default token duration", "At least one minute, at most a year.")}
        {number("defaultTokenLength", "Default token length", "Characters in a new key, 32 to 256.")}
      </Section>
      <Section title="Sessions" description="How long a sign-in lasts before the person must sign in again.">
        {duration("sessionIdleTimeoutSeconds", "Idle timeout", "A session unused this long ends. 5 minutes to a year.")}
        {duration("sessionMaxAgeSeconds", "Maximum age", "A session ends this long after sign-in, however busy. 5 minutes to a year.")}
      </Section>
      <Section title="Recovery" description="Limits on recovery emails, per user, so that nobody can flood a mailbox.">
        {duration("recoveryEmailIntervalSeconds", "Time between emails", "0 for no wait, at most a day.")}
        {number("recoveryEmailDailyLimit", "Emails per day", "1 to 100.")}
      </Section>
      <Section title="Directory" description="Rules for users.">
        <Checkbox label="Unique email addresses" checked={values().uniqueEmail} onChange={set("uniqueEmail")} error={fieldErrors().uniqueEmail} hint="No two users may share an email address." />
      </Section>
      <Section title="Events" description="The audit log.">
        {number("eventRetentionDays", "Keep events for (days)", "Older events are removed by the hourly clean-up.")}
      </Section>
      <Section title="Lists" description="Page sizes of lists in the console and the API.">
        {number("paginationDefaultPageSize", "Default page size", "Rows per page when a caller does not ask for a size.")}
        {number("paginationMaxPageSize", "Maximum page size", "The most rows a caller may ask for, up to 100.")}
      </Section>
      <div class="settings-actions">
        <Button type="submit" variant="primary" busy={busy()} disabled={changed() === 0}>
          Save
        </Button>
        <Button disabled={busy() || changed() === 0} onClick={() => (setValues(settingsFormFrom(props.settings)), setFieldErrors({}), setError(null))}>
          Discard changes
        </Button>
        <span class="muted">{changed() === 0 ? "No unsaved changes" : "Unsaved changes"}</span>
      </div>
    </form>
  );
}
