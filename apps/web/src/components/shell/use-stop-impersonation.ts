/**
 * Ends an impersonation through `auth.endImpersonation`. If the API does not have that procedure
 * yet, the button disappears and the admin is told, instead of failing on every click.
 */
import { createSignal } from "solid-js";
import { isMissingProcedure, toClientError } from "../../lib/client-error";
import { useSession } from "../../lib/session";
import { mutateByPath } from "../../lib/trpc";
import { useToast } from "../../ui/toast";

export function useStopImpersonation(): () => (() => Promise<void>) | undefined {
  const session = useSession();
  const toast = useToast();
  const [available, setAvailable] = createSignal(true);
  const stop = async () => {
    try {
      await mutateByPath("auth.endImpersonation");
      await session.refresh();
      toast.success("Impersonation ended.");
    } catch (error) {
      const failure = toClientError(error);
      if (isMissingProcedure(failure)) {
        setAvailable(false);
        toast.error("This server cannot end impersonation from the console yet. Log out to return to your account.");
      } else {
        toast.error(failure.message);
      }
    }
  };
  return () => (available() ? stop : undefined);
}
