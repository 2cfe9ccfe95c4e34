export { listAuthenticators } from "./list-authenticators.js";
export { authenticatorOwners } from "./authenticator-owners.js";
export { deleteAuthenticators } from "./delete-authenticators.js";
export { renameAuthenticator } from "./rename-authenticator.js";
