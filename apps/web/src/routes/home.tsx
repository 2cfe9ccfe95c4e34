/** `/`: admins land on Users, everyone else on their applications. */
import { Navigate } from "@solidjs/router";
import { homePath } from "../lib/navigation";
import { useSignedIn } from "../lib/session";

export default function Home() {
  const me = useSignedIn();
  return <Navigate href={homePath(me())} />;
}
