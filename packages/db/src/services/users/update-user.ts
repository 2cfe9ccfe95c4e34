import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import { AppError, type Actor, type TUser, type TUserUpdate } from "@roster/core";
import { User } from "../../entities/user.js";
import { assertMayActAs, assertMayActOnUsers } from "../authorization/index.js";
import { changedFields, recordModelEvent } from "../events/record-model-event.js";
import { getUser } from "./get-user.js";
import { changeActiveFlags } from "./set-users-active.js";
import { assertUniqueUser, uniqueViolation } from "./uniqueness.js";

export const internalServiceAccountMessage = "Internal service accounts cannot be changed or deleted.";

export async function updateUser(em: EntityManager, actor: Actor, input: TUserUpdate): Promise<TUser> {
  const { id, isActive, ...fields } = input;
  await em
    .transactional(async (tx) => {
      const user = await tx.findOne(User, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!user) throw AppError.notFound("User");
      if (user.type === "internal_service_account") throw AppError.forbidden(internalServiceAccountMessage);
      await assertMayActOnUsers(tx, actor, [id]);
      // A new email or username is a way into the account (a recovery email, a sign-in name): taking it over.
      if ((fields.email !== undefined && fields.email !== user.email) || (fields.username !== undefined && fields.username !== user.username)) await assertMayActAs(tx, actor, id);
      await assertUniqueUser(tx, { username: fields.username !== user.username ? fields.username : undefined, email: fields.email !== user.email ? fields.email : undefined }, id);
      const changes = changedFields(user, fields);
      tx.assign(user, fields);
      await tx.flush();
      if (Object.keys(changes).length > 0) await recordModelEvent(tx, actor, "model_updated", { model: "user", pk: id, name: user.username }, { changes });
      if (isActive !== undefined) await changeActiveFlags(tx, actor, [id], isActive);
    })
    .catch((error: unknown) => {
      throw uniqueViolation(error) ?? error;
    });
  return getUser(em, id);
}
