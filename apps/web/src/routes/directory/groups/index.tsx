import { pageInfo } from "../../../lib/navigation";
import { ComingSoon } from "../../../ui/coming-soon";

export default function GroupsPage() {
  return <ComingSoon {...pageInfo("/directory/groups")} />;
}
