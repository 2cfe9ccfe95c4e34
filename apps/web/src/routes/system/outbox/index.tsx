import { pageInfo } from "../../../lib/navigation";
import { ComingSoon } from "../../../ui/coming-soon";

export default function OutboxPage() {
  return <ComingSoon {...pageInfo("/system/outbox")} />;
}
