import { pageInfo } from "../../../lib/navigation";
import { ComingSoon } from "../../../ui/coming-soon";

export default function RolesPage() {
  return <ComingSoon {...pageInfo("/directory/roles")} />;
}
