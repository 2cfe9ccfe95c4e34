/** A link into a flow that carries a key: recovery links and invitation links alike (`flows.execute {slug, token}`). */
export function flowLink(publicUrl: URL, flowSlug: string, key: string): string {
  const url = new URL(`/flow/${encodeURIComponent(flowSlug)}`, publicUrl);
  url.searchParams.set("token", key);
  return url.toString();
}
