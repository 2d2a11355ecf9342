// The SQLite backend's own part of quote search: how user text becomes an FTS5 MATCH expression.
// (What every backend owes for search is in test/store/contract/quote-search-contract.ts.)
import { describe, expect, it } from "vitest";
import { ftsQuery } from "../../../src/store/sqlite/fts-query.ts";

describe("the FTS5 query", () => {
  it("quotes every token of the MATCH expression", () => {
    expect(ftsQuery('closer "joint exercises" look* AND (x)')).toBe(
      '"closer" "joint exercises" "look"* "AND" "(x)"',
    );
    expect(ftsQuery('say "hi""')).toBe('"say" "hi"');
    expect(ftsQuery("*** ((")).toBeNull();
  });
});
