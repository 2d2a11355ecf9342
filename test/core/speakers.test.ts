// Speaker resolution over mentions (src/core/extract/speakers.ts), on made-up news sentences: the
// head of the subject, titles and appositions, "X of Y", pronouns to the nearest compatible
// antecedent, described speakers kept unnamed, and never a guess.
import { describe, expect, it } from "vitest";
import { extractBrief } from "../../src/core/brief/extract-brief.ts";
import type { Speaker } from "../../src/core/schemas.ts";
import { textDocument } from "../support/text-document.ts";

const doc = textDocument;
const speakers = (body: string): Array<Speaker | null> =>
  extractBrief(doc(body)).quotes.map((q) => q.speaker);
const names = (body: string): Array<string | null> => speakers(body).map((s) => s?.name ?? null);

describe("the head of the subject", () => {
  it("gives a relative clause's quote to the name it follows", () => {
    expect(
      names(
        'Tom Doe spoke on Monday. On Thursday, Jane Roe scored her first endorsement, from Tom Doe, who declared in the hall, "It is time for the party to unite behind her."',
      ),
    ).toEqual(["Tom Doe"]);
  });

  it("takes the subject of the clause the quote is in, after 'when' or a dash", () => {
    expect(
      names(
        'Tom Doe spoke in Ohio. Tom Doe is riding high after a solid showing on Thursday, when several pundits called him "the calmest voice on the stage tonight."',
      ),
    ).not.toContain("Tom Doe");
    expect(
      names(
        'Jane Roe wants the files made public — even the ones the Harbor Authority now says are "too sensitive for release."',
      ),
    ).toEqual(["Harbor Authority"]);
  });

  it("takes the name that opens the clause with its own verb, not the object after it", () => {
    expect(
      names(
        'Jane Roe met Tom Doe on Monday. Jane Roe hammered Tom Doe, calling him "the weakest candidate this state has ever seen."',
      ),
    ).toEqual(["Jane Roe"]);
    // An irregular past tense is a verb too ("cut into"), and "Then" is no part of a pronoun subject.
    expect(
      names(
        'Jane Roe met Tom Doe on Monday. Jane Roe cut into Tom Doe, calling him "the weakest candidate this state has ever seen."',
      ),
    ).toEqual(["Jane Roe"]);
    expect(
      names(
        'Jane Roe met Tom Doe on Monday. Then she went after Tom Doe, calling him "the weakest candidate this state has ever seen."',
      ),
    ).toEqual(["Jane Roe"]);
    // A relative clause after the object is the object's: "who has vowed …" is Doe's.
    expect(
      names(
        'Tom Doe spoke on Friday. Jane Roe praised Tom Doe, who has vowed to fight the plan because of its "cost to every family in the county."',
      ),
    ).toEqual(["Tom Doe"]);
  });

  it("does not give the words of someone's lawyers to the client", () => {
    expect(
      names(
        'Jane Roe lost the appeal in May. Attorneys for Jane Roe argued on Monday that the ruling was "wrong on the facts and wrong on the law."',
      ),
    ).toEqual(["Attorneys for Jane Roe"]);
    expect(
      names(
        'Jane Roe lost the appeal in May. Jane Roe’s lawyers cited Harbor Court precedent to argue that the ruling was "wrong on the facts and wrong on the law."',
      ),
    ).not.toContain("Jane Roe");
  });

  it("takes the name a titled subject ends on, with the title as its role", () => {
    const [s] = speakers(
      'Alliance Secretary-General Jane Roe met the envoys. Alliance Secretary-General Jane Roe said: "We will not move our troops this year."',
    );
    expect(s).toMatchObject({ name: "Jane Roe", type: "person", named: true });
    expect(s?.role).toMatch(/Secretary-General/);
  });

  it("leaves a courtesy title closing the role to the name ('lead author Dr. Jane Roe')", () => {
    const [s] = speakers(
      '"We were shocked by the depth," lead author Dr. Jane Roe of the University of Dunmore said.',
    );
    expect(s).toMatchObject({ name: "Jane Roe", role: "lead author" });
  });

  it("takes as the role only the title before the name, not a clause that reports on it", () => {
    const [s] = speakers(
      'Floods hit Dunmore. State radio reported that President Jane Roe had called the floods "a national tragedy."',
    );
    expect(s).toMatchObject({ name: "Jane Roe", role: "President" });
  });

  it("gives no role for a courtesy title alone ('Ms. Roe said')", () => {
    const [s] = speakers('Jane Roe is the mayor. Ms. Roe said "we will rebuild the bridge."');
    expect(s).toMatchObject({ name: "Jane Roe", named: true });
    expect(s?.role).toBeUndefined();
  });

  it("gives no role for words before the name that name nothing one is ('Texas-based')", () => {
    const [s] = speakers('Floods hit Dunmore. Texas-based Ann Roe said "the water came fast."');
    expect(s).toMatchObject({ name: "Ann Roe", named: true });
    expect(s?.role).toBeUndefined();
  });

  it("reads a subject before an auxiliary 'had' ('the president had called')", () => {
    expect(names('Floods hit Dunmore. The president had called the floods "a national tragedy."')).toEqual([
      "The president",
    ]);
  });

  it("takes the person named right after a possessive organisation", () => {
    expect(
      names(
        'The Daily Herald’s Greg Dolan offered a defence of the ranking, saying it is important to "know who broke ranks and never forget it."',
      ),
    ).toEqual(["Greg Dolan"]);
  });

  it("takes the person before 'of', not the organisation after it", () => {
    expect(
      names(
        'Peter Vance of the Harbour Fishing Association spoke at the hearing. "Our boats cannot sail in this weather," Peter Vance of the Harbour Fishing Association said.',
      ),
    ).toEqual(["Peter Vance"]);
  });

  it("takes the name in apposition to a described subject", () => {
    expect(
      names(
        'The deputy mayor, Laura Finch, opened the bridge. The deputy mayor, Laura Finch, said "the bridge will carry ten thousand cars a day."',
      ),
    ).toEqual(["Laura Finch"]);
  });

  it("reads past an age or an apposition between the name and the verb", () => {
    expect(
      names(
        'Martin Kowalski, 70, runs the bakery. "We have baked bread here since the war," Martin Kowalski, 70, told reporters.',
      ),
    ).toEqual(["Martin Kowalski"]);
  });

  it("reads a title abbreviation after an inverted verb", () => {
    expect(
      names(
        'Sen. Ruth Calder voted no. "This bill spends money we do not have," said Sen. Ruth Calder of Maine.',
      ),
    ).toEqual(["Ruth Calder"]);
  });
});

