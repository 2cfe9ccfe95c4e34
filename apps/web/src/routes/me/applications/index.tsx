import { pageInfo } from "../../../lib/navigation";
import { ComingSoon } from "../../../ui/coming-soon";

export default function MyApplicationsPage() {
  return <ComingSoon {...pageInfo("/me/applications")} />;
}
