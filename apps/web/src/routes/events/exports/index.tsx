import { pageInfo } from "../../../lib/navigation";
import { ComingSoon } from "../../../ui/coming-soon";

export default function DataExportsPage() {
  return <ComingSoon {...pageInfo("/events/exports")} />;
}
