import { hashPassword, newId } from "@roster/db";
import { User } from "@roster/db/testing";
import type { TestApp } from "../../src/testing/index.js";

/** A user with a password and no groups or roles, written straight to the database. */
export async function createUserWithPassword(app: TestApp, username: string, password: string, fields: Partial<Pick<User, "path" | "email" | "name">> = {}): Promise<User> {
  const em = app.database.fork();
  const user = em.create(User, { id: newId(), username, ...fields });
  user.passwordHash = await hashPassword(password);
  await em.flush();
  return user;
}
