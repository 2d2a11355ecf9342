// Verbs of saying used to attribute quotes in news text, in the forms news uses (past tense,
// present, participles). Source: the reporting verbs of quote-attribution studies (PARC 3.0's
// attribution cues) and common style. General knowledge. The verbs of attacking, defending and
// portraying (`blasted the plan as "…"`, `portrayed him as "…"`) quote their object's words too;
// those whose bare form is mostly a noun (attack, credit, offer, question) come in their verb
// forms only.

const BASES = `say said says saying|tell told tells telling|state stated states stating|declare declared declares declaring|
add added adds adding|note noted notes noting|write wrote writes writing written|tweet tweeted tweets tweeting|
post posted posts posting|announce announced announces announcing|explain explained explains explaining|
claim claimed claims claiming|argue argued argues arguing|insist insisted insists insisting|
warn warned warns warning|ask asked asks asking|reply replied replies replying|respond responded responds responding|
answer answered answers answering|comment commented comments commenting|remark remarked remarks remarking|
observe observed observes observing|continue continued continues continuing|conclude concluded concludes concluding|
acknowledge acknowledged acknowledges acknowledging|admit admitted admits admitting|confirm confirmed confirms confirming|
deny denied denies denying|describe described describes describing|call called calls calling|
urge urged urges urging|assert asserted asserts asserting|maintain maintained maintains maintaining|
suggest suggested suggests suggesting|recall recalled recalls recalling|report reported reports reporting|
reveal revealed reveals revealing|promise promised promises promising|vow vowed vows vowing|
pledge pledged pledges pledging|predict predicted predicts predicting|complain complained complains complaining|
criticise criticised criticises criticising|criticize criticized criticizes criticizing|
condemn condemned condemns condemning|praise praised praises praising|thank thanked thanks thanking|
laud lauded lauds lauding|hail hailed hails hailing|commend commended commends commending|
cry cried cries crying|shout shouted shouts shouting|yell yelled yells yelling|scream screamed screams screaming|
chant chanted chants chanting|whisper whispered whispers whispering|exclaim exclaimed exclaims exclaiming|
mention mentioned mentions mentioning|emphasise emphasised emphasises emphasising|
emphasize emphasized emphasizes emphasizing|stress stressed stresses stressing|
point pointed points pointing|quote quoted quotes quoting|read reads|joke joked jokes joking|
recount recounted recounts recounting|testify testified testifies testifying|
tell told|inform informed informs informing|talked talks talking|agree agreed agrees agreeing|
concede conceded concedes conceding|contend contended contends contending|
allege alleged alleges alleging|accuse accused accuses accusing|demand demanded demands demanding|
express expressed expresses expressing|indicate indicated indicates indicating|
elaborate elaborated elaborates elaborating|opine opined opines opining|muse mused muses musing|
retort retorted retorts retorting|counter countered counters countering|
dismiss dismissed dismisses dismissing|label labelled labeled labels labelling labeling|
brand branded brands branding|term termed terms terming|dub dubbed dubs dubbing|
characterise characterised characterises characterising|characterize characterized characterizes characterizing|
proclaim proclaimed proclaims proclaiming|affirm affirmed affirms affirming|reiterate reiterated reiterates reiterating|
underline underlined underlines underlining|highlight highlighted highlights highlighting|
assure assured assures assuring|reassure reassured reassures reassuring|
welcome welcomed welcomes welcoming|tout touted touts touting|lament lamented laments lamenting|
wonder wondered wonders wondering|believe believed believes believing|think thought thinks thinking|
find found finds|rule ruled rules ruling|order ordered orders ordering|decide decided decides deciding|
advise advised advises advising|caution cautioned cautions cautioning|appeal appealed appeals appealing|
plead pleaded pleads pleading|request requested requests requesting|apologise apologised apologises apologising|
apologize apologized apologizes apologizing|charge charged charges|hail hailed hails hailing|
boast boasted boasts boasting|recommend recommended recommends recommending|summarise summarised summarizes summarized|
refer referred refers referring|remember remembered remembers remembering|
blasted blasting|slam slammed slams slamming|denounce denounced denounces denouncing|decry decried decries decrying|
mock mocked mocks mocking|ridicule ridiculed ridicules ridiculing|lambaste lambasted lambastes lambasting|
scold scolded scolds scolding|chide chided chides chiding|blame blamed blames blaming|cite cited cites citing|
invoke invoked invokes invoking|portray portrayed portrays portraying|imply implied implies implying|
protested protesting|reject rejected rejects rejecting|vented venting|pronounce pronounced pronounces pronouncing|
herald heralded heralds heralding|questioned questioning|defend defended defends defending|attacked attacking|
credited crediting|offered offering|identified identifying|barked|react reacted reacts reacting|
quip quipped quips quipping|fumed fuming|beamed|snapped|scoff scoffed scoffs scoffing|sighed|gushed|boomed|
bellowed|chimed|growled|grumble grumbled grumbles grumbling|marveled marvelled|raved|ranted|thundered|huffed|
exhort exhorted exhorts exhorting|retaliate retaliated retaliates retaliating|interject interjected interjects interjecting|
interrupted|sniped|grouse groused grouses grousing|gripe griped gripes griping|sing sang sings singing sung|
recite recited recites reciting|rapped raps rapping|propose proposed proposes proposing|
liken likened likens likening|compare compared compares comparing|equate equated equates equating`;

/** Every form of every reporting verb, lower case. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  BASES.split(/[|\s]+/)
    .map((s) => s.trim())
    .filter(Boolean),
);

/** The strongest, unambiguous verbs of saying: enough on their own to attribute a quote. */
export const SAYING_VERBS: ReadonlySet<string> = new Set(
  `say said says saying tell told tells telling state stated states declare declared declares add added adds
adding write wrote writes tweet tweeted tweets posted announce announced announces explain explained explains
claim claimed claims argue argued argues insist insisted insists warn warned warns ask asked asks reply replied
replies respond responded responds answered answers answering comment commented comments remark remarked remarks observe observed continued
continues concluded concludes acknowledged admitted confirmed denied urged asserted suggested recalled cried
shouted yelled exclaimed stressed quoted joked testified noted notes noting added describing described called
calling wrote writing stating declaring explaining claiming arguing insisting warning asking replying responding
commenting observing concluding acknowledging admitting confirming urging asserting suggesting recalling
stressing emphasised emphasized emphasising emphasizing predicted promised vowed pledged labelled labeled
branded termed dubbed mentioned countered retorted lamented reiterated affirmed proclaimed tweeting posting
reads read mused quipped fumed beamed snapped scoffed sighed gushed boomed bellowed chimed growled grumbled
marveled marvelled raved ranted thundered huffed conceded cautioned reported opined exhorted remembered assured
observes acknowledges admits confirms denies asserts suggests recalls reveals concedes contends retorts counters
agrees agreed muses jokes recounts remembers reacted opines quips retaliated interjected interrupted
sniped groused griped vented wondered elaborated chanted chants recall admit confirm acknowledge concede`
    .split(/\s+/)
    .filter(Boolean),
);
