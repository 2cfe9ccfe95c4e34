/**
 * Creates an API token or app password for a user (the caller by default). A token acts as its
 * user, so only a super-user may create one for a super-user.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, tokenMessages, type Actor, type TToken, type TTokenCreate } from "@roster/core";
import { sql } from "../../sql.js";
import { assertMayActAs } from "../authorization/index.js";
import { getToken } from "./get-token.js";
import { insertToken, tokenUniqueViolation } from "./insert-token.js";

export async function createToken(em: EntityManager, actor: Actor, input: TTokenCreate): Promise<{ token: TToken; key: string }> {
  const userId = input.userId ?? actor.userId;
  const created = await em
    .transactional(async (tx) => {
      const users = await sql<{ username: string }>(tx, "SELECT username FROM users WHERE id = ?", [userId]);
      const user = users[0];
      if (!user) throw AppError.field("userId", tokenMessages.userMissing);
      await assertMayActAs(tx, actor, userId);
      return insertToken(tx, actor, { ...input, userId, username: user.username });
    })
    .catch((error: unknown) => {
      throw tokenUniqueViolation(error);
    });
  return { token: await getToken(em, created.id), key: created.key };
}
