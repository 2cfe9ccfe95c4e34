/** The columns a user is read with, and their mapping onto the API's `TUser`. */
import type { TUser, TUserType } from "@roster/core";
import { iso } from "../../sql-values.js";

export const userColumns = `u.id, u.username, u.name, u.email, u.is_active, u.path, u.type, u.attributes,
  u.last_login, u.date_joined, u.last_updated, u.password_change_date`;

export interface UserRow {
  id: string;
  username: string;
  name: string;
  email: string;
  is_active: boolean;
  path: string;
  type: TUserType;
  attributes: Record<string, unknown>;
  last_login: Date | null;
  date_joined: Date;
  last_updated: Date;
  password_change_date: Date | null;
}

export function toUser(row: UserRow, isSuperuser: boolean): TUser {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    email: row.email,
    isActive: row.is_active,
    isSuperuser,
    path: row.path,
    type: row.type,
    attributes: row.attributes,
    lastLogin: iso(row.last_login),
    dateJoined: iso(row.date_joined) ?? "",
    lastUpdated: iso(row.last_updated) ?? "",
    passwordChangeDate: iso(row.password_change_date),
  };
}

