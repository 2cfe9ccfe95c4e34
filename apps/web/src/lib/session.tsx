/**
 * The signed-in person, from `auth.me`. `SessionProvider` wraps the whole app (the login page
 * refreshes it); `RequireSession` wraps the console and sends anonymous visitors to the login.
 */
import { useLocation, useNavigate } from "@solidjs/router";
import { createContext, createEffect, createResource, Match, on, Switch, useContext, type JSX, type Resource } from "solid-js";
import type { Me } from "./api-types";
import { loginPath } from "./safe-next";
import { toClientError, trpc } from "./trpc";

interface SessionValue {
  /** `undefined` while loading, `null` when nobody is signed in. */
  me: Resource<Me | null>;
  refresh: () => Promise<void>;
  /** Asks the server again without showing a loading state; signs out here if the session ended there. */
  recheck: () => Promise<void>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<SessionValue>();
const SignedInContext = createContext<() => Me>();

export function SessionProvider(props: { children: JSX.Element }) {
  const [me, { refetch, mutate }] = createResource(() => trpc.auth.me.query());
  const value: SessionValue = {
    me,
    refresh: async () => {
      await refetch();
    },
    recheck: async () => {
      const current = await trpc.auth.me.query().catch(() => undefined);
      if (current === null) mutate(null);
    },
    logout: async () => {
      await trpc.auth.logout.mutate();
      mutate(null);
    },
  };
  return <SessionContext.Provider value={value}>{props.children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession() needs a <SessionProvider> above it.");
  return session;
}

/** The signed-in person, inside `RequireSession` only. */
export function useSignedIn(): () => Me {
  const me = useContext(SignedInContext);
  if (!me) throw new Error("useSignedIn() needs a <RequireSession> above it.");
  return me;
}

export function RequireSession(props: { children: JSX.Element; loading: JSX.Element; failed: (message: string, retry: () => void) => JSX.Element }) {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  // A session deleted elsewhere (an admin's Sessions tab, deactivation) ends here on the next move.
  createEffect(on(() => location.pathname, () => void session.recheck(), { defer: true }));
  createEffect(() => {
    if (!session.me.loading && !session.me.error && session.me() === null) {
      navigate(loginPath(`${location.pathname}${location.search}`), { replace: true });
    }
  });
  const current = () => (session.me.error ? undefined : session.me());
  return (
    <Switch fallback={props.loading}>
      <Match when={session.me.error !== undefined && session.me.error !== null}>
        {props.failed(toClientError(session.me.error).message, () => void session.refresh())}
      </Match>
      <Match when={current()}>
        {(me) => <SignedInContext.Provider value={me}>{props.children}</SignedInContext.Provider>}
      </Match>
    </Switch>
  );
}
