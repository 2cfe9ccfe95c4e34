import { pageInfo } from "../../../lib/navigation";
import { ComingSoon } from "../../../ui/coming-soon";

export default function FlowsPage() {
  return <ComingSoon {...pageInfo("/flows")} />;
}
