/** Recovery codes, shown this once: the list, and Download as a text file. */
import { For } from "solid-js";
import { recoveryCodesFile } from "../../lib/recovery-codes";
import { Button } from "../../ui/button";

function download(codes: readonly string[], account: string | null) {
  const url = URL.createObjectURL(new Blob([recoveryCodesFile(codes, account, window.location.host)], { type: "text/plain" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = "roster-recovery-codes.txt";
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function RecoveryCodesList(props: { codes: string[]; account: string | null }) {
  return (
    <div class="mfa-setup">
      <p>Keep these codes somewhere safe. Each one signs you in once when your authenticator is not at hand. They are shown only now.</p>
      <ol class="mfa-codes" aria-label="Recovery codes">
        <For each={props.codes}>{(code) => <li><code>{code}</code></li>}</For>
      </ol>
      <Button onClick={() => download(props.codes, props.account)}>Download</Button>
    </div>
  );
}
