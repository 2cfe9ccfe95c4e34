/** Shown while a page's code or the session loads: quiet, and announced to screen readers. */
export function PageLoading(props: { fullscreen?: boolean }) {
  return (
    <div class={props.fullscreen ? "shell-loading" : "row muted"} role="status" style={props.fullscreen ? undefined : { padding: "8px 0" }}>
      <span class="spinner" aria-hidden="true" />
      Loading…
    </div>
  );
}