describe("described speakers", () => {
  it("resolves 'the former president' only to someone the text calls former", () => {
    const quote = '"We will win this state again and again," the former president said.';
    expect(speakers(`President Tom Doe spoke first on Monday. ${quote}`)).toEqual([
      { name: "the former president", type: "person", named: false },
    ]);
    expect(names(`Former President Tom Doe spoke first on Monday. ${quote}`)).toEqual(["Tom Doe"]);
  });

  it("keeps a spokesperson for someone as an unnamed speaker, not as the one they speak for", () => {
    const [s] = speakers(
      'Governor Paul Ames signed the order. "The governor has no plans to change course," a spokesman for Governor Paul Ames said.',
    );
    expect(s).toEqual({ name: "a spokesman for Governor Paul Ames", type: "person", named: false });
  });

  it("reads 'the official' right after a described official's quote as that official, in full", () => {
    const [first, second] = speakers(
      'A senior State Department official told reporters the talks were "productive but difficult." "We still have much work ahead," said the official, who was not authorised to speak.',
    );
    expect(first).toEqual({ name: "A senior State Department official", type: "person", named: false });
    expect(second).toEqual(first);
  });

  it("keeps 'the official' unnamed when nobody was given that title", () => {
    const [s] = speakers(
      'Mary Olsen met the delegation on Monday. "We saw that younger voters are starting to shift their views," the official said.',
    );
    expect(s).toEqual({ name: "the official", type: "person", named: false });
  });

  it("keeps police and authorities unnamed, before or after the quote", () => {
    expect(
      names('The fire spread overnight. Police said "the blaze is now under control." Crews stayed on.'),
    ).toEqual(["Police"]);
    expect(names('The fire spread overnight. "The blaze is under control," authorities said.')).toEqual([
      "authorities",
    ]);
  });

  it("keeps an occupation with a describing word unnamed ('the retired surgeon')", () => {
    const body =
      'Alan Brooks ran in 2016. The retired surgeon gave no details, saying "we are changing how the team works."';
    expect(names(body)).toEqual(["The retired surgeon"]);
  });

  it("resolves 'the senator' to the person the text gave that title", () => {
    expect(
      names(
        'Senator Alan Brooks toured the plant with Mary Olsen. "These jobs are coming back," the senator said.',
      ),
    ).toEqual(["Alan Brooks"]);
  });

  it("resolves 'the senator' and 'the governor' through AP's abbreviated titles ('Sen.', 'Gov.')", () => {
    expect(
      names(
        'Sen. Alan Brooks toured the plant with Gov. Mary Olsen. "These jobs are coming back," the senator said. "The state will help," the governor said.',
      ),
    ).toEqual(["Alan Brooks", "Mary Olsen"]);
  });

  it("keeps 'the Florida senator' unnamed when the senator in view is placed elsewhere", () => {
    expect(
      names(
        'Mark Ruiz campaigned with Sen. Joan Ebert, R-Iowa. "We will see what it brings," the Florida senator told reporters.',
      ),
    ).toEqual(["the Florida senator"]);
  });

  it("resolves 'the senator' to the person an apposition gave that title, however far back", () => {
    const body =
      'Alan Brooks, a senator from Ohio, toured the plant. Mary Olsen showed him round. The line was idle. Workers waited. Orders fell. Trucks left. The senator wrote that "these jobs are coming back."';
    expect(names(body)).toEqual(["Alan Brooks"]);
  });

  it("resolves 'the former governor' to the person an apposition called so", () => {
    const body =
      'Mary Olsen, the former governor of Ohio, toured the plant. Alan Brooks showed her round. The line was idle. Workers waited. Orders fell. Trucks left. The former governor said "these jobs are coming back."';
    expect(names(body)).toEqual(["Mary Olsen"]);
  });

  it("takes a title from the words of its own name only, not from a name before ('Gov. Roe accused Doe')", () => {
    const body =
      'Ohio Gov. Mary Olsen accused Alan Brooks of dodging the vote. "He never answered the question," the Ohio governor said.';
    expect(names(body)).toEqual(["Mary Olsen"]);
  });

  it("resolves a title with several words before it when each is seen beside the name", () => {
    const body =
      'Republican presidential candidate Mary Olsen spoke in Dunmore, where Alan Brooks spoke too. The Republican presidential candidate said "we will win."';
    expect(names(body)).toEqual(["Mary Olsen"]);
  });

  it("keeps 'the health minister' unnamed when the minister named has another portfolio", () => {
    const body =
      'Aviation Minister Alan Brooks visited the site. The health minister said "the injured were taken to hospital."';
    expect(names(body)).toEqual(["The health minister"]);
  });

  it("keeps 'the senator' unnamed when the senator named is far back among others", () => {
    const body =
      'Sen. Joan Ebert and Sen. Carl Moss voted no. Mark Ruiz spoke next. Paul Dane agreed with him. Lena Ortiz did not. The vote was close. Then Tom Hart spoke. "Fixing the ports is a question of economic survival," the senator says.';
    expect(names(body)).toEqual(["the senator"]);
  });

  it("resolves a title after an age ('the 52-year-old prosecutor') to the one who holds it", () => {
    const body =
      'Prosecutor Alan Kemp filed the charges. Diane Ross spoke for the defence. "We will prove every count," the 52-year-old prosecutor told reporters.';
    expect(names(body)).toEqual(["Alan Kemp"]);
  });

  it("resolves a local office ('the superintendent', 'the sheriff') to the one who holds it", () => {
    const body =
      'Superintendent Laura Kim opened the meeting. Board member James Ortiz spoke. "We will vote next month," the superintendent said. Sheriff Dan Price arrived late. "The roads are closed," the sheriff said.';
    expect(names(body)).toEqual(["Laura Kim", "Dan Price"]);
  });

  it("resolves 'the governor' far back when the text gives no one else that title", () => {
    const body =
      'Gov. Kay Moss signed the bill. Tom Hart, a state representative, sponsored it. The bill bans most cases. Groups will sue. The governor tweeted, "Today I signed the bill into law for every family."';
    expect(names(body)).toEqual(["Kay Moss"]);
  });

  it("gives a statement released by someone to them", () => {
    expect(
      names(
        'Clara Mendes leads the union. According to a short statement released by Clara Mendes, the strike "will go on until the wages are paid."',
      ),
    ).toEqual(["Clara Mendes"]);
  });

  it("does not give a document to the outlet that only saw or obtained it", () => {
    const speakers = names(
      'According to a port authority memo seen by the Harbor Times, losses have reached "several million a day." A draft contract, obtained by The Ledger, requires staff "never to speak to the press about the owners."',
    );
    expect(speakers).toHaveLength(2);
    expect(speakers).not.toContain("Harbor Times");
    expect(speakers).not.toContain("Ledger");
  });

  it("gives a letter to the body that sent it, not the one it was sent to", () => {
    const body =
      'In the letter to Acme Corp, the Workers Union\'s lawyer Jane Roe said "we will win." The letter stressed "the code is fair."';
    expect(names(body)).toEqual(["Jane Roe", "Workers Union"]);
  });

  it("keeps a body's ampersand in an unnamed speaker's description", () => {
    expect(names('He worked there for years. "We are shocked," one P&G employee told the station.')).toEqual([
      "one P&G employee",
    ]);
  });

  it("reads the described subject of an 'as' clause that brings the quote in", () => {
    expect(
      names(
        'Some workers felt betrayed. As one employee told the paper, "She wants us all to be afraid of her."',
      ),
    ).toEqual(["one employee"]);
  });

  it("reads 'another' alone as one more of the people the unnamed speaker just quoted stands for", () => {
    const body =
      '"The plan is cute," one user wrote.\n\nAnother said, "I hope it wins."\n\n"Yet another loss," another supporter wrote.\n\n"Watch out," tweeted another.';
    expect(names(body)).toEqual(["one user", "another user", "another supporter", "another supporter"]);
    // With no one unnamed quoted before, "another" is no one.
    expect(names('Planes wrote messages over the parade. "Anybody but Roe," read another.')).toEqual([null]);
  });

  it("reads a sentence in parentheses from its first word", () => {
    expect(
      names(
        'Will Jane Roe stay in the party? (On Wednesday, Roe\'s campaign manager said he expects her to stay "for life.")',
      ),
    ).toEqual(["Roe's campaign manager"]);
  });

  it("never makes a speaker of a noun phrase that cannot speak", () => {
    expect(
      names('The plan said little about money. The plan said "the costs are shared by everyone."'),
    ).toEqual([null]);
  });
});

