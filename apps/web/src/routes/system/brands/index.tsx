import { pageInfo } from "../../../lib/navigation";
import { ComingSoon } from "../../../ui/coming-soon";

export default function BrandsPage() {
  return <ComingSoon {...pageInfo("/system/brands")} />;
}
