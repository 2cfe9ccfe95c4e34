import { pageInfo } from "../../../lib/navigation";
import { ComingSoon } from "../../../ui/coming-soon";

export default function SystemSettingsPage() {
  return <ComingSoon {...pageInfo("/system/settings")} />;
}
