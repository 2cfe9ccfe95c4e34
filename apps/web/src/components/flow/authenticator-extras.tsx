/**
 * What the MFA challenges show beside their form: the QR code and secret (authenticator app
 * setup), the recovery codes, and the passkey buttons (setup, and "Use a passkey" at sign-in).
 */
import { createSignal, Match, Show, Switch } from "solid-js";
import type { TFlowChallenge } from "../../lib/api-types";
import { registerPasskey, usePasskey, type CeremonyResult } from "../../lib/webauthn-ceremony";
import { Button } from "../../ui/button";
import { RecoveryCodesList } from "./recovery-codes-list";
import { TotpSetupDetails } from "./totp-setup-details";
import "./authenticators.css";

export interface AuthenticatorExtrasProps {
  challenge: TFlowChallenge;
  busy: boolean;
  onSubmit: (response: Record<string, unknown>) => void;
}

function webauthnOptions(challenge: TFlowChallenge): Record<string, unknown> | null {
  const entry = challenge.deviceChallenges?.find((candidate) => candidate.deviceClass === "webauthn");
  return entry && "authentication" in entry ? entry.authentication : null;
}

export function AuthenticatorExtras(props: AuthenticatorExtrasProps) {
  const [ceremonyError, setCeremonyError] = createSignal<string | null>(null);
  const [waiting, setWaiting] = createSignal(false);
  const run = async (ceremony: () => Promise<CeremonyResult>) => {
    setCeremonyError(null);
    setWaiting(true);
    const result = await ceremony();
    setWaiting(false);
    if (result.ok) props.onSubmit(result.response);
    else setCeremonyError(result.message);
  };
  return (
    <>
      <Show when={ceremonyError()}>
        <div class="alert alert-error" role="alert">
          {ceremonyError()}
        </div>
      </Show>
      <Switch>
        <Match when={props.challenge.component === "authenticator_totp" && props.challenge.configUrl && props.challenge.secret}>
          <TotpSetupDetails configUrl={props.challenge.configUrl ?? ""} secret={props.challenge.secret ?? ""} />
        </Match>
        <Match when={props.challenge.component === "authenticator_static" && props.challenge.codes}>
          {(codes) => <RecoveryCodesList codes={codes()} account={props.challenge.pendingUser} />}
        </Match>
        <Match when={props.challenge.component === "authenticator_webauthn" && props.challenge.registration}>
          {(registration) => (
            <div class="mfa-setup">
              <p>Your browser will ask you to create a passkey: on this device, a phone, or a security key.</p>
              <Button variant="primary" block busy={waiting() || props.busy} onClick={() => void run(() => registerPasskey(registration()))}>
                Create passkey
              </Button>
            </div>
          )}
        </Match>
        <Match when={props.challenge.component === "authenticator_validate" && webauthnOptions(props.challenge)}>
          {(options) => (
            <Button block variant={props.challenge.deviceChallenges?.length === 1 ? "primary" : "secondary"} busy={waiting() || props.busy} onClick={() => void run(() => usePasskey(options()))}>
              Use a passkey
            </Button>
          )}
        </Match>
      </Switch>
    </>
  );
}
