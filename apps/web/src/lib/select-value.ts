/** The value a native <select> can show: only one of its options, else nothing to apply (yet). */
export function selectableValue(value: string, options: readonly { value: string }[]): string | null {
  return options.some((option) => option.value === value) ? value : null;
}
