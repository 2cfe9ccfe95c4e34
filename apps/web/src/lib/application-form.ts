/**
 * The Create / Edit application form: its values as typed, and the `applications.create` input or
 * the `applications.update` input, which names only what changed. While creating, the slug follows
 * the name. The slug's rules are core's, so the form says what the backend would; the server's own
 * messages (a taken slug, a `javascript:` launch URL) appear under their fields.
 */
import { slugProblem, suggestSlug, type TApplication, type TApplicationCreate, type TApplicationUpdate, type TPolicyEngineMode } from "@roster/core";
import { iconChoiceFrom, iconInput, type IconChoice } from "./application-icon";

export interface ApplicationFormValues {
  slug: string;
  name: string;
  launchUrl: string;
  group: string;
  metaDescription: string;
  metaPublisher: string;
  openInNewTab: boolean;
  policyEngineMode: TPolicyEngineMode;
  icon: IconChoice;
}

/** The fields an update compares as they are; the icon has its own rule (`iconInput`). */
const scalarFields = ["slug", "name", "launchUrl", "group", "metaDescription", "metaPublisher", "openInNewTab", "policyEngineMode"] as const satisfies readonly Exclude<keyof ApplicationFormValues, "icon">[];

/** The fields the form shows errors under; any other field's error becomes the dialog's message. */
export const applicationFormFields = [...scalarFields, "icon"] as const;

export const policyEngineModeOptions: { value: TPolicyEngineMode; label: string }[] = [
  { value: "any", label: "Any binding passes" },
  { value: "all", label: "All bindings pass" },
];

export function newApplicationForm(): ApplicationFormValues {
  return { slug: "", name: "", launchUrl: "", group: "", metaDescription: "", metaPublisher: "", openInNewTab: false, policyEngineMode: "any", icon: { kind: "none" } };
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
    icon: iconChoiceFrom(application.icon),
  };
}

/** Whether a new application's slug still follows its name: empty, or the slug the name suggests. */
export function slugFollowsName(values: Pick<ApplicationFormValues, "name" | "slug">): boolean {
  return values.slug === "" || values.slug === suggestSlug(values.name);
}

/** A new name for a new application; the slug follows it (lower-case, dashes) until the admin types a slug of their own. */
export function renamedNewApplication(values: Pick<ApplicationFormValues, "name" | "slug">, name: string): { name: string; slug: string } {
  return { name, slug: slugFollowsName(values) ? suggestSlug(name) : values.slug };
}

/**
 * The slug rule's message while the admin types a slug, in the backend's words; nothing while the
 * slug is the saved one (`saved`) or, creating (`saved` null), the one the name suggests.
 */
export function typedSlugProblem(values: Pick<ApplicationFormValues, "name" | "slug">, saved: string | null): string | null {
  const slug = values.slug.trim();
  const untouched = saved === null ? slugFollowsName({ name: values.name, slug }) : slug === saved;
  return untouched ? null : slugProblem(slug);
}

export function applicationCreateInput(values: ApplicationFormValues): Omit<TApplicationCreate, "provider"> {
  return {
    slug: values.slug.trim(),
    name: values.name.trim(),
    launchUrl: values.launchUrl.trim(),
    group: values.group.trim(),
    metaDescription: values.metaDescription.trim(),
    metaPublisher: values.metaPublisher.trim(),
    openInNewTab: values.openInNewTab,
    policyEngineMode: values.policyEngineMode,
    icon: iconInput(null, values.icon) ?? null,
  };
}

export function applicationUpdateInput(application: TApplication, values: ApplicationFormValues): TApplicationUpdate {
  const { icon: _icon, ...next } = applicationCreateInput(values);
  const before = applicationFormFrom(application);
  const input: TApplicationUpdate = { id: application.id };
  for (const key of scalarFields) {
    if (next[key] !== before[key]) Object.assign(input, { [key]: next[key] });
  }
  const icon = iconInput(application.icon, values.icon);
  if (icon !== undefined) input.icon = icon;
  return input;
}
