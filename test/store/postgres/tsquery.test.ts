// The tsquery builder: user text becomes tokens before it reaches PostgreSQL's parser. The search
// scenarios themselves run on PostgreSQL in the contract suite (test/store/contract/).
import { expect, it } from "vitest";
import { tsQuery } from "../../../src/store/postgres/tsquery.ts";

it("builds the tsquery from tokens: phrases with <->, prefixes with :*, operators as separators", () => {
  expect(tsQuery('closer "joint exercises" look* AND (x)')).toBe(
    "'closer' & ('joint' <-> 'exercises') & 'look':* & 'and' & 'x'",
  );
  expect(tsQuery("U.S. & | ! <-> 'a':*")).toBe("('u' <-> 's') & 'a'");
  expect(tsQuery('say "hi""')).toBe("'say' & 'hi'");
  expect(tsQuery("*** ((")).toBeNull();
});
