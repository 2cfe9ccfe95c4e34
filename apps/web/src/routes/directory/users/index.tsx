import { pageInfo } from "../../../lib/navigation";
import { ComingSoon } from "../../../ui/coming-soon";

export default function UsersPage() {
  return <ComingSoon {...pageInfo("/directory/users")} />;
}
