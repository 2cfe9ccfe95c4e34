/**
 * A service account: a user of type `service_account` in the system folder, with no usable
 * password, and an API token to authenticate with (its key returned this once). Optionally a
 * group of the same name with the account in it. One transaction for all of it.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, serviceAccountPath, serviceAccountTokenIdentifier, type Actor, type TServiceAccountCreate, type TServiceAccountCreated } from "@roster/core";
import { sql } from "../../sql.js";
import { newId } from "../auth/secrets.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { assertUniqueGroupName, groupUniqueViolation } from "../groups/group-relations.js";
import { insertToken, tokenUniqueViolation } from "../tokens/insert-token.js";
import { assertUniqueUser, uniqueViolation } from "../users/uniqueness.js";

export async function createServiceAccount(em: EntityManager, actor: Actor, input: TServiceAccountCreate): Promise<TServiceAccountCreated> {
  return em
    .transactional(async (tx) => {
      const username = input.name;
      await assertUniqueUser(tx, { username }, null);
      const userId = newId();
      await sql(tx, "INSERT INTO users (id, username, path, type, password_hash) VALUES (?, ?, ?, 'service_account', NULL)", [userId, username, serviceAccountPath]);
      await recordModelEvent(tx, actor, "model_created", { model: "user", pk: userId, name: username }, { fields: { username, path: serviceAccountPath, type: "service_account" } });

      let group: TServiceAccountCreated["group"] = null;
      if (input.createGroup) {
        await assertUniqueGroupName(tx, username, null);
        group = { id: newId(), name: username };
        await sql(tx, "INSERT INTO groups (id, name) VALUES (?, ?)", [group.id, group.name]);
        await sql(tx, "INSERT INTO group_users (group_id, user_id) VALUES (?, ?)", [group.id, userId]);
        await recordModelEvent(tx, actor, "model_created", { model: "group", pk: group.id, name: group.name }, { targetUserId: userId, fields: { name: group.name }, members: { added: [username] } });
      }

      const identifier = serviceAccountTokenIdentifier(username);
      const token = await insertToken(tx, actor, { identifier, userId, username, intent: "api", expiring: input.expiring, expires: input.expires, description: `Token of the service account ${username}` }, "name");
      return { user: { id: userId, username }, group, token: { id: token.id, identifier }, key: token.key };
    })
    .catch((error: unknown) => {
      throw asNameConflict(uniqueViolation(error) ?? tokenUniqueViolation(groupUniqueViolation(error), "name"));
    });
}

/** The account's username is its `name` field here: a username conflict is reported there. */
function asNameConflict(error: unknown): unknown {
  const messages = error instanceof AppError ? error.fieldErrors?.username : undefined;
  return messages && error instanceof AppError ? new AppError(error.code, error.message, { fieldErrors: { name: messages } }) : error;
}
