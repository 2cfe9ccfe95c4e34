import { pageInfo } from "../../../lib/navigation";
import { ComingSoon } from "../../../ui/coming-soon";

export default function EventLogsPage() {
  return <ComingSoon {...pageInfo("/events/logs")} />;
}
