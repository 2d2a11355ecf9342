// Common nouns that describe who speaks when the text gives no name ("a campaign aide said", "the
// ministry said", "the report says"). General English knowledge of news attribution (the kinds of
// sources style guides discuss: officials, spokespeople, documents), not taken from any article.

/** Nouns for a person or people: "the official", "a spokeswoman", "two aides". */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  `child children kid kids parent parents official officials counsel spokesman spokeswoman spokesperson spokespeople representative aide aides adviser advisers
advisor advisors source sources insider insiders operative operatives strategist strategists analyst analysts fellow fellows
expert experts consultant pollster woman women man men person people voter voters resident residents supporter
supporters critic critics lawmaker lawmakers legislator senator senators congressman congresswoman candidate
candidates nominee president governor mayor judge justice lawyer lawyers attorney attorneys prosecutor prosecutors
officer officers staffer staffers member members leader leaders director treasurer chairman chairwoman chair executive
counterpart counterparts gunman gunmen attacker attackers assailant assailants
economist forecaster forecasters professor researcher scientist friend friends neighbor neighbour student students worker workers
employee employees activist activists protester protesters businessman businesswoman billionaire donor donors
delegate delegates diplomat diplomats minister secretary ambassador envoy commander general soldier veteran
witness witnesses organizer organiser organizers manager chief head founder owner agent agents investigator
investigators detective sheriff doctor physician nurse teacher pastor priest bishop rabbi imam host anchor
reporter reporters correspondent correspondents presenter presenters journalist columnist editor author writer
novelist poet playwright filmmaker curator archivist administrator administrators registrar superintendent auditor coordinator ombudsman comptroller controller trustee trustees reviewer reviewers showrunner star stars superstar striker strikers historian observer observers ally allies
businessman mother father wife husband son daughter brother sister fan fans attendee attendees participant
participants speaker questioner moderator interviewer caller audience crowd pope chancellor king queen premier
cardinal archbishop commissioner prime-minister insiders businessman investor entrepreneur owner tycoon mogul
candidate frontrunner front-runner challenger incumbent rival opponent opponents governor-elect president-elect
congressmen congresswomen representatives republicans democrats conservatives liberals progressives
republican democrat conservative liberal independent others some many several few another user users
commenter commenters prince princess duke duchess emperor empress sultan emir sheikh actor actress singer rapper
musician artist comedian athlete player coach waitress heiress celebrity
narrator announcer voice-over voiceover victim survivor passenger patient relative villager inmate prisoner
colleague confidant confidante mp mps mep meps msp msps mla mlas mpp mpps boy boys girl girls teenager teenagers
teen teens lady gentleman grandmother grandfather mom dad uncle aunt cousin nephew niece demonstrator demonstrators
protestor protestors campaigner campaigners marcher marchers pundit pundits commentator commentators politico politicos
graduate graduates alumnus alumna alumni dropout veterans
partner partners associate associates assistant assistants deputy deputies boss
surgeon surgeons neurosurgeon dentist paramedic paramedics firefighter firefighters pilot pilots chef farmer
farmers engineer engineers scholar scholars lecturer psychologist psychiatrist therapist
blogger podcaster planner planners plumber designer baker electrician mechanic pharmacist surveyor librarian
translator cashier cook programmer accountant caretaker cleaner janitor gardener butcher tailor veterinarian
midwife carer sailor fisherman fishermen welder painter photographer shopkeeper tenant tenants homeowner vet
deckhand farmhand carpenter courier postman postwoman champion champions winner winners finalist finalists
medallist medalist runner-up grandmaster evacuee evacuees detainee detainees retiree retirees
trainee trainees escapee amputee appointee
homeowners commuter commuters shopper shoppers retiree retirees pensioner pensioners
driver drivers sergeant lieutenant corporal captain constable trooper pupil pupils principal headteacher miner miners
customer customers tourist tourists visitor visitors widow coworker co-worker co-star co-stars labourer laborer volunteer volunteers
solicitor barrister juror jurors suspect defendant inspector councillor councilor waiter bartender refugee refugees
migrant migrants immigrant immigrants monk nun vicar spectator spectators architect dancer academic academics
epidemiologist virologist caregiver counsellor counselor landlord motorist motorists cyclist cyclists pedestrian
hiker hikers climber climbers swimmer diver rescuer rescuers ranger warden banker bankers
footballer footballers cricketer cricketers golfer golfers boxer boxers jockey jockeys defender midfielder
goalkeeper winger angler anglers
negotiator negotiators mediator mediators runner runners keeper keepers broadcaster broadcasters
granddaughter grandson grandchild grandchildren stepfather stepmother stepson stepdaughter fiance fiancé fiancee
son-in-law daughter-in-law father-in-law mother-in-law brother-in-law sister-in-law
astronomer astronomers astrophysicist physicist physicists chemist chemists biologist biologists geologist geologists
mathematician mathematicians astronaut astronauts cosmonaut philosopher theologian sociologist anthropologist
archaeologist archaeologists botanist zoologist ecologist meteorologist meteorologists climatologist seismologist
volcanologist oceanographer geneticist neuroscientist biochemist paleontologist palaeontologist pharmacologist
criminologist linguist statistician demographer pediatrician paediatrician cardiologist oncologist radiologist
nutritionist dietitian steward stewards skipper referee umpire sprinter skier skater gymnast wrestler rancher
herder vintner brewer trader traders broker brokers clerk lifeguard substitute
coroner coroners pathologist pathologists magistrate magistrates bailiff bowler bowlers batsman batter wicketkeeper
cellist violinist violist pianist guitarist bassist drummer percussionist flautist oboist trumpeter organist conductor composer soprano mezzo-soprano tenor baritone
seamstress schoolteacher practitioner practitioners clinician medic medics technician technicians instructor tutor
inventor choreographer hairdresser barber housewife homemaker nanny mason bricklayer shepherd weaver potter jeweller
jeweler grocer hawker cobbler blacksmith locksmith fitter screenwriter songwriter lyricist undersecretary
councilwoman councilman alderman alderwoman assemblyman assemblywoman chairperson chairpersons convenor convener
trainer trainers promoter promoters frontman frontwoman vocalist vocalists quarterback quarterbacks shortstop pitcher
pitchers catcher outfielder infielder reliever linebacker lineman cornerback fullback full-back halfback fly-half
scrum-half playmaker caddie groundsman groundskeeper co-captain vice-captain all-rounder restaurateur sommelier
contractor contractors supervisor supervisors foreman forewoman dispatcher merchant merchants salesman
saleswoman prelate cleric clerics
family families relatives`.split(/\s+/),
);

