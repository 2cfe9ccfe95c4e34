/**
 * The input of a GET call, read from its query parameters as the OpenAPI document describes them
 * (one parameter per field of the input object): numbers and booleans are read from their text,
 * a repeated parameter (or an array field) gives an array; everything else stays a string. The
 * procedure's own schema then checks the result, so a bad value is refused naming its field.
 * Nothing here changes the schema itself, which the /trpc path shares.
 */

type SchemaLike = { _zod: { def: { type: string; innerType?: SchemaLike; element?: SchemaLike; shape?: Record<string, SchemaLike>; in?: SchemaLike } } };

/** Looks through optional, nullable, default and pipe wrappers to the schema that decides the value's form. */
function unwrapped(schema: SchemaLike | undefined): SchemaLike | undefined {
  let current = schema;
  for (let depth = 0; current && depth < 10; depth++) {
    const def = current._zod.def;
    const inner = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
    if (!inner) return current;
    current = inner;
  }
  return current;
}

function fromText(text: string, schema: SchemaLike | undefined): unknown {
  switch (unwrapped(schema)?._zod.def.type) {
    case "number":
    case "int":
      return text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
    case "boolean":
      return text === "true" ? true : text === "false" ? false : text;
    default:
      return text;
  }
}

/** The shape of the procedure's input object, or null when its input is not an object (or absent). */
export function inputShape(inputs: readonly unknown[]): Record<string, SchemaLike> | null {
  const schema = unwrapped(inputs[0] as SchemaLike | undefined);
  return schema?._zod.def.type === "object" ? (schema._zod.def.shape ?? {}) : null;
}

/** `undefined` when the procedure takes no object input and no parameter was sent. */
export function inputFromQuery(search: URLSearchParams, inputs: readonly unknown[]): Record<string, unknown> | undefined {
  const shape = inputShape(inputs);
  if (!shape && search.size === 0) return undefined;
  const input: Record<string, unknown> = {};
  for (const key of new Set(search.keys())) {
    const field = unwrapped(shape?.[key]);
    const values = search.getAll(key);
    if (field?._zod.def.type === "array") input[key] = values.map((value) => fromText(value, field._zod.def.element));
    else input[key] = values.length > 1 ? values.map((value) => fromText(value, field)) : fromText(values[0] ?? "", field);
  }
  return input;
}
