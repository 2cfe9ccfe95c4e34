/**
 * Asks who the person is. An unknown identifier still moves on to the next stage, so that the
 * answer of the password stage is the same for an unknown user and a wrong password.
 */
import { User } from "../../../entities/user.js";
import { next, type StageHandler } from "../stage-handler.js";
import { enteredViaToken } from "./via-token.js";

type UserField = "username" | "email";

function userFields(settings: Record<string, unknown>): UserField[] {
  const fields = settings.userFields;
  return Array.isArray(fields) && fields.length > 0 ? (fields.filter((f) => f === "username" || f === "email") as UserField[]) : ["username"];
}

export const identificationStage: StageHandler = {
  skip: enteredViaToken,

  challenge: ({ stage }) => ({ userFields: userFields(stage.settings) }),

  async respond({ em, stage, state }, response) {
    const uid = typeof response.uid === "string" ? response.uid.trim() : "";
    if (!uid) return { kind: "retry", fieldErrors: { uid: ["This field may not be blank."] } };
    const fields = userFields(stage.settings);
    const user = await em.findOne(User, { $or: fields.map((field) => ({ [field]: uid })) }, { fields: ["id"] });
    state.userId = user?.id ?? null;
    state.data = { ...state.data, uid };
    return next;
  },
};
