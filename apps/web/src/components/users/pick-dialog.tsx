/**
 * "Add to existing group / role": a searchable list with checkboxes. Items the user already has
 * are shown but cannot be picked; super-user groups carry a badge, and `warning` says what the
 * chosen ones would do (a super-user group makes the user a super-user, as authentik warns).
 * When more match than are shown, a line says so and typing finds the others. The server's
 * message stays in the dialog on failure.
 */
import { createSignal, For, onCleanup, Show } from "solid-js";
import { useApiQuery } from "../../lib/api-query";
import { createFormSubmission } from "../../lib/form-submission";
import { moreMatchesNote, type PickOption, type PickPage } from "../../lib/pick-sources";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { TextField } from "../../ui/text-field";
import { MoreMatches, PickOptionChoice } from "../groups/pick-option-choice";

export interface PickDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description: string;
  searchLabel: string;
  load: (search: string) => Promise<PickPage>;
  /** Already there: shown disabled with `takenNote`. */
  taken: ReadonlySet<string>;
  takenNote: string;
  /** What choosing these would do that the admin must know, or null. */
  warning?: (chosen: PickOption[]) => string | null;
  submitLabel: string;
  onSubmit: (options: PickOption[]) => Promise<void>;
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
  const [chosen, setChosen] = createSignal<PickOption[]>([]);
  const submission = createFormSubmission({ fields: [] });
  const { busy, error } = submission;
  const page = useApiQuery(() => ({ search: debounced() }), (source) => props.load(source.search));
  const options = () => page.data()?.options ?? [];
  const more = () => {
    const loaded = page.data();
    return loaded ? moreMatchesNote(loaded, loaded.options.length) : null;
  };
  const warning = () => props.warning?.(chosen()) ?? null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

  const onSearch = (value: string) => {
    setSearch(value);
    clearTimeout(timer);
    timer = setTimeout(() => setDebounced(value.trim()), 200);
  };
  const isChosen = (option: PickOption) => chosen().some((entry) => entry.id === option.id);
  const toggle = (option: PickOption, on: boolean) => setChosen((current) => (on ? [...current, option] : current.filter((entry) => entry.id !== option.id)));

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
          <ul class="pick-list" aria-label={props.title} aria-busy={page.loading() ? "true" : undefined}>
            <For each={options()} fallback={<li class="muted">{page.loading() ? "Loading…" : "Nothing found."}</li>}>
              {(option) => (
                <li>
                  <PickOptionChoice
                    option={option}
                    type="checkbox"
                    note={props.taken.has(option.id) ? props.takenNote : undefined}
                    checked={props.taken.has(option.id) || isChosen(option)}
                    disabled={props.taken.has(option.id)}
                    onChange={(checked) => toggle(option, checked)}
                  />
                </li>
              )}
            </For>
          </ul>
          <MoreMatches note={more()} />
          <Show when={page.error()}>{(failure) => <p class="field-error">{failure().message}</p>}</Show>
        </div>
        <Show when={warning()}>
          {(text) => (
            <div class="alert alert-warning" role="alert">
              {text()}
            </div>
          )}
        </Show>
        <Show when={error()}>
          <div class="alert alert-error" role="alert">
            {error()}
          </div>
        </Show>
      </div>
    </Dialog>
  );
}
