// Titles, honorifics and roles that precede or describe a name; stripped from actor names and
// kept as roles. Source: AP Stylebook "titles" entry and common usage. General knowledge.

/** The full titles of the abbreviations AP style writes before a name ("Sen. Jane Roe" is "the
 * senator"), keyed in lower case without the stop. */
export const ABBREVIATED_TITLES: ReadonlyMap<string, string> = new Map([
  ["sen", "senator"],
  ["sens", "senator"],
  ["rep", "representative"],
  ["reps", "representative"],
  ["gov", "governor"],
  ["govs", "governor"],
  ["lt", "lieutenant"],
  ["gen", "general"],
  ["col", "colonel"],
  ["maj", "major"],
  ["brig", "brigadier"],
  ["capt", "captain"],
  ["sgt", "sergeant"],
  ["adm", "admiral"],
  ["cmdr", "commander"],
  ["cdr", "commander"],
  ["cr", "councillor"],
  ["atty", "attorney"],
  ["supt", "superintendent"],
  ["prof", "professor"],
  ["rev", "reverend"],
  ["pres", "president"],
  ["amb", "ambassador"],
  ["insp", "inspector"],
  ["det", "detective"],
]);

/** Words that are titles or roles ("President", "Dr.", "spokesman"). Compared case-sensitively
 * when capitalised before a name, and lower-cased for role phrases. */
export const TITLES: ReadonlySet<string> = new Set(
  `Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Madam Madame Mme Monsieur Herr Frau
Señor Senor Señora Doña Datuk Dato Datin Tun Tengku Tunku Shri Smt Smt. Shrimati Kumari Alhaji Alhaja Hajiya Engr Engr. Barr Barr. Rev Rev. Reverend Father Fr Fr. Sister Brother Pastor Elder Rabbi Imam Sheikh Sheik Ayatollah
Cardinal Archbishop Bishop Pope Saint St St. President Vice Prime Minister Premier Chancellor Secretary Minister
Deputy Governor Lieutenant Lt Lt. Mayor Senator Sen Sen. Representative Rep Rep. Congressman Congresswoman
Congressmember Speaker Ambassador Envoy Commissioner Chairman Chairwoman Chair Chairperson Director Chief Executive
CEO CFO COO Founder Spokesman Spokeswoman Spokesperson Judge Justice Attorney General Prosecutor Sheriff Officer
Detective Inspector Superintendent Constable Trooper Sergeant Sgt Sgt. Captain Capt Capt. Colonel Col Col. Major Maj
General Gen Gen. Admiral Adm Commander Commandant Marshal Field Private Corporal Cpl King Queen Prince Princess
Emperor Empress Duke Duchess Earl Count Countess Baron Baroness Crown Sultan Emir Shah Tsar Czar Chief Leader
Councillor Councilor Councilman Councilwoman Councilmember Alderman Alderwoman Alderperson Assemblyman Assemblywoman Assemblymember
Selectman Selectwoman MP MEP MSP MLA TD MPP Lawmaker Legislator Delegate Treasurer Auditor Administrator Registrar
Undersecretary Under-Secretary Whip Postmaster Comptroller Magistrate Coroner Dean Rector Provost Chancellor Principal Headmaster Coach Manager Head Candidate
Former Acting Interim Late Elect Emeritus Emerita President-elect Vice-President Co-founder Editor Correspondent Reporter Anchor
Analyst Author Co-author Researcher Economist Scientist Doctor Nurse Dr Premier Taoiseach Ayatollah Monsignor Monseñor Monsenor Msgr
His Her Excellency Highness Majesty Honourable Honorable Hon Hon. Sr Jr Jr. Sr. Gov Gov. Govs Govs. Sens Sens. Reps Reps.
Atty Atty. Supt Supt. Cmdr Cmdr. Cr Cr. Lic Lic. Licda Licda. Adm. Maj. Pres. Sec. Insp Insp. Amb Amb. Det Det. Cllr Cllr. Del Del. DS DI DCI DSI DCS
Secretary-General Attorney-General Solicitor-General Governor-General Director-General Inspector-General
Surgeon-General Auditor-General Comptroller-General Postmaster-General Adjutant-General Secretary-Treasurer
Lieutenant-Governor Lieutenant-General Major-General Brigadier-General Lieutenant-Colonel Sergeant-Major
Vice-Chairman Vice-Chairwoman Vice-Chair Vice-Chancellor Vice-Premier Deputy-Director Commander-in-Chief
Editor-in-Chief Chief-of-Staff Member`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that form a title together with the title that follows ("Foreign Secretary", "Minority Leader"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  `Foreign Home Defence Defense Finance Interior Health Economy Economic Trade Culture Education Environment Labour
Labor Transport Energy Agriculture Information Communications Justice Attorney Vice Deputy Former Acting Chief Senior
Junior Assistant Associate Executive Managing General Supreme Grand Shadow Opposition Minority Majority Republican
Democratic Democrat Conservative Liberal Independent Presiding Permanent Special First Second Lord Lady Prime
Federal State Regional Provincial Police Army Navy Air Party Parliamentary Cabinet Lead Head Team Club Press
National International Public Military Co District Circuit Under Staff`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words naming a government's portfolio, alone or together ("Industry", "Natural Resources",
 * "Climate Change"), which qualify the minister's or the secretary's title after them. General
 * knowledge of ministries. */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  `Industry Industries Climate Change Crisis Natural Resources Affairs Small Business Local Government Housing
Tourism Science Technology Digital Innovation Immigration Migration Integration Employment Work Works Pensions
Social Welfare Security Infrastructure Planning Heritage Arts Media Sport Sports Youth Women Children Family
Families Equality Equalities Veterans Development Mines Mining Petroleum Oil Gas Water Forestry Fisheries Lands
Commerce Investment Budget Treasury Revenue Cities Regions Rural Environmental Food Safety Civil Protection
Emergency Disaster Management Consumer Competition Cooperation Relations Indigenous Europe European Brexit
Communities Research Universities Schools Skills Aged Care Disability Mental Wellbeing Justice Courts Prisons
Police Policing Defence Defense Aviation Railways Roads Ports Maritime Telecommunications Communications Post
Culture Energy Environment Education Agriculture Transport Trade Health Finance Interior Economy Labour Labor
Information Broadcasting Manpower Shipping Textiles`
    .split(/\s+/)
    .filter(Boolean),
);

