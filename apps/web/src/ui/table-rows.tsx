/** Body rows every table shares: skeletons while the first page loads, and a failed load's message. */
import { Index, Show } from "solid-js";

const skeletonRows = 6;

export function SkeletonRows(props: { columns: number }) {
  return (
    <Index each={Array.from({ length: skeletonRows })}>
      {() => (
        <tr aria-hidden="true">
          <Index each={Array.from({ length: props.columns })}>
            {() => (
              <td>
                <span class="table-skeleton" />
              </td>
            )}
          </Index>
        </tr>
      )}
    </Index>
  );
}

/** The backend's message in place of the rows (and of the empty state). */
export function ErrorRow(props: { message: string | null | undefined; columns: number }) {
  return (
    <Show when={props.message}>
      {(message) => (
        <tr>
          <td colSpan={props.columns}>
            <div class="alert alert-error" role="alert">
              {message()}
            </div>
          </td>
        </tr>
      )}
    </Show>
  );
}
