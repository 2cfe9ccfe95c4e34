/** `can("delete_user")` for the signed-in person: whether the console offers an action at all. */
import { mayUse } from "./permissions";
import { useSignedIn } from "./session";

export function useCan(): (codename: string) => boolean {
  const me = useSignedIn();
  return (codename) => mayUse(me(), codename);
}
