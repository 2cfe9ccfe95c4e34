/** The router gives a search parameter as a string, a list (when repeated) or nothing: take the first. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
