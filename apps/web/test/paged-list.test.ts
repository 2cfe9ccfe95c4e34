import { createRoot, createSignal } from "solid-js";
import { describe, expect, it } from "vitest";
import { createPagedList, type Page } from "../src/lib/create-paged-list";

interface Row {
  id: string;
}

interface Call {
  filter: string;
  cursor: string | null;
  resolve: (page: Page<Row>) => void;
  reject: (error: Error) => void;
}

/** A fetcher whose answers the test hands out, in whatever order it likes. */
function fakeFetcher() {
  const calls: Call[] = [];
  const fetchPage = (filter: string, cursor: string | null) =>
    new Promise<Page<Row>>((resolve, reject) => {
      calls.push({ filter, cursor, resolve, reject });
    });
  const pending = (filter: string, cursor: string | null): Call => {
    const call = calls.find((candidate) => candidate.filter === filter && candidate.cursor === cursor);
    if (!call) throw new Error(`no request for ${filter} from ${String(cursor)}; asked: ${calls.map((c) => `${c.filter}@${String(c.cursor)}`).join(", ")}`);
    return call;
  };
  return { calls, fetchPage, pending };
}

const page = (ids: string[], nextCursor: string | null): Page<Row> => ({ items: ids.map((id) => ({ id })), nextCursor });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup() {
  const fetcher = fakeFetcher();
  return createRoot((dispose) => {
    const [filter, setFilter] = createSignal("active");
    const list = createPagedList(filter, fetcher.fetchPage);
    const ids = () => list.rows().map((row) => row.id);
    return { fetcher, list, ids, setFilter, dispose };
  });
}

describe("createPagedList", () => {
  it("loads the first page, then appends the next one", async () => {
    const { fetcher, list, ids, dispose } = setup();
    await settle();
    fetcher.pending("active", null).resolve(page(["a1", "a2"], "a2"));
    await settle();
    expect(ids()).toEqual(["a1", "a2"]);
    expect(list.hasMore()).toBe(true);

    void list.loadMore();
    expect(list.loadingMore()).toBe(true);
    fetcher.pending("active", "a2").resolve(page(["a3"], null));
    await settle();
    expect(ids()).toEqual(["a1", "a2", "a3"]);
    expect(list.hasMore()).toBe(false);
    expect(list.loadingMore()).toBe(false);
    dispose();
  });

  it("changing the filter while 'Load more' is in flight shows only rows of the new filter", async () => {
    const { fetcher, list, ids, setFilter, dispose } = setup();
    await settle();
    fetcher.pending("active", null).resolve(page(["a1", "a2"], "a2"));
    await settle();

    void list.loadMore();
    setFilter("inactive");
    await settle();
    // The new filter's first page arrives, then the old filter's second page.
    fetcher.pending("inactive", null).resolve(page(["i1"], "i1"));
    await settle();
    fetcher.pending("active", "a2").resolve(page(["a3", "a4"], "a4"));
    await settle();

    expect(ids()).toEqual(["i1"]);
    expect(list.loadingMore()).toBe(false);
    expect(list.hasMore()).toBe(true);

    // "Load more" goes on from the new list's cursor, with the new filter.
    void list.loadMore();
    fetcher.pending("inactive", "i1").resolve(page(["i2"], null));
    await settle();
    expect(ids()).toEqual(["i1", "i2"]);
    dispose();
  });

  it("drops a stale page that arrives before the new filter's first page", async () => {
    const { fetcher, list, ids, setFilter, dispose } = setup();
    await settle();
    fetcher.pending("active", null).resolve(page(["a1"], "a1"));
    await settle();

    void list.loadMore();
    setFilter("inactive");
    await settle();
    fetcher.pending("active", "a1").resolve(page(["a2"], "a2"));
    await settle();
    // Until the new page comes, the old rows stay as they were (faded by the table), not grown.
    expect(ids()).toEqual(["a1"]);
    fetcher.pending("inactive", null).resolve(page(["i1"], null));
    await settle();
    expect(ids()).toEqual(["i1"]);
    expect(list.hasMore()).toBe(false);
    dispose();
  });

  it("a refresh while 'Load more' is in flight drops that page and its error", async () => {
    const { fetcher, list, ids, dispose } = setup();
    await settle();
    fetcher.pending("active", null).resolve(page(["a1"], "a1"));
    await settle();

    void list.loadMore();
    void list.refresh();
    const refreshed = fetcher.calls.filter((call) => call.filter === "active" && call.cursor === null)[1];
    refreshed?.resolve(page(["a0", "a1"], "a1"));
    await settle();
    fetcher.pending("active", "a1").reject(new Error("Server unavailable"));
    await settle();

    expect(ids()).toEqual(["a0", "a1"]);
    expect(list.moreError()).toBeNull();
    expect(list.loadingMore()).toBe(false);
    dispose();
  });
});
