/**
 * Asks for the fields of the stage's settings. Password fields must pass the password rule, and
 * `password_repeat` must equal `password`; `username` and `email` follow the users' rules (format,
 * unique username, unique email when that setting is on). A password is hashed at once: the flow
 * state never holds it in clear.
 */
import { passwordProblem, ZPromptSettings, type FieldErrors } from "@roster/core";
import { hashPassword } from "../../auth/passwords.js";
import { flowMessages } from "../flow-messages.js";
import { accountFieldProblems } from "./account-fields.js";
import { next, type StageHandler } from "../stage-handler.js";

export const promptStage: StageHandler = {
  challenge: ({ stage }) => ({ fields: ZPromptSettings.parse(stage.settings).fields }),

  async respond({ em, stage, subject, scratch }, response) {
    const { fields } = ZPromptSettings.parse(stage.settings);
    const values = Object.fromEntries(fields.map((field) => [field.name, typeof response[field.name] === "string" ? (response[field.name] as string) : ""]));
    const errors: FieldErrors = {};
    for (const field of fields) {
      const value = values[field.name] ?? "";
      if (field.required && value.trim() === "") errors[field.name] = ["This field may not be blank."];
      else if (field.type === "password" && field.name === "password") {
        const problem = passwordProblem(value);
        if (problem) errors[field.name] = [problem];
      }
    }
    if (!errors.password_repeat && "password_repeat" in values && values.password_repeat !== values.password) errors.password_repeat = [flowMessages.passwordsDoNotMatch];
    for (const [field, messages] of Object.entries(await accountFieldProblems(em, values, subject.pendingUserId))) errors[field] ??= messages;
    if (Object.keys(errors).length > 0) return { kind: "retry", fieldErrors: errors };

    const prompt: Record<string, string> = {};
    for (const field of fields) {
      if (field.type !== "password") prompt[field.name] = values[field.name] ?? "";
    }
    if (values.password) prompt.passwordHash = await hashPassword(values.password);
    scratch.prompt = prompt;
    return next;
  },
};
