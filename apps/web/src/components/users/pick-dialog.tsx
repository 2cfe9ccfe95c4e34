/**
 * "Add to existing group / role": a searchable list with checkboxes. Items the user already has
 * are shown but cannot be picked. The server's message stays in the dialog on failure.
 */
import { createSignal, For, onCleanup, Show } from "solid-js";
import { useApiQuery } from "../../lib/api-query";
import { createFormSubmission } from "../../lib/form-submission";
import { Button } from "../../ui/button";
import { Checkbox } from "../../ui/checkbox";
import { Dialog } from "../../ui/dialog";
import { TextField } from "../../ui/text-field";

export interface PickItem {
  id: string;
  name: string;
}

export interface PickDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description: string;
  searchLabel: string;
  load: (search: string) => Promise<PickItem[]>;
  /** Already there: shown disabled with `takenNote`. */
  taken: ReadonlySet<string>;
  takenNote: string;
  submitLabel: string;
  onSubmit: (items: PickItem[]) => Promise<void>;
}

export function PickDialog(props: PickDialogProps) {
  return (
    <Show when={props.open}>
      <PickForm {...props} />
    </Show>
  );
}

function PickForm(props: PickDialogProps) {
  const [search, setSearch] = createSignal("");
  const [debounced, setDebounced] = createSignal("");
  const [chosen, setChosen] = createSignal<PickItem[]>([]);
  const submission = createFormSubmission({ fields: [] });
  const { busy, error } = submission;
  const items = useApiQuery(() => ({ search: debounced() }), (source) => props.load(source.search));
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));


  const onSearch = (value: string) => {
    setSearch(value);
    clearTimeout(timer);
    timer = setTimeout(() => setDebounced(value.trim()), 200);
  };
  const isChosen = (item: PickItem) => chosen().some((entry) => entry.id === item.id);
  const toggle = (item: PickItem, on: boolean) => setChosen((current) => (on ? [...current, item] : current.filter((entry) => entry.id !== item.id)));

  const submit = () =>
    submission.run(async () => {
      await props.onSubmit(chosen());
      props.onClose();
    });

  return (
    <Dialog
      open
      onClose={() => !busy() && props.onClose()}
      title={props.title}
      description={props.description}
      footer={
        <>
          <Button onClick={() => props.onClose()} disabled={busy()}>
            Cancel
          </Button>
          <Button variant="primary" busy={busy()} disabled={chosen().length === 0} onClick={() => void submit()}>
            {chosen().length > 1 ? `${props.submitLabel} (${chosen().length})` : props.submitLabel}
          </Button>
        </>
      }
    >
      <div class="stack">
        <div>
          <TextField label={props.searchLabel} type="search" value={search()} onValue={onSearch} placeholder="Type to filter by name" />
          <ul class="pick-list" aria-label={props.title} aria-busy={items.loading() ? "true" : undefined}>
            <For each={items.data() ?? []} fallback={<li class="muted">{items.loading() ? "Loading…" : "Nothing found."}</li>}>
              {(item) => (
                <li>
                  <Checkbox
                    label={props.taken.has(item.id) ? `${item.name} (${props.takenNote})` : item.name}
                    checked={props.taken.has(item.id) || isChosen(item)}
                    disabled={props.taken.has(item.id)}
                    onChange={(checked) => toggle(item, checked)}
                  />
                </li>
              )}
            </For>
          </ul>
          <Show when={items.error()}>{(failure) => <p class="field-error">{failure().message}</p>}</Show>
        </div>
        <Show when={error()}>
          <div class="alert alert-error" role="alert">
            {error()}
          </div>
        </Show>
      </div>
    </Dialog>
  );
}
