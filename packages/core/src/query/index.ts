/** The Users query language: lexer, parser and checks, the field catalog, and autocomplete. */
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
export type { AttributeValue, AutocompleteData, AutocompleteResult, Suggestion, SuggestionKind } from "./autocomplete.js";
export type { CheckedUserQuery } from "./check-user-query.js";
export type { DateValue } from "./dates.js";
export type { FieldDefinition, FieldKind } from "./fields.js";
export type { Token, TokenKind } from "./lexer.js";
export { attributeKeyAt, autocomplete, MAX_SUGGESTIONS } from "./autocomplete.js";
export { checkUserQuery } from "./check-user-query.js";
export { parseDateValue } from "./dates.js";
export { OPERATOR_DESCRIPTIONS, USER_TYPES, findField, userFields } from "./fields.js";
export { lex } from "./lexer.js";
export { QUERY_LIMITS } from "./limits.js";
export { parseQuery } from "./parser.js";
export { isPlainSearch, plainSearchTerms } from "./plain-search.js";
