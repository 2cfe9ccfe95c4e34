/** @roster/client: call Roster from a service, typed from its router. */
export { createRosterClient, type RosterClient, type RosterClientOptions, type RosterInputs, type RosterOutputs, type RosterUser, type RosterUserFilter } from "./create-roster-client.js";
export { fieldErrorsOf, isRosterError, queryErrorOf, type RosterError, type RosterErrorCode } from "./roster-error.js";
export { iteratePages, type Page } from "./iterate-pages.js";
export type { RosterErrorShape, RosterRouter } from "./router.js";
