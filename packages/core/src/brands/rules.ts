/** Rules of brands that need no database: host matching, domain checks and their messages. */
import type { flowDesignations } from "../flows/schema.js";

type TFlowDesignation = (typeof flowDesignations)[number];

export const brandMessages = {
  domainTaken: "A brand with this domain already exists.",
  domainFormat: "Enter a host name without scheme, port or path, such as login.example.com.",
  defaultRequired: "One brand must always be the default: make another brand the default instead.",
  flowMissing: "This flow does not exist.",
} as const;

/** The brand fields that hold a flow, and the designation each one requires. */
export const brandFlowFields = {
  flowAuthentication: "authentication",
  flowRecovery: "recovery",
  flowInvalidation: "invalidation",
  flowEnrollment: "enrollment",
} as const satisfies Record<string, TFlowDesignation>;
export type TBrandFlowField = keyof typeof brandFlowFields;

/** "This flow is not a recovery flow." */
export function flowDesignationMessage(designation: TFlowDesignation): string {
  const article = /^[aeiou]/.test(designation) ? "an" : "a";
  return `This flow is not ${article} ${designation} flow.`;
}

export function defaultBrandDeleteMessage(domain: string): string {
  return `Brand "${domain}" is the default brand and cannot be deleted. Make another brand the default first.`;
}

/** A request's Host header as brands store it: lowercased, without port or trailing dot. */
export function normalizeHost(host: string): string {
  const value = host.trim().toLowerCase();
  const bracketed = /^\[([^\]]*)\](?::\d*)?$/.exec(value);
  if (bracketed) return `[${bracketed[1] ?? ""}]`;
  // A bare IPv6 address has several colons; only a single one separates a port.
  const withoutPort = value.split(":").length === 2 ? (value.split(":")[0] ?? "") : value;
  return withoutPort.replace(/\.$/, "");
}

export function domainProblem(domain: string): string | null {
  if (domain.length === 0) return "This field may not be blank.";
  if (!/^(?:\[[0-9a-f:.]+\]|[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?)$/.test(domain)) return brandMessages.domainFormat;
  return null;
}
