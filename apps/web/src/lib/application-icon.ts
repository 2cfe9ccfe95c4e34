/**
 * The icon of the Create / Edit application form: none, a URL typed in, the uploaded image kept as
 * it is, or a new file. Files are checked by core's own icon rules before they are sent, so the
 * admin reads the backend's words at once; the backend checks them again.
 */
import { applicationMessages, iconContentTypes, iconMaxBytes, iconProblem, webUrlProblem, type TApplicationIcon, type TApplicationIconInput } from "@roster/core";

export type IconChoice =
  | { kind: "none" }
  | { kind: "url"; url: string }
  | { kind: "saved"; url: string }
  | { kind: "file"; name: string; contentType: string; data: string };

/** What the file picker offers, and the limit the form states. */
export const iconAccept = iconContentTypes.join(",");
export const iconRulesHint = `PNG, JPEG, GIF or WebP, at most ${iconMaxBytes / 1024} KB. SVG is not accepted.`;

export function iconChoiceFrom(icon: TApplicationIcon): IconChoice {
  if (!icon) return { kind: "none" };
  return icon.type === "url" ? { kind: "url", url: icon.url } : { kind: "saved", url: icon.url };
}

/** The URL field's text: what was typed, or nothing while the icon is an uploaded image. */
export function iconUrlText(choice: IconChoice): string {
  return choice.kind === "url" ? choice.url : "";
}

/** Typing in the URL field replaces any image; emptying it means no icon. */
export function iconChoiceFromUrl(url: string): IconChoice {
  return url.trim() === "" ? { kind: "none" } : { kind: "url", url };
}

/** The line beside the preview that says where the icon comes from. */
export function iconStatus(choice: IconChoice): string {
  switch (choice.kind) {
    case "none":
      return "No icon: the initial of the name is shown.";
    case "url":
      return "The image at the URL below.";
    case "saved":
      return "An uploaded image, kept in Roster.";
    case "file":
      return `${choice.name}, uploaded when you save.`;
  }
}

/** What the preview shows: the image, or null for the initial tile (also while a typed URL is not yet a URL). */
export function iconPreviewUrl(choice: IconChoice): string | null {
  switch (choice.kind) {
    case "none":
      return null;
    case "url":
      return webUrlProblem(choice.url.trim()) === null ? choice.url.trim() : null;
    case "saved":
      return choice.url;
    case "file":
      return `data:${choice.contentType};base64,${choice.data}`;
  }
}

/**
 * The `icon` of `applications.create` / `applications.update`: undefined when it is as saved (so
 * update leaves it out), null to remove it, otherwise the new URL or image.
 */
export function iconInput(saved: TApplicationIcon, choice: IconChoice): TApplicationIconInput | undefined {
  switch (choice.kind) {
    case "none":
      return saved ? null : undefined;
    case "url": {
      const url = choice.url.trim();
      return saved?.type === "url" && saved.url === url ? undefined : { type: "url", url };
    }
    case "saved":
      return undefined;
    case "file":
      return { type: "upload", contentType: choice.contentType, data: choice.data };
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/** Reads a picked file into an icon choice, or says what is wrong with it (type and size before reading a byte). */
export async function readIconFile(file: File): Promise<{ choice: IconChoice } | { problem: string }> {
  if (!(iconContentTypes as readonly string[]).includes(file.type)) return { problem: applicationMessages.iconType };
  if (file.size > iconMaxBytes) return { problem: applicationMessages.iconSize };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const problem = iconProblem(file.type, bytes);
  if (problem) return { problem };
  return { choice: { kind: "file", name: file.name, contentType: file.type, data: toBase64(bytes) } };
}
