import { pageInfo } from "../../../lib/navigation";
import { ComingSoon } from "../../../ui/coming-soon";

export default function ApplicationsPage() {
  return <ComingSoon {...pageInfo("/applications")} />;
}
