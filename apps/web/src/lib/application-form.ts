/**
 * The Create / Edit application form: its values as typed, and the `applications.create` input or
 * the `applications.update` input, which names only what changed. Nothing is checked here: the
 * server's own messages (a taken slug, a `javascript:` launch URL) appear under their fields.
 */
import type { TApplication, TPolicyEngineMode } from "@roster/core";

export interface ApplicationFormValues {
  slug: string;
  name: string;
  launchUrl: string;
  group: string;
  metaDescription: string;
  metaPublisher: string;
  openInNewTab: boolean;
  policyEngineMode: TPolicyEngineMode;
}

export type ApplicationInput = ApplicationFormValues;

/** The fields the form shows errors under; any other field's error becomes the dialog's message. */
export const applicationFormFields = ["slug", "name", "launchUrl", "group", "metaDescription", "metaPublisher", "openInNewTab", "policyEngineMode"] as const;

export const policyEngineModeOptions: { value: TPolicyEngineMode; label: string }[] = [
  { value: "any", label: "Any binding passes" },
  { value: "all", label: "All bindings pass" },
];

export function newApplicationForm(): ApplicationFormValues {
  return { slug: "", name: "", launchUrl: "", group: "", metaDescription: "", metaPublisher: "", openInNewTab: false, policyEngineMode: "any" };
}

export function applicationFormFrom(application: TApplication): ApplicationFormValues {
  return {
    slug: application.slug,
    name: application.name,
    launchUrl: application.launchUrl ?? "",
    group: application.group,
    metaDescription: application.metaDescription,
    metaPublisher: application.metaPublisher,
    openInNewTab: application.openInNewTab,
    policyEngineMode: application.policyEngineMode,
  };
}

export function applicationCreateInput(values: ApplicationFormValues): ApplicationInput {
  return {
    slug: values.slug.trim(),
    name: values.name.trim(),
    launchUrl: values.launchUrl.trim(),
    group: values.group.trim(),
    metaDescription: values.metaDescription.trim(),
    metaPublisher: values.metaPublisher.trim(),
    openInNewTab: values.openInNewTab,
    policyEngineMode: values.policyEngineMode,
  };
}

export function applicationUpdateInput(application: TApplication, values: ApplicationFormValues): Partial<ApplicationInput> & { id: string } {
  const next = applicationCreateInput(values);
  const before = applicationFormFrom(application);
  const input: Partial<ApplicationInput> & { id: string } = { id: application.id };
  for (const key of applicationFormFields) {
    if (next[key] !== before[key]) Object.assign(input, { [key]: next[key] });
  }
  return input;
}
