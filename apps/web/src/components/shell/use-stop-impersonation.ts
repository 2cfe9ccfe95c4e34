/** Ends an impersonation through `auth.endImpersonation` and returns the console to the admin. */
import { toClientError } from "../../lib/client-error";
import { useSession } from "../../lib/session";
import { trpc } from "../../lib/trpc";
import { useToast } from "../../ui/toast";

export function useStopImpersonation(): () => (() => Promise<void>) | undefined {
  const session = useSession();
  const toast = useToast();
  const stop = async () => {
    try {
      await trpc.auth.endImpersonation.mutate();
      await session.refresh();
      toast.success("Impersonation ended.");
    } catch (error) {
      toast.error(toClientError(error).message);
    }
  };
  return () => stop;
}