describe("pronouns", () => {
  it("takes a person named right before the verb over a pronoun opening the clause", () => {
    expect(
      names(
        'Jane Roe spoke to students of the Hillcrest Academy on Friday. It is a reminder, Roe said, that "every child deserves a chance to learn."',
      ),
    ).toEqual(["Jane Roe"]);
  });

  it("does not read a pronoun inside an earlier quote as the subject", () => {
    expect(
      names(
        'The Hillcrest Academy signed the deal on Friday. "It is not a normal contract for a school, but it is not unusual either," said Tom Weaver, who added that there are "few surprises in a small town."',
      ),
    ).toEqual(["Tom Weaver", "Tom Weaver"]);
  });

  it("goes to the nearest person of the pronoun's gender, not the first one named", () => {
    expect(
      names(
        'With her husband, former President Tom Hale, beside her, Susan Hale thanked the crowd. "This is your campaign and your win," she said.',
      ),
    ).toEqual(["Susan Hale"]);
    expect(
      names(
        'Susan Hale spoke after her husband, Tom Hale, took questions. "We will keep the plant open," he said.',
      ),
    ).toEqual(["Tom Hale"]);
  });

  it("follows a sentence whose subject is the same pronoun back to its antecedent", () => {
    expect(
      names(
        'Mark Dunn met the party leaders on Friday. Asked who should lead, he named Paul Ortega.\n\n"We will not always agree," he said.',
      ),
    ).toEqual(["Mark Dunn"]);
  });

  it("prefers the subject of the nearest sentence to a possessor in it", () => {
    expect(
      names(
        'Tom Barker\'s remarks were aimed at his base, said Ray Fuller, a professor of media studies.\n\n"Each candidate is talking to a base," he said.',
      ),
    ).toEqual(["Ray Fuller"]);
  });

  it("reads 'Don' as a given name, not a title", () => {
    expect(
      names(
        'The council will vote. Party spokesman Don Hadley would not say when. "I have no news yet," he said.',
      ),
    ).toEqual(["Don Hadley"]);
  });

  it("carries a described speaker to a following pronoun when nobody was named since", () => {
    const out = speakers(
      'Robert Fensome owns the shop. "We lost everything," said the woman, who did not want to be named.\n\n"Too much hate," she said.',
    );
    expect(out.map((s) => s?.name ?? null)).toEqual(["the woman", "the woman"]);
    expect(out.every((s) => s?.named === false)).toBe(true);
  });

  it("does not take a capitalised pronoun after a closed quote as that quote's speaker", () => {
    expect(
      names(
        'Anna Weiss spoke first. Anna Weiss said: "We are ready for the vote." He added that the count would start at noon.',
      ),
    ).toEqual(["Anna Weiss"]);
  });
});

