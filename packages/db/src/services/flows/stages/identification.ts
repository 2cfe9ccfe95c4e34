/**
 * Asks who the person is. An unknown identifier still moves on to the next stage, so that the
 * answer of the password stage is the same for an unknown user and a wrong password. Naming a
 * user drops any proof the flow held for another (flow-subject.ts).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { Flow } from "../../../entities/flow.js";
import { User } from "../../../entities/user.js";
import { getActiveBrand } from "../../brands/active-brand.js";
import { next, type StageHandler } from "../stage-handler.js";

type UserField = "username" | "email";

function userFields(settings: Record<string, unknown>): UserField[] {
  const fields = settings.userFields;
  return Array.isArray(fields) && fields.length > 0 ? (fields.filter((f) => f === "username" || f === "email") as UserField[]) : ["username"];
}

/** The slug of the recovery flow of the brand the request is served as, if it has one. */
async function recoveryFlowSlug(em: EntityManager, host: string): Promise<string | null> {
  const brand = await getActiveBrand(em, host);
  if (!brand?.flowRecoveryId) return null;
  const flow = await em.findOne(Flow, { id: brand.flowRecoveryId }, { fields: ["slug"] });
  return flow?.slug ?? null;
}

export const identificationStage: StageHandler = {
  // A recovery key already identified its user; asking again would only let the flow switch users.
  skip: ({ subject }) => subject.enteredWithRecoveryKey,

  async challenge({ em, flow, stage, origin }) {
    // Signing in offers the way back in; the recovery flow itself does not link to itself.
    const recovery = flow.designation === "authentication" ? await recoveryFlowSlug(em, origin.brand) : null;
    return { userFields: userFields(stage.settings), ...(recovery ? { recoveryUrl: `/flow/${recovery}` } : {}) };
  },

  async respond({ em, stage, subject }, response) {
    const uid = typeof response.uid === "string" ? response.uid.trim() : "";
    if (!uid) return { kind: "retry", fieldErrors: { uid: ["This field may not be blank."] } };
    const fields = userFields(stage.settings);
    const user = await em.findOne(User, { $or: fields.map((field) => ({ [field]: uid })) }, { fields: ["id"] });
    subject.identify(user?.id ?? null, uid);
    return next;
  },
};
