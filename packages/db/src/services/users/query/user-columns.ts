/**
 * The users table as the query compiler sees it: the alias `u` (the list, its count and the
 * export all select `FROM users u`), and the column behind each field of the core catalog.
 * Fields missing here (groups, roles, is_superuser) are compiled from other tables.
 */
export interface UserColumn {
  column: string;
  /** True when the column can be SQL NULL (a negated date test must then keep the NULL rows). */
  nullable: boolean;
}

const column = (name: string, nullable = false): UserColumn => ({ column: `u.${name}`, nullable });

export const userColumns: Readonly<Record<string, UserColumn>> = {
  username: column("username"),
  name: column("name"),
  email: column("email"),
  path: column("path"),
  is_active: column("is_active"),
  type: column("type"),
  attributes: column("attributes"),
  last_login: column("last_login", true),
  date_joined: column("date_joined"),
  last_updated: column("last_updated"),
};
