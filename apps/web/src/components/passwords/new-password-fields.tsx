/**
 * A new password typed twice, with the password rules as the hint, one Show toggle for both
 * fields, and (`canGenerate`) Generate: a strong random password in both fields, shown with Copy
 * so that the admin can pass it on. Used by Reset password and Settings › Change password.
 */
import { createSignal, Show } from "solid-js";
import { passwordRule } from "@roster/core";
import { generatePassword } from "../../lib/new-password";
import { Button } from "../../ui/button";
import type { FieldError } from "../../ui/field";
import { PasswordField } from "../../ui/password-field";
import { CopyField } from "../users/copy-field";
import "./passwords.css";

export interface NewPasswordFieldsProps {
  password: string;
  repeat: string;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  passwordError?: FieldError;
  repeatError?: FieldError;
  canGenerate?: boolean;
}

export function NewPasswordFields(props: NewPasswordFieldsProps) {
  const [revealed, setRevealed] = createSignal(false);
  const [generated, setGenerated] = createSignal<string | null>(null);
  const generate = () => {
    const password = generatePassword();
    props.onPassword(password);
    props.onRepeat(password);
    setGenerated(password);
  };
  // The Copy field shows the generated password only while it is still the one in the fields.
  const shownGenerated = () => {
    const password = generated();
    return password !== null && password === props.password && password === props.repeat ? password : null;
  };
  return (
    <>
      <div class="new-password-row">
        <PasswordField label="New password" autocomplete="new-password" required revealed={revealed()} onRevealedChange={setRevealed} hint={passwordRule.hint} value={props.password} onValue={props.onPassword} error={props.passwordError} />
        <Show when={props.canGenerate}>
          <Button class="new-password-generate" onClick={generate}>
            Generate
          </Button>
        </Show>
      </div>
      <PasswordField label="Repeat new password" autocomplete="new-password" required revealed={revealed()} value={props.repeat} onValue={props.onRepeat} error={props.repeatError} />
      <Show when={shownGenerated()}>{(password) => <CopyField label="Generated password" what="password" value={password()} />}</Show>
    </>
  );
}