/** The titles a portfolio's words qualify ("Housing Minister", "Energy Secretary"). */
export const MINISTERIAL_TITLES: ReadonlySet<string> = new Set([
  "Minister",
  "Secretary",
  "Commissioner",
  "Spokesman",
  "Spokeswoman",
  "Spokesperson",
]);

/** Role nouns that stand before a name without being part of it ("Broadcaster X", "Voter X"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  `Broadcaster Journalist Reporter Writer Author Novelist Poet Actor Actress Singer Rapper Musician Artist Director
Producer Comedian Presenter Host Anchor Columnist Commentator Blogger Activist Campaigner Protester Voter Resident
Student Teacher Lawyer Barrister Solicitor Attorney Advocate Doctor Surgeon Physician Nurse Scientist Researcher
Economist Historian Analyst Expert Professor Lecturer Entrepreneur Businessman Businesswoman Billionaire Investor
Banker Executive Engineer Architect Designer Chef Farmer Worker Employee Officer Soldier Veteran Pilot Witness
Survivor Victim Suspect Defendant Plaintiff Prosecutor Judge Candidate Politician Lawmaker Legislator Diplomat
Spokesman Spokeswoman Spokesperson Official Leader Founder Chairman Chairwoman Coach Player Striker Goalkeeper
Athlete Captain Manager Owner Priest Pastor Bishop Cardinal Imam Rabbi Monk Nun Preacher Mayor Councillor Councilor
Deputy Senator Governor Minister Secretary President Chancellor Premier Ambassador Envoy Commissioner Inspector
Detective Sergeant Constable Sheriff Colonel General Admiral Commander Commandant  Comrade Mr Mrs Ms Dr
Donor Supporter Adviser Advisor Aide Staffer Volunteer Organizer Organiser Strategist Consultant Pollster Lobbyist
Coroner Paramedic Firefighter Pathologist Magistrate Headteacher Midwife Therapist Psychologist Psychiatrist Referee
Umpire Cyclist Jockey Curator Librarian Archbishop Vicar Chaplain Mediator Negotiator Photographer Editor Pharmacist
Dentist Fisherman Shopkeeper Landlord Tenant Inventor`
    .split(/\s+/)
    .filter(Boolean),
);

/** Modifiers that only ever open a title ("Prime Minister", "Deputy Mayor", "Health Secretary"),
 * never a party's or a body's name: the role is read whole from them. */
export const ROLE_OPENERS: ReadonlySet<string> = new Set(
  `Prime Vice Deputy Lieutenant Attorney Chief Acting Former Interim Assistant Associate Executive Managing
Senior Junior First Second Grand Shadow Permanent Special Presiding Lord Lady Co Foreign Home Defence Defense
Finance Interior Health Economy Trade Culture Education Environment Transport Energy Agriculture Information
Communications Justice Petty Warrant Lance Flight Rear`
    .split(/\s+/)
    .filter(Boolean),
);

/** Honours and titles of courtesy or learning, which say nothing of what one does ("Sir", "Dr"),
 * as a pattern's alternation. */
/** Titles written short whose full stop ends no sentence ("Sen.", "Lt.", "Cdr."), as a regular
 * expression's alternatives. */
export const SHORT_TITLES =
  "Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Brig|Adm|Cmdr|Cdr|Cpl|Pvt|Rev|Prof|Atty|Del|Insp|Supt|Det|Amb|Engr|Eng|Lic";

/** Letters after a person's name for an office, an honour or a degree ("Jane Roe MP", "QC", "SC":
 * senior counsel). */
export const POSTNOMINALS = "QC|KC|SC|MP|MEP|MSP|MLA|TD|MPP|MBE|OBE|CBE|KBE|DBE|JP|PhD|MD|Esq";

/** Honours of two words (Malaysia's), neither word a title alone ("Tan" is a family name too). */
export const TWO_WORD_HONOURS = "Tan Sri|Puan Sri|Datuk Seri|Dato Seri|Datin Seri|Toh Puan";

export const HONOURS = `${TWO_WORD_HONOURS}|Sir|Dame|Lord|Lady|Dr|Prof|Professor|Mr|Mrs|Ms|Lic|Licda|Shri|Smt|Datuk|Dato|Datin|Tun|Alhaji|Alhaja|Engr|Eng|Barr`;