describe("attribution clauses after the quote", () => {
  it("does not read a coordinated clause after the quote as its attribution", () => {
    expect(
      names(
        'Jane Roe and Tom Doe spoke on Monday. Jane Roe said she would make the plan "work for every family in the county," for instance, and Tom Doe vowed to "cut the tax in half by next year."',
      ),
    ).toEqual(["Jane Roe", "Tom Doe"]);
  });

  it("reads past commas, state abbreviations and less common verbs of saying", () => {
    expect(
      names(
        'Glenn Pardue sat on the panel. "Nonstop chaos!" Rep. Glenn Pardue, R-Pa., said of the week.\n\n"What a week this has been," mused talk-show host Dana Whitfield.\n\n"We stay," Carl Moss, the group\'s director, said in a statement.',
      ),
    ).toEqual(["Glenn Pardue", "Dana Whitfield", "Carl Moss"]);
  });

  it("takes a person named right before the verb after another name as a parenthetical speaker", () => {
    expect(
      names(
        'Tom Green spoke later. Mark Trent, Ana Sorensen said, has built a "weird and rule-bending bubble."',
      ),
    ).toEqual(["Ana Sorensen"]);
  });

  it("takes the surname of a person named in full even where the text uses it in lower case", () => {
    expect(names('Michelle Baker hired a baker for the party. "I never wanted this," Baker said.')).toEqual([
      "Michelle Baker",
    ]);
  });

  it("finds the verb after a long apposition", () => {
    expect(
      names(
        '"These groups have been preparing the ground for voters," Dan Mercado, the longtime director of the state survey center at the university in the capital, said.',
      ),
    ).toEqual(["Dan Mercado"]);
  });

  it("carries the speaker to a quote opened by a conjunction in the next sentence", () => {
    expect(
      names(
        'Ron Ash spoke outside. "I do not think it is do or die," Ron Ash said outside the building. But "the candidate is stronger with the endorsement of the speaker."',
      ),
    ).toEqual(["Ron Ash", "Ron Ash"]);
  });

  it("reads past a phrase of place or medium after an inverted verb's subject", () => {
    expect(
      names(
        '"The rules have failed," said UFW executive director Sam Kettle in a statement.\n\n"No one asked us," said party spokesman Tom Wells on Twitter.',
      ),
    ).toEqual(["Sam Kettle", "Tom Wells"]);
  });

  it("takes the next sentence as the attribution of a question, never of a statement", () => {
    expect(
      names('Tom Reyes spoke last. "Why would anyone vote for that?" Tom Reyes said at the rally.'),
    ).toEqual(["Tom Reyes"]);
    expect(
      names('Ada Kim spoke. "The deal is done." The latest report said that the deal would cost more.'),
    ).toEqual([null]);
  });
});

