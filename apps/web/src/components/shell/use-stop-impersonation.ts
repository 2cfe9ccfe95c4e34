/** Ends an impersonation through `auth.endImpersonation` and returns the console to the admin. */
import { useNavigate } from "@solidjs/router";
import { toClientError } from "../../lib/client-error";
import { takeReturnPath } from "../../lib/impersonation-return";
import { useSession } from "../../lib/session";
import { trpc } from "../../lib/trpc";
import { useToast } from "../../ui/toast";

export function useStopImpersonation(): () => (() => Promise<void>) | undefined {
  const session = useSession();
  const toast = useToast();
  const navigate = useNavigate();
  const stop = async () => {
    try {
      await trpc.auth.endImpersonation.mutate();
      await session.refresh();
      navigate(takeReturnPath("/directory/users"), { replace: true });
      toast.success("Impersonation ended.");
    } catch (error) {
      toast.error(toClientError(error).message);
    }
  };
  return () => stop;
}
