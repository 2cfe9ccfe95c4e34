/** The Users query language: parser, compiler to SQL, autocomplete and the field catalog. */
export type {
  BooleanValue,
  Comparison,
  ComparisonOperator,
  FieldReference,
  ListValue,
  LogicalExpression,
  NullValue,
  NumberValue,
  QueryExpression,
  QueryValue,
  ScalarValue,
  StringValue,
} from "./ast.js";
export type { AutocompleteData, AutocompleteResult, Suggestion, SuggestionKind } from "./autocomplete.js";
export type { CompiledUserQuery } from "./compile-user-query.js";
export type { FieldDefinition, FieldKind } from "./fields.js";
export type { Token, TokenKind } from "./lexer.js";
export type { SqlFragment } from "./sql.js";
export { autocomplete, MAX_SUGGESTIONS } from "./autocomplete.js";
export { compileExpression } from "./compile.js";
export { compileUserQuery } from "./compile-user-query.js";
export { OPERATOR_DESCRIPTIONS, USER_TYPES, findField, userFields } from "./fields.js";
export { lex } from "./lexer.js";
export { QUERY_LIMITS } from "./limits.js";
export { parseQuery } from "./parser.js";
export { compilePlainSearch, isPlainSearch } from "./plain-search.js";
export { escapeLike, textArrayLiteral } from "./sql.js";