/** Places whose government speaks when they do ("the city said"); they speak only through a verb
 * of saying ("the city of Dunmore welcomed the "…"" is no speech). */
export const TOWN_NOUNS: ReadonlySet<string> = new Set(["city", "town", "village", "county", "municipality"]);

/** Nouns for a body or a document that can speak: "the ministry", "the newspaper", "the report",
 * the town nouns above, and the kinds of business and institution news names a body by on second
 * reference ("the airline said", "the retailer said", "the hospital said"). */
export const BODY_NOUNS: ReadonlySet<string> = new Set([
  ...TOWN_NOUNS,
  ...`company firm ministry court government police agency department party group organisation organization office
council committee commission board bank union network newspaper paper broadcaster administration army military
league church university institute campaign team website site magazine outlet publication channel station
embassy consulate foundation charity association society federation coalition alliance authority regulator
white-house statement report study survey poll analysis memo letter document filing lawsuit
complaint ruling judgment judgement decision opinion order decree release editorial article book passage post
tweet ad advertisement video email message note summary transcript column suit proclamation announcement
declaration petition indictment affidavit motion resolution bill legislation treaty manifesto guidance notice
warning alert advisory bulletin description
airline carrier retailer automaker carmaker planemaker chipmaker drugmaker manufacturer insurer lender startup start-up
supermarket conglomerate giant platform service hospital school museum zoo club studio force navy utility operator
watchdog guide tribe mission fund band orchestra choir`.split(/\s+/),
]);

/** Documents and messages: a name before one is its issuer ("the Central Bank report said"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  `statement report study survey poll analysis memo letter document filing lawsuit complaint ruling judgment
judgement decision opinion order decree release editorial article book passage post tweet ad advertisement video
email message note summary transcript proclamation announcement declaration petition indictment affidavit
motion resolution bill legislation treaty manifesto guidance notice advisory bulletin response reply answer website
account description`.split(/\s+/),
);
