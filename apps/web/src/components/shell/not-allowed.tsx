/** In place of a page the signed-in person's permissions do not open: the refusal, nothing else. */
import { A } from "@solidjs/router";
import { missingPermissionMessage, trustMessages } from "@roster/core";
import type { TRequirement } from "../../lib/permissions";
import { EmptyState } from "../../ui/empty-state";
import { PageHeader } from "../../ui/page-header";

export function NotAllowed(props: { requirement: TRequirement }) {
  if (props.requirement === "access_admin_console") {
    return (
      <EmptyState
        framed
        title="You do not have access to the admin console"
        description={
          <>
            Ask an administrator for the “access admin console” permission, or open <A href="/me/applications">your applications</A>.
          </>
        }
      />
    );
  }
  return (
    <>
      <PageHeader title="Not allowed" description="Your roles do not open this page. An administrator can grant the permission it needs." />
      <EmptyState
        framed
        title="You cannot open this page"
        description={props.requirement === "superuser" ? trustMessages.superusersOnly : missingPermissionMessage(props.requirement)}
        action={<A href="/">Go to the start page</A>}
      />
    </>
  );
}
