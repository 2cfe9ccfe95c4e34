import { pageInfo } from "../../../lib/navigation";
import { ComingSoon } from "../../../ui/coming-soon";

export default function MySettingsPage() {
  return <ComingSoon {...pageInfo("/me/settings")} />;
}
