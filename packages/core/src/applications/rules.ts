/**
 * Rules of applications that need no database: the slug, launch and icon URLs, uploaded icons,
 * the launch URL guessed from a provider, and the words `applications.checkAccess` explains a
 * verdict with.
 */

export const applicationMessages = {
  blank: "This field may not be blank.",
  slugLength: "Ensure this field has no more than 50 characters.",
  slugFormat: "Use only lowercase letters, numbers, hyphens and underscores, starting with a letter or number (for example \"my-app\").",
  slugTaken: "An application with this slug already exists.",
  urlFormat: "Enter a full URL, such as https://app.example.com.",
  urlScheme: "Only http:// and https:// URLs are allowed.",
  urlLength: "Ensure this field has no more than 2,000 characters.",
  iconType: "Upload a PNG, JPEG, GIF or WebP image.",
  iconContent: "This file is not the image its type says it is.",
  iconSize: "The icon may not be larger than 256 KB.",
  iconEncoding: "Send the image as base64.",
  bindingSubjectMissing: "Choose a user or a group for this binding.",
  bindingSubjectBoth: "A binding is for a user or a group, not both.",
  bindingUserTaken: "This user is already bound to this application.",
  bindingGroupTaken: "This group is already bound to this application.",
  userMissing: "This user does not exist.",
  groupMissing: "This group does not exist.",
} as const;

export const slugMaxLength = 50;
export const urlMaxLength = 2000;
export const iconMaxBytes = 256 * 1024;

/** What is wrong with a slug (it appears in URLs: `/application/<slug>`), or null. */
export function slugProblem(slug: string): string | null {
  if (slug.length === 0) return applicationMessages.blank;
  if (slug.length > slugMaxLength) return applicationMessages.slugLength;
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(slug)) return applicationMessages.slugFormat;
  return null;
}

/** A slug proposed from a name: "My App (beta)" → "my-app-beta". Empty when nothing usable is left. */
export function suggestSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, "-")
    .replace(/^[-_]+|-+$/g, "")
    .slice(0, slugMaxLength)
    .replace(/-+$/, "");
}

/**
 * A launch or icon URL: absolute, http or https only (a `javascript:` or `data:` URL opened from
 * My applications would run in the console's origin). Empty means none and is allowed.
 */
export function webUrlProblem(url: string): string | null {
  if (url === "") return null;
  if (url.length > urlMaxLength) return applicationMessages.urlLength;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return applicationMessages.urlFormat;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return applicationMessages.urlScheme;
  if (!parsed.hostname) return applicationMessages.urlFormat;
  return null;
}

export const iconContentTypes = ["image/png", "image/jpeg", "image/gif", "image/webp"] as const;
export type TIconContentType = (typeof iconContentTypes)[number];

/** The longest base64 text an icon of `iconMaxBytes` encodes to. */
const iconMaxBase64Length = Math.ceil(iconMaxBytes / 3) * 4;

/**
 * What the request schema can tell of an uploaded icon before decoding it: its type, its size,
 * that it is base64. `iconProblem` then checks the decoded bytes.
 */
export function iconUploadProblem(contentType: string, data: string): string | null {
  if (!(iconContentTypes as readonly string[]).includes(contentType)) return applicationMessages.iconType;
  if (data.length > iconMaxBase64Length) return applicationMessages.iconSize;
  if (data.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(data)) return applicationMessages.iconEncoding;
  return null;
}

/** An icon URL: like a launch URL, but it may not be empty (no icon is sent as null). */
export function iconUrlProblem(url: string): string | null {
  return url === "" ? applicationMessages.urlFormat : webUrlProblem(url);
}

/**
 * An uploaded icon must be what it claims: the bytes are checked against the type's signature,
 * so that nothing but an image is ever served from the icon URL. SVG is refused: it can carry script.
 */
export function iconProblem(contentType: string, bytes: Uint8Array): string | null {
  if (!(iconContentTypes as readonly string[]).includes(contentType)) return applicationMessages.iconType;
  if (bytes.length > iconMaxBytes) return applicationMessages.iconSize;
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  const ascii = (offset: number, text: string) => [...text].every((char, index) => bytes[offset + index] === char.charCodeAt(0));
  const valid: Record<TIconContentType, () => boolean> = {
    "image/png": () => starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    "image/jpeg": () => starts(0xff, 0xd8, 0xff),
    "image/gif": () => ascii(0, "GIF87a") || ascii(0, "GIF89a"),
    "image/webp": () => ascii(0, "RIFF") && ascii(8, "WEBP"),
  };
  return valid[contentType as TIconContentType]() ? null : applicationMessages.iconContent;
}

/**
 * The URL My applications launches: the application's own, else the origin of its provider's
 * first redirect URI (where an OAuth client usually lives). Null when there is neither.
 */
export function guessLaunchUrl(launchUrl: string, redirectUris: readonly string[]): string | null {
  if (launchUrl) return launchUrl;
  for (const uri of redirectUris) {
    try {
      const parsed = new URL(uri);
      if (parsed.protocol === "http:" || parsed.protocol === "https:") return parsed.origin;
    } catch {
      // an unparsable redirect URI gives nothing to guess from
    }
  }
  return null;
}
