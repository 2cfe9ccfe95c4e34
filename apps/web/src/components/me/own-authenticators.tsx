/** Settings › MFA devices: the person's own authenticators; set up an app, recovery codes or a passkey; rename; remove. */
import type { TAuthenticator } from "@roster/core";
import { createSignal } from "solid-js";
import { usePagedList } from "../../lib/api-query";
import { authenticatorsConfirmation } from "../../lib/authenticator-texts";
import { trpc } from "../../lib/trpc";
import { plural } from "../../lib/user-texts";
import { Button } from "../../ui/button";
import { EmptyState } from "../../ui/empty-state";
import type { Column } from "../../ui/table";
import { useToast } from "../../ui/toast";
import { DeletableRecords } from "../users/deletable-records";
import { NameDialog } from "../users/name-dialog";
import { authenticatorColumns } from "./authenticator-columns";
import { SetupFlowDialog } from "./setup-flow-dialog";

const setups = [
  { slug: "default-authenticator-totp-setup", title: "Set up an authenticator app", label: "Add authenticator app", done: "Authenticator app added" },
  { slug: "default-authenticator-webauthn-setup", title: "Add a passkey", label: "Add passkey", done: "Passkey added" },
  { slug: "default-authenticator-static-setup", title: "Recovery codes", label: "Create recovery codes", done: "Recovery codes saved" },
] as const;
type Setup = (typeof setups)[number];

export function OwnAuthenticators() {
  const toast = useToast();
  const list = usePagedList(() => true, (_source, cursor) => trpc.authenticators.mine.query(cursor ? { cursor } : {}));
  const [setup, setSetup] = createSignal<Setup | null>(null);
  const [renaming, setRenaming] = createSignal<TAuthenticator | null>(null);
  const columns: Column<TAuthenticator>[] = [
    ...authenticatorColumns,
    {
      key: "actions",
      header: "",
      cell: (device) => (
        <Button size="small" variant="ghost" aria-label={`Rename ${device.name}`} onClick={() => setRenaming(device)}>
          Rename
        </Button>
      ),
    },
  ];
  return (
    <section class="me-section" aria-labelledby="mfa-devices-title">
      <div class="me-section-header">
        <div>
          <h2 id="mfa-devices-title">MFA devices</h2>
          <p>Authenticator apps, passkeys and recovery codes that protect your sign-in.</p>
        </div>
        <div class="me-section-actions">
          {setups.map((entry) => (
            <Button onClick={() => setSetup(entry)}>{entry.label}</Button>
          ))}
        </div>
      </div>
      <DeletableRecords
        label="Your MFA devices"
        list={list}
        mayDelete
        columns={columns}
        rowLabel={(device) => `Select ${device.name}`}
        intro="With a device set up, signing in asks for it after your password."
        deleteLabel="Remove"
        confirmation={(rows) => authenticatorsConfirmation(null, rows.map((row) => row.name))}
        onDelete={async (rows) => `${plural((await trpc.authenticators.delete.mutate({ ids: rows.map((row) => row.id) })).deleted, "authenticator")} removed`}
        empty={<EmptyState title="No MFA devices" description="Add an authenticator app or a passkey to protect your sign-in with a second factor." />}
      />
      <SetupFlowDialog
        setup={setup()}
        onClose={() => setSetup(null)}
        onDone={() => {
          toast.success(setup()?.done ?? "Saved");
          setSetup(null);
          void list.refresh();
        }}
      />
      <NameDialog
        open={renaming() !== null}
        onClose={() => setRenaming(null)}
        title="Rename authenticator"
        description="A name that tells your devices apart, such as “Work phone”."
        label="Name"
        initial={renaming()?.name ?? ""}
        submitLabel="Rename"
        onSubmit={async (name) => {
          const device = renaming();
          if (!device) return;
          const saved = await trpc.authenticators.rename.mutate({ id: device.id, name });
          toast.success(`Renamed to ${saved.name}`);
          await list.refresh();
        }}
      />
    </section>
  );
}