describe("later quotes of one sentence", () => {
  it("keeps the speaker across a clause with a pronoun or a place, but not across another's verb", () => {
    expect(
      names(
        'Nora Vance said there is "no question at all" that he is "the strongest candidate of the two" in Ohio.',
      ),
    ).toEqual(["Nora Vance", "Nora Vance"]);
    expect(
      names(
        'Paul Reed called the deal "a serious mistake for the town," while Mayor Ida Lund described it as "a fair compromise for all."',
      ),
    ).toEqual(["Paul Reed", "Ida Lund"]);
  });
});

describe("quotes without a verb of saying", () => {
  it("gives a quote to the named subject that opens its sentence, past a fronted phrase", () => {
    expect(
      names(
        'At one point, Tom Garvey coached his rival to "breathe in and breathe out slowly." Last fall, Ana Diaz mocked the two rivals as "friends only when the cameras are on."',
      ),
    ).toEqual(["Tom Garvey", "Ana Diaz"]);
  });

  it("gives a quote to the person a subject pronoun opening its sentence refers to", () => {
    expect(
      names(
        'Tom Reyes met the press. And he anticipated that the hardest task would be "sorting out the huge range of troubles left behind."',
      ),
    ).toEqual(["Tom Reyes"]);
  });

  it("leaves a short quoted term after a subject's verb alone", () => {
    expect(names('The young voters are skeptical of the "sharing economy" their generation built.')).toEqual(
      [],
    );
  });
});

