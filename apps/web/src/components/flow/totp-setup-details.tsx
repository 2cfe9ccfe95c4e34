/** Authenticator app setup: the QR code of the `otpauth://` URL, and the secret as text for typing in. */
import { createResource, Show } from "solid-js";
import { CopyField } from "../users/copy-field";

export function TotpSetupDetails(props: { configUrl: string; secret: string }) {
  const [qr] = createResource(
    () => props.configUrl,
    async (url) => (await import("qrcode")).toDataURL(url, { margin: 1, width: 200, errorCorrectionLevel: "M" }),
  );
  return (
    <div class="mfa-setup">
      <p>Scan this QR code with your authenticator app, then enter the 6-digit code it shows.</p>
      <Show when={qr()} fallback={<div class="mfa-qr mfa-qr-loading" aria-hidden="true" />}>
        {(src) => <img class="mfa-qr" src={src()} width="200" height="200" alt="QR code for your authenticator app" />}
      </Show>
      <CopyField label="Or enter this secret" value={props.secret} />
    </div>
  );
}
