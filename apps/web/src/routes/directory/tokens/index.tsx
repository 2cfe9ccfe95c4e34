import { pageInfo } from "../../../lib/navigation";
import { ComingSoon } from "../../../ui/coming-soon";

export default function TokensPage() {
  return <ComingSoon {...pageInfo("/directory/tokens")} />;
}
