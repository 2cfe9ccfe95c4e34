/** Rules of roles and permission grants that need no database. */
import { AppError, type FieldErrors } from "../errors.js";
import { describePermission, isPermission, permissionCodenames, permissionModels, permissionObjectTypes, type TPermission, type TPermissionObjectType } from "../permissions.js";
import type { TPermissionInfo } from "./schema.js";

export const roleMessages = {
  nameTaken: "A role with this name already exists.",
  objectPair: "Give both an object type and an object id, or neither.",
  roleMissing: "This role does not exist.",
} as const;

export function unknownPermissionMessage(codename: string): string {
  return `Unknown permission "${codename}".`;
}

export function unknownObjectTypeMessage(objectType: string): string {
  return `Permissions cannot be granted on objects of type "${objectType}". Choose one of: ${permissionObjectTypes.join(", ")}.`;
}

export function missingObjectMessage(objectType: string): string {
  return `This ${objectType} does not exist.`;
}

export interface TCheckedGrant {
  codename: TPermission;
  object: { type: TPermissionObjectType; id: string } | null;
}

function isObjectType(value: string): value is TPermissionObjectType {
  return (permissionObjectTypes as readonly string[]).includes(value);
}

/**
 * The grant an input asks for, checked: a known codename, both or neither of object type and id,
 * and an object type that the codename applies to. Throws BAD_REQUEST with field errors.
 */
export function checkPermissionGrant(input: { permission: string; objectType?: string | null | undefined; objectId?: string | null | undefined }): TCheckedGrant {
  const errors: FieldErrors = {};
  const objectType = input.objectType || null;
  const objectId = input.objectId || null;
  if (!isPermission(input.permission)) errors.permission = [unknownPermissionMessage(input.permission)];
  if ((objectType === null) !== (objectId === null)) errors[objectType === null ? "objectType" : "objectId"] = [roleMessages.objectPair];
  else if (objectType !== null && !isObjectType(objectType)) errors.objectType = [unknownObjectTypeMessage(objectType)];
  else if (objectType !== null && isPermission(input.permission) && permissionModel(input.permission) !== objectType) {
    errors.objectType = [wrongObjectTypeMessage(input.permission, objectType)];
  }
  const first = Object.values(errors)[0]?.[0];
  if (first !== undefined) throw new AppError("BAD_REQUEST", first, { fieldErrors: errors });
  if (!isPermission(input.permission)) throw AppError.field("permission", unknownPermissionMessage(input.permission));
  return { codename: input.permission, object: objectType && objectId && isObjectType(objectType) ? { type: objectType, id: objectId } : null };
}

export function wrongObjectTypeMessage(codename: string, objectType: string): string {
  const model = permissionModel(codename);
  const where = (permissionObjectTypes as readonly string[]).includes(model) ? `on a ${model} or globally` : "globally only";
  return `"${codename}" cannot be granted on a ${objectType}; grant it ${where}.`;
}

const specialModels: Record<string, string> = {
  reset_user_password: "user",
  impersonate: "user",
  view_user_applications: "user",
  add_user_to_group: "group",
  remove_user_from_group: "group",
  assign_role_permissions: "role",
  access_admin_console: "system",
};

/** The model a codename belongs to, for grouping in the console: `change_user` -> "user". */
export function permissionModel(codename: string): string {
  const special = specialModels[codename];
  if (special) return special;
  return permissionModels.find((model) => codename.endsWith(`_${model}`)) ?? "system";
}

/** Every codename with its description and model, in the order of `permissionCodenames`. */
export function permissionCatalogue(): TPermissionInfo[] {
  return permissionCodenames.map((codename) => ({ codename, description: describePermission(codename), model: permissionModel(codename) }));
}