describe("a quote after a speaker's quote, with words of its own after it", () => {
  const speakerOf = (body: string, words: string) =>
    extractBrief(doc(body)).quotes.find((q) => q.text.includes(words))?.speaker?.name ?? null;

  it("goes on with that speaker when the words after it name no one", () => {
    const body =
      '"Many voters keep quiet about it," said Kelly Brannan, a pollster who worked for Sen. Ted Lomax in the spring but lately signed on with the Dwyer campaign. "They like his stand on policy, but they are not there yet" to back him as a candidate.';
    expect(speakerOf(body, "not there yet")).toBe("Kelly Brannan");
  });

  it("does not when they name someone", () => {
    const body =
      '"Many voters keep quiet about it," said Kelly Brannan, a pollster who worked for Sen. Ted Lomax in the spring but lately signed on with the Dwyer campaign. "They like his stand on policy, but they are not there yet" was the view of Mark Ruiz.';
    expect(speakerOf(body, "not there yet")).not.toBe("Kelly Brannan");
  });

  it("does not in the next paragraph", () => {
    const body =
      '"Many voters keep quiet about it," said Kelly Brannan, a pollster who joined the campaign.\n\nThe poll closed. "They like his stand on policy, but they are not there yet" to back him as a candidate.';
    expect(speakerOf(body, "not there yet")).toBeNull();
  });
});

describe("quotes introduced across a paragraph", () => {
  it("gives a quote that opens a paragraph to the subject of a paragraph ending with a colon", () => {
    expect(
      names(
        'Dr. Helen Ward wrote to the board on Monday. Dr. Helen Ward stated:\n\n"The new rules go far beyond what the law allows and must be withdrawn."',
      ),
    ).toEqual(["Helen Ward"]);
  });

  it("does not take a name used as a modifier for the antecedent of a pronoun", () => {
    expect(
      names(
        'Hillary Clinton spoke in Ohio. Clinton spokeswoman Jennifer Ostrow answered the charge. "Nice try, but it is not true," she said.',
      ),
    ).toEqual(["Jennifer Ostrow"]);
  });
});

describe("the role before a speaker's name (session 39)", () => {
  const roleOf = (body: string) => speakers(body)[0]?.role;

  it("passes over 'Professor' to the role before it, and keeps a role the shape of its noun tells", () => {
    expect(roleOf('"The decline is fast," said lead researcher Professor Nadia Khan.')).toBe(
      "lead researcher",
    );
    expect(roleOf('"We wanted to know," said study co-author Tak Wong.')).toBe("study co-author");
  });

  it("is no age alone, nor a noun of anyone", () => {
    expect(
      roleOf('71-year-old Alma Greer, who founded the institute, said she "has shown her commitment".'),
    ).not.toBe("71-year-old");
    expect(
      roleOf('The man who beat him, Oleksandr Petrenko, posted a message, calling Webb "a true warrior".'),
    ).toBeUndefined();
  });
});

describe("'while' and a participle inside a relative clause before the verb of saying", () => {
  it("opens no clause of its own: the name before the relative clause speaks", () => {
    expect(
      names(
        'Ciara Nolan won. Nolan, 34, who wrote the book while working nights in a hotel, said she was "completely stunned".',
      ),
    ).toEqual(["Ciara Nolan"]);
  });

  it("still opens a fronted phrase after a show's quoted title", () => {
    expect(
      names(
        'Tuesday on the radio show "Morning With Jo Hill," while discussing a tweet by presumptive Unity Party nominee Jo Doe featuring an image of Ann Roe, money and a star, Speaker of the House Rep. Kit Ryle (U-WI) said "such images are out of place in a campaign."',
      ),
    ).toEqual(["Kit Ryle"]);
  });
});
