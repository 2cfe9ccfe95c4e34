/**
 * The form's Icon field: a preview, Upload image… (a picked file is checked at once by the
 * backend's own rules), Remove icon, and the icon URL as the other way to set one. The server's
 * message for `icon` sits under it.
 */
import { createSignal, createUniqueId, Show } from "solid-js";
import { iconAccept, iconChoiceFromUrl, iconPreviewUrl, iconRulesHint, iconStatus, iconUrlText, readIconFile, type IconChoice } from "../../lib/application-icon";
import { Button } from "../../ui/button";
import { errorList, type FieldError } from "../../ui/field";
import { TextField } from "../../ui/text-field";
import { ApplicationIcon } from "./application-icon";

export function IconField(props: { name: string; value: IconChoice; onValue: (value: IconChoice) => void; error?: FieldError }) {
  const id = createUniqueId();
  const [pickProblem, setPickProblem] = createSignal<string | null>(null);
  let fileInput: HTMLInputElement | undefined;
  const errors = () => (pickProblem() ? [pickProblem() ?? ""] : errorList(props.error));
  const change = (value: IconChoice) => {
    setPickProblem(null);
    props.onValue(value);
  };
  const pick = async (file: File | undefined) => {
    if (!file) return;
    const read = await readIconFile(file);
    if ("problem" in read) setPickProblem(read.problem);
    else change(read.choice);
  };

  return (
    <div class="icon-field" role="group" aria-labelledby={`${id}-label`} aria-describedby={errors().length > 0 ? `${id}-error` : undefined}>
      <span class="field-label" id={`${id}-label`}>
        Icon
      </span>
      <div class="icon-field-picker">
        <ApplicationIcon name={props.name} url={iconPreviewUrl(props.value)} size="large" />
        <div class="icon-field-controls">
          <span class="icon-field-status">{iconStatus(props.value)}</span>
          <div class="icon-field-buttons">
            <Button size="small" onClick={() => fileInput?.click()}>
              Upload image…
            </Button>
            <Show when={props.value.kind !== "none"}>
              <Button size="small" variant="ghost" onClick={() => change({ kind: "none" })}>
                Remove icon
              </Button>
            </Show>
          </div>
          <span class="field-hint">{iconRulesHint}</span>
        </div>
        <input
          ref={(element) => (fileInput = element)}
          type="file"
          accept={iconAccept}
          hidden
          aria-label="Icon image file"
          onChange={(event) => {
            const input = event.currentTarget;
            void pick(input.files?.[0]).finally(() => (input.value = ""));
          }}
        />
      </div>
      <TextField
        label="Icon URL"
        type="url"
        inputMode="url"
        autocomplete="off"
        placeholder="https://cdn.example.com/icon.png"
        value={iconUrlText(props.value)}
        onValue={(url) => change(iconChoiceFromUrl(url))}
        hint="Or the address of an image on the web; it replaces an uploaded image."
      />
      <Show when={errors().length > 0}>
        <ul class="field-error" id={`${id}-error`}>
          {errors().map((message) => (
            <li>{message}</li>
          ))}
        </ul>
      </Show>
    </div>
  );
}
