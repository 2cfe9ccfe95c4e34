/** Directory › Tokens: API tokens and app passwords; Create token, Create service account, Delete; a link to the API reference. */
import { createSignal, Show } from "solid-js";
import { KeyDialog, type NewKey } from "../../../components/tokens/key-dialog";
import { ServiceAccountDialog, serviceAccountKey } from "../../../components/tokens/service-account-dialog";
import { TokenFormDialog } from "../../../components/tokens/token-form-dialog";
import { TokensTable } from "../../../components/tokens/tokens-table";
import { usePagedList } from "../../../lib/api-query";
import { deletedToast, deleteTokensConfirmation } from "../../../lib/directory-texts";
import { pageInfo } from "../../../lib/navigation";
import { trpc } from "../../../lib/trpc";
import { useCan } from "../../../lib/use-can";
import { Button } from "../../../ui/button";
import { ConfirmDialog } from "../../../ui/confirm-dialog";
import { PageHeader } from "../../../ui/page-header";
import { useToast } from "../../../ui/toast";
import "../../../styles/directory.css";

export default function TokensPage() {
  const can = useCan();
  const toast = useToast();
  const list = usePagedList(() => true, (_, cursor) => trpc.tokens.list.query(cursor ? { cursor } : {}));
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  const [dialog, setDialog] = createSignal<"token" | "service-account" | "delete" | null>(null);
  const [newKey, setNewKey] = createSignal<NewKey | null>(null);
  const chosen = () => list.rows().filter((token) => selected().has(token.id));
  const confirmation = () => deleteTokensConfirmation(chosen().map((token) => token.identifier));
  const refresh = () => {
    setSelected(new Set<string>());
    void list.refresh();
  };

  return (
    <>
      <PageHeader {...pageInfo("/directory/tokens")} />
      <div class="directory-toolbar">
        <Show when={can("add_token")}>
          <Button variant="primary" onClick={() => setDialog("token")}>
            Create token
          </Button>
        </Show>
        <Show when={can("add_user")}>
          <Button onClick={() => setDialog("service-account")}>Create service account</Button>
        </Show>
        <span class="spacer" />
        {/* Served by the API (not a console route): the REST endpoints and the OpenAPI document, for services. */}
        <a class="button button-secondary button-link" href="/api/reference" target="_blank" rel="noopener">
          API reference
        </a>
        <Show when={chosen().length > 0 && can("delete_token")}>
          <Button variant="danger" onClick={() => setDialog("delete")}>
            Delete ({chosen().length})
          </Button>
        </Show>
      </div>
      <TokensTable list={list} selected={selected()} onSelectionChange={setSelected} />
      <Show when={list.moreError()}>{(message) => <p class="field-error">{message()}</p>}</Show>
      <TokenFormDialog
        open={dialog() === "token"}
        onClose={() => setDialog(null)}
        onCreated={(token, key) => {
          setNewKey({ title: "Token created", summary: <>The key of <code>{token.identifier}</code>:</>, key });
          refresh();
        }}
      />
      <ServiceAccountDialog
        open={dialog() === "service-account"}
        onClose={() => setDialog(null)}
        onCreated={(created) => {
          setNewKey(serviceAccountKey(created));
          refresh();
        }}
      />
      <KeyDialog shown={newKey()} onClose={() => setNewKey(null)} />
      <ConfirmDialog
        open={dialog() === "delete"}
        onClose={() => setDialog(null)}
        title={confirmation().title}
        consequence={confirmation().consequence}
        confirmLabel={confirmation().confirmLabel}
        onConfirm={async () => {
          const identifiers = chosen().map((token) => token.identifier);
          const result = await trpc.tokens.delete.mutate({ ids: chosen().map((token) => token.id) });
          toast.success(deletedToast("token", identifiers, result.deleted));
          refresh();
        }}
      />
    </>
  );
}
