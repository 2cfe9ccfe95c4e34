/**
 * Create / Edit application: name and slug (which follows the name while creating), icon, launch
 * URL, group label, description, publisher, open in a new tab, the policy engine mode, and the
 * OAuth2 / OpenID provider. The server's messages sit under the fields they name; a field's
 * message goes once it is edited. A new client secret is shown once, after saving.
 */
import type { TApplication, TPolicyEngineMode } from "@roster/core";
import { createSignal, Show } from "solid-js";
import {
  applicationCreateInput,
  applicationFormFields,
  applicationFormFrom,
  applicationUpdateInput,
  newApplicationForm,
  policyEngineModeOptions,
  renamedNewApplication,
  typedSlugProblem,
  type ApplicationFormValues,
} from "../../lib/application-form";
import { createFormState } from "../../lib/form-state";
import { providerChange, providerFormFrom, providerInput, type ProviderFormValues } from "../../lib/provider-form";
import { createFormSubmission } from "../../lib/form-submission";
import { trpc } from "../../lib/trpc";
import { Checkbox } from "../../ui/checkbox";
import { FormDialog } from "../../ui/form-dialog";
import { Select } from "../../ui/select";
import { TextArea } from "../../ui/text-area";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";
import { KeyDialog, type NewKey } from "../tokens/key-dialog";
import { IconField } from "./icon-field";
import { ProviderFields } from "./provider-fields";
import { clientSecretKey } from "./client-secret";

export type ApplicationFormMode = { kind: "create" } | { kind: "edit"; application: TApplication };

export function ApplicationFormDialog(props: { mode: ApplicationFormMode | null; onClose: () => void; onSaved: (application: TApplication) => void }) {
  const [secret, setSecret] = createSignal<NewKey | null>(null);
  const saved = (application: TApplication, clientSecret: string | null) => {
    if (clientSecret) setSecret(clientSecretKey(application, clientSecret));
    props.onSaved(application);
  };
  return (
    <>
      <Show when={props.mode} keyed>
        {(mode) => <ApplicationForm mode={mode} onClose={() => props.onClose()} onSaved={saved} />}
      </Show>
      <KeyDialog shown={secret()} onClose={() => setSecret(null)} />
    </>
  );
}

function ApplicationForm(props: { mode: ApplicationFormMode; onClose: () => void; onSaved: (application: TApplication, clientSecret: string | null) => void }) {
  const toast = useToast();
  const { values, set } = createFormState(props.mode.kind === "edit" ? applicationFormFrom(props.mode.application) : newApplicationForm());
  const provider = createFormState<ProviderFormValues>(providerFormFrom(props.mode.kind === "edit" ? props.mode.application : null));
  const submission = createFormSubmission({ fields: [...applicationFormFields, "provider.*"] });
  const { busy, error, fieldErrors } = submission;
  const editing = () => (props.mode.kind === "edit" ? props.mode.application : null);
  const edit =
    <K extends keyof ApplicationFormValues>(key: K) =>
    (value: ApplicationFormValues[K]) => {
      submission.clearFieldError(key);
      set(key)(value);
    };
  const rename = (name: string) => {
    if (editing()) return edit("name")(name);
    const next = renamedNewApplication(values, name);
    edit("name")(next.name);
    if (next.slug !== values.slug) edit("slug")(next.slug);
  };
  const slugError = () => fieldErrors().slug ?? typedSlugProblem(values, editing()?.slug ?? null);

  const save = () =>
    submission.run(async () => {
      const application = editing();
      const changedProvider = application ? providerChange(application, provider.values) : undefined;
      const result = application
        ? await trpc.applications.update.mutate({ ...applicationUpdateInput(application, values), ...(changedProvider !== undefined ? { provider: changedProvider } : {}) })
        : await trpc.applications.create.mutate({ ...applicationCreateInput(values), provider: providerInput(provider.values) });
      const { clientSecret, ...saved } = result;
      toast.success(`Application ${saved.name} ${application ? "updated" : "created"}`);
      props.onSaved(saved, clientSecret);
      props.onClose();
    });

  return (
    <FormDialog
      open
      size="large"
      title={editing() ? `Edit ${editing()?.name ?? ""}` : "Create application"}
      busy={busy()}
      error={error()}
      submitLabel={editing() ? "Update" : "Create"}
      onSubmit={() => void save()}
      onClose={() => props.onClose()}
    >
      <div class="form-grid">
        <TextField label="Name" required autocomplete="off" value={values.name} onValue={rename} error={fieldErrors().name} hint="What users see on My applications." />
        <TextField
          label="Slug"
          required
          autocomplete="off"
          spellcheck={false}
          value={values.slug}
          onValue={edit("slug")}
          error={slugError()}
          hint={editing() ? "Unique, used in URLs: lowercase letters, numbers, - and _." : "Unique, used in URLs: follows the name until you type your own."}
        />
      </div>
      <IconField name={values.name} value={values.icon} onValue={edit("icon")} error={fieldErrors().icon} />
      <TextField label="Launch URL" type="url" inputMode="url" autocomplete="off" placeholder="https://app.example.com" value={values.launchUrl} onValue={edit("launchUrl")} error={fieldErrors().launchUrl} hint="Where My applications sends users. Leave empty to hide the application there." />
      <div class="form-grid">
        <TextField label="Group" autocomplete="off" value={values.group} onValue={edit("group")} error={fieldErrors().group} hint="A label that gathers applications on My applications." />
        <TextField label="Publisher" autocomplete="off" value={values.metaPublisher} onValue={edit("metaPublisher")} error={fieldErrors().metaPublisher} />
      </div>
      <TextArea label="Description" rows={3} value={values.metaDescription} onValue={edit("metaDescription")} error={fieldErrors().metaDescription} />
      <div class="form-grid">
        <Select
          label="Policy engine mode"
          value={values.policyEngineMode}
          options={policyEngineModeOptions}
          onValue={(value) => edit("policyEngineMode")(value as TPolicyEngineMode)}
          error={fieldErrors().policyEngineMode}
          hint="With bindings: does one passing binding grant access, or must all pass?"
        />
        <Checkbox label="Open in new tab" checked={values.openInNewTab} onChange={edit("openInNewTab")} error={fieldErrors().openInNewTab} hint="My applications opens the launch URL in a new browser tab." />
      </div>
      <ProviderFields
        values={provider.values}
        fieldErrors={fieldErrors()}
        onValue={(key, value) => {
          submission.clearFieldError(`provider.${key}`);
          provider.set(key)(value);
        }}
      />
    </FormDialog>
  );
}
