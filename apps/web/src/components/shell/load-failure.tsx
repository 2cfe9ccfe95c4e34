/**
 * A detail page whose object could not be loaded: the not-found page when the address names
 * nothing (an unknown id, or one that is not an id), else the backend's message.
 */
import type { ClientError } from "../../lib/client-error";
import { EmptyState } from "../../ui/empty-state";
import { PageHeader } from "../../ui/page-header";
import { NotFoundPage } from "./not-found-page";

export function namesNothing(error: ClientError): boolean {
  return error.code === "NOT_FOUND" || (error.code === "BAD_REQUEST" && "id" in error.fieldErrors);
}

export function LoadFailure(props: { error: ClientError; noun: string }) {
  if (namesNothing(props.error)) return <NotFoundPage />;
  return (
    <>
      <PageHeader title={`${props.noun[0]?.toUpperCase() ?? ""}${props.noun.slice(1)}`} />
      <EmptyState framed title={`The ${props.noun} could not be loaded`} description={props.error.message} />
    </>
  );
}
