import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor, TUser, TUserCreate } from "@roster/core";
import { User } from "../../entities/user.js";
import { newId } from "../auth/secrets.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { getUser } from "./get-user.js";
import { assertUniqueUser, uniqueViolation } from "./uniqueness.js";

export async function createUser(em: EntityManager, actor: Actor, input: TUserCreate): Promise<TUser> {
  const id = await em
    .transactional(async (tx) => {
      await assertUniqueUser(tx, input, null);
      const user = tx.create(User, { id: newId(), ...input });
      await tx.flush();
      await recordModelEvent(tx, actor, "model_created", { model: "user", pk: user.id, name: user.username }, { fields: { ...input } });
      return user.id;
    })
    .catch((error: unknown) => {
      throw uniqueViolation(error) ?? error;
    });
  return getUser(em, id);
}
