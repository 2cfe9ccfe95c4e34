/**
 * The spec §8 queries of the Users list, with values taken from the seeded data (seed-data.ts is
 * a function of the row number, so these always exist and always have the same spread).
 */
import { seedUser } from "./seed-data.js";

export interface ListQuery {
  /** File-name-safe key (plans/<name>.txt). */
  name: string;
  label: string;
  input: { query?: string; path?: string };
  /** Also measure a page this many pages in (following nextCursor), when there are that many. */
  deepPages: number;
}

export const deepPageNumber = 50;

export function listQueries(userCount: number): ListQuery[] {
  const someone = seedUser(Math.floor(userCount * 0.37));
  return [
    { name: "folder", label: 'folder "users/eng" (with subfolders)', input: { path: "users/eng" }, deepPages: deepPageNumber },
    { name: "username-equals", label: `username = "${someone.username}"`, input: { query: `username = "${someone.username}"` }, deepPages: 0 },
    { name: "username-startswith", label: 'username startswith "mar"', input: { query: 'username startswith "mar"' }, deepPages: deepPageNumber },
    { name: "email-contains", label: 'email ~ "garcia"', input: { query: 'email ~ "garcia"' }, deepPages: deepPageNumber },
    { name: "attribute-equals", label: 'attributes.dept = "finance"', input: { query: 'attributes.dept = "finance"' }, deepPages: deepPageNumber },
    { name: "inactive-in-folder", label: 'is_active = False and path startswith "users/sales"', input: { query: 'is_active = False and path startswith "users/sales"' }, deepPages: deepPageNumber },
    { name: "plain-search", label: 'plain search "nguyen"', input: { query: "nguyen" }, deepPages: deepPageNumber },
    { name: "deep-keyset", label: `all users, page ${deepPageNumber} (keyset)`, input: {}, deepPages: deepPageNumber },
  ];
}
