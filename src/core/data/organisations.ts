// Well-known organisations: canonical name | acronyms and other names. International bodies,
// government agencies, parties, companies, news outlets and platforms, under their own official
// names (broadcasters that go by their initials, such as the BBC, under those).
// General knowledge, not taken from any evaluated article.

/** One well-known organisation. */
export interface OrganisationEntry {
  name: string;
  aliases: string[];
}

const RAW = `United Nations|UN,U.N.
United Nations Security Council|UNSC,Security Council,UN Security Council
United Nations General Assembly|UNGA,General Assembly
UNICEF|United Nations Children's Fund
UNESCO|United Nations Educational, Scientific and Cultural Organization
United Nations High Commissioner for Refugees|UNHCR
World Health Organization|WHO
World Trade Organization|WTO
World Bank|
International Monetary Fund|IMF
International Criminal Court|ICC
International Court of Justice|ICJ
International Atomic Energy Agency|IAEA
International Committee of the Red Cross|ICRC,Red Cross
North Atlantic Treaty Organization|NATO
European Union|EU,E.U.
European Commission|
European Parliament|
European Council|
Council of the European Union|
European Court of Justice|ECJ,Court of Justice of the European Union,CJEU
European Court of Human Rights|ECHR
European Central Bank|ECB
African Union|AU
Association of Southeast Asian Nations|ASEAN
Organization of American States|OAS
Organization of the Petroleum Exporting Countries|OPEC
Organisation for Economic Co-operation and Development|OECD
Group of Seven|G7
Group of Twenty|G20
Shanghai Cooperation Organisation|SCO
Gulf Cooperation Council|GCC
Arab League|
Commonwealth of Nations|
Amnesty International|
Human Rights Watch|HRW
Reporters Without Borders|RSF
Committee to Protect Journalists|CPJ
Doctors Without Borders|MSF,Médecins Sans Frontières
Greenpeace|
Oxfam|
International Olympic Committee|IOC
FIFA|
Interpol|
Europol|
Federal Bureau of Investigation|FBI
Central Intelligence Agency|CIA
National Security Agency|NSA
Department of Justice|DOJ,Justice Department
Department of State|State Department
Department of Defense|Pentagon,DoD
Department of Homeland Security|DHS
Immigration and Customs Enforcement|ICE
Customs and Border Protection|CBP
Drug Enforcement Administration|DEA
Environmental Protection Agency|EPA
Food and Drug Administration|FDA
Centers for Disease Control and Prevention|CDC
National Aeronautics and Space Administration|NASA
Federal Reserve|Fed
Securities and Exchange Commission|SEC
Internal Revenue Service|IRS
National Health Service|NHS
Metropolitan Police|Met,Scotland Yard,Metropolitan Police Service
MI5|
MI6|
Supreme Court of the United States|U.S. Supreme Court,US Supreme Court
United States Congress|Congress,U.S. Congress,US Congress
United States Senate|Senate,U.S. Senate,US Senate
United States House of Representatives|House of Representatives,U.S. House of Representatives
White House|
Kremlin|
Downing Street|Number 10,No 10,No. 10
Élysée Palace|Élysée,Elysée,Elysee,Elysee Palace
Zhongnanhai|
Democratic Party|Democrats,Democratic,Democrat
Republican Party|Republicans,GOP,Republican
Conservative Party|Conservatives,Tories
Labour Party|Labour
Liberal Democrats|Lib Dems,Lib Dem
Scottish National Party|SNP
Sinn Féin|Sinn Fein
Fianna Fáil|Fianna Fail
Fine Gael|
Plaid Cymru|
Chinese Communist Party|CCP,Communist Party of China,CPC
United Russia|
Taliban|
Hamas|
Hezbollah|
Islamic State|ISIS,ISIL,Daesh
al-Qaeda|Al-Qaeda,al Qaeda,Al Qaeda,al-Qaida,Al-Qaida,al-Qa’ida,al-Qa'ida
Boko Haram|
Al-Shabaab|al-Shabaab
Associated Press|AP
Reuters|
Agence France-Presse|AFP
BBC|British Broadcasting Corporation
CNN|Cable News Network
NPR|National Public Radio
Fox News|
MSNBC|
CBS News|CBS
NBC News|NBC
ABC News|ABC
The New York Times|New York Times,NYT
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal,WSJ
The Guardian|Guardian
The Times|
The Telegraph|Daily Telegraph
The Independent|
Financial Times|FT
The Economist|Economist
Bloomberg|
Politico|
Rolling Stone|
Newsweek|
The Hill|
The Atlantic|
The New Yorker|
USA Today|USA TODAY
Los Angeles Times|LA Times
BuzzFeed News|BuzzFeed
Breitbart News|Breitbart
Fox Business|Fox Business Network
CNBC|
The Daily Beast|Daily Beast
HuffPost|Huffington Post,The Huffington Post
National Review|
ProPublica|
The Daily Caller|Daily Caller
Drudge Report|
FiveThirtyEight|
Quinnipiac University|Quinnipiac
Gallup|
Pew Research Center|Pew
Rasmussen Reports|
Washington Examiner|
The Washington Times|Washington Times
New York Post|
Chicago Tribune|
The Boston Globe|Boston Globe
San Francisco Chronicle|
Miami Herald|
Houston Chronicle|
The Dallas Morning News|Dallas Morning News
WikiLeaks|Wikileaks
Newsmax|
The Intercept|
TMZ|
Univision|
Telemundo|
Axios|
Vox|
Sky News|
Al Jazeera|
Xinhua|Xinhua News Agency
TASS|
RIA Novosti|
Interfax|
AFL-CIO|
Deutsche Welle|DW
Voice of America|VOA
Radio Free Europe/Radio Liberty|RFE/RL,Radio Free Europe
Radio Free Asia|RFA
France 24|
RT|Russia Today
CCTV|China Central Television
Yonhap|Yonhap News Agency
Kyodo News|Kyodo
NHK|
Canadian Broadcasting Corporation|CBC
Anadolu Agency|Anadolu
Korean Central News Agency|KCNA
South China Morning Post|SCMP
Haaretz|
The Jerusalem Post|Jerusalem Post
The Times of India|Times of India
Al Arabiya|
Euronews|
PBS|Public Broadcasting Service
C-SPAN|
Daily Mail|
Der Spiegel|Spiegel
Le Monde|
Wikinews|
Wikipedia|
Twitter|
Facebook|
Instagram|
YouTube|
WhatsApp|
Telegram|
TikTok|
Reddit|
Google|
Alphabet|
Apple|
Microsoft|
Amazon|
Meta|
Tesla|
Walmart|
Samsung|
Huawei|
Toyota|
Ford|Ford Motor Company
General Motors|GM
General Electric|GE
General Mills|
Volkswagen|VW
Boeing|
Airbus|
ExxonMobil|Exxon
Shell|
BP|
Gazprom|
Rosneft|
Rostec|
Carrefour|
Aldi|
Lidl|
Goldman Sachs|
JPMorgan Chase|JPMorgan
HSBC|
Netflix|
Uber|
Lyft|
Airbnb|
Spotify|
PayPal|
eBay|
LinkedIn|
Snapchat|
Pinterest|
Yahoo|
Hulu|
Nvidia|
Intel|
IBM|
Cisco|
Qualcomm|
Verizon|
Comcast|
AT&T|
Sony|
Nintendo|
Lenovo|
Xiaomi|
Alibaba|
Tencent|
Baidu|
SpaceX|
Pfizer|
Moderna|
Eli Lilly|
Johnson & Johnson|
Merck|
Roche|
Novo Nordisk|
Bristol Myers Squibb|
AbbVie|
Gilead Sciences|Gilead
Biogen|
AstraZeneca|
Novartis|
Sanofi|
GlaxoSmithKline|GSK
Bayer|
Siemens|
BASF|
Unilever|
Nestlé|Nestle
PepsiCo|
Coca-Cola|
McDonald's|
Macy's|
Kellogg's|
Wendy's|
Domino's|
Lowe's|
Kohl's|
Sainsbury's|
Moody's|Moody's Investors Service
Sotheby's|
Christie's|
Lloyd's of London|Lloyd's
Alzheimer's Association|
Alzheimer's Society|
Alzheimer's Research UK|
Parkinson's UK|
Starbucks|
Chevron|
ConocoPhillips|
Halliburton|
Petrobras|
Saudi Aramco|Aramco
Sinopec|
Glencore|
Lockheed Martin|
Northrop Grumman|
Raytheon|
Honda|
Nissan|
Hyundai|
BMW|
Ikea|IKEA
Costco|
Walgreens|
Starlink|
Mastercard|
BlackRock|
Citigroup|Citibank
Barclays|
Deutsche Bank|
Wells Fargo|
Morgan Stanley|
Berkshire Hathaway|
Vodafone|
Nokia|
Ericsson|
Ryanair|
Lufthansa|
FedEx|
Harvard University|Harvard
Yale University|Yale
Stanford University|
Cornell University|
Princeton University|
Columbia University|
Massachusetts Institute of Technology|MIT
University of Oxford|Oxford University
University of Cambridge|Cambridge University
London School of Economics|LSE
Catholic Church|Roman Catholic Church
Vatican|Holy See`;

/** Well-known organisations and their acronyms. */
export const ORGANISATIONS: readonly OrganisationEntry[] = RAW.split("\n").map((line) => {
  const [name, aliases] = line.split("|");
  return {
    name: name!.trim(),
    aliases: (aliases ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  };
});

/** Words that mark a name as an organisation ("... Ministry", "University of ..."). */
/** Head words of organisations' names in other European languages, with their English head:
 * "Senado de Puerto Rico" is the Puerto Rico Senate, "Observatoire de Paris" a body. */
export const FOREIGN_ORG_HEADS: Readonly<Record<string, string>> = {
  Senado: "Senate",
  Ministerio: "Ministry",
  Ministère: "Ministry",
  Ministero: "Ministry",
  Ministerium: "Ministry",
  Universidad: "University",
  Universidade: "University",
  Université: "University",
  Universität: "University",
  Università: "University",
  Universiteit: "University",
  Instituto: "Institute",
  Institut: "Institute",
  Istituto: "Institute",
  Observatoire: "Observatory",
  Observatorio: "Observatory",
  Banco: "Bank",
  Banque: "Bank",
  Banca: "Bank",
  Partido: "Party",
  Parti: "Party",
  Partei: "Party",
  Partito: "Party",
  Congreso: "Congress",
  Consejo: "Council",
  Conseil: "Council",
  Consiglio: "Council",
  Comité: "Committee",
  Comitato: "Committee",
  Agencia: "Agency",
  Agence: "Agency",
  Agenzia: "Agency",
  Cámara: "Chamber",
  Asamblea: "Assembly",
  Assemblée: "Assembly",
  Fundación: "Foundation",
  Fondation: "Foundation",
  Fundação: "Foundation",
  Stiftung: "Foundation",
  Fondazione: "Foundation",
  Gobierno: "Government",
  Governo: "Government",
  Gouvernement: "Government",
  Regierung: "Government",
  Policía: "Police",
  Polizia: "Police",
  Polizei: "Police",
  Secretaría: "Secretariat",
  Fiscalía: "Prosecutor",
  Tribunale: "Tribunal",
};

export const ORG_WORDS: ReadonlySet<string> = new Set(
  `Ministry Department Party University College School Academy Council Court Committee Agency Company Corporation
Corp Inc Ltd LLC LLP PLC plc S.A. S.p.A. N.V. B.V. GmbH Pty Group Bank Association Union Organization Organisation Institute Institution Center Centre
Strategies Comics Presidency Consulting Centers Centres Institutes Clubs
Commission Parliament Congress Senate Assembly Police Army Navy Forces Force Guard Office Service Services News Times
Post Journal Press Herald Tribune Gazette Inquirer Enquirer Sentinel Courant Advertiser Foundation Fund Church Government Administration Network Air Airlines Airways
Railways Federation League Coalition Alliance Movement Front Brigade Brigades Society Board Bureau Authority Cabinet
Secretariat Tribunal Club Team Elementary Studios Records Motors Holdings Industries Systems Technologies Energy Petroleum Oil
Pharmaceuticals Pharma Biosciences Laboratories Laboratory Labs Survey Conference Limited Analytics Media Broadcasting Television Radio Channel Magazine Review Observer Telegraph
Guardian Independent Mirror Express Chronicle Daily Weekly Monitor Reporter Agency Caucus Diocese Archdiocese Mission
Embassy Consulate Synod Legislature Chamber Lords Commons Directorate Inspectorate Prosecutor Prosecutors Ombudsman Militia
Programme Program Rebels Rovers Wanderers Albion Athletic Hotspur FC AFC Regiment Division Battalion Corps Command Fleet Interior Justice Defence Defense Treasury Exchequer Council's
House Railway Railways Railroad Airline Transit Metro Entertainment Productions Pictures Images Films Games Software Solutions Interactive Publishing Publishers Books Music Sports Electronics Communications Telecom Telecommunications Logistics Shipping Insurance Financial Securities Resources Mining Construction Hotels Resorts Brewing Beverages Chemicals Steel Automotive Aerospace Healthcare Biotech Therapeutics Robotics Dynamics Networks Technology Digital Wireless Mobile Cinema Forum Rally Mail Investment Investments Capital Partners Ventures Foods Stores Markets Retail Sabha Majlis Duma Knesset Gazeta Zeitung Gazzetta Corriere Diario Kurier Tageblatt Dagblad Pravda Courier Dispatch Bulletin Trust Charity Initiative Project Watch Institute Partnership Consortium Cooperative Co Company's Group's Unit Squad Guards TV Exchange Rescue Patrol
Kft Zrt Nyrt Oy Oyj SpA Srl SARL JSC PJSC OJSC Bhd Tbk ASA PAC Research Nation Tribes Minerals Metals Utilities Brands
Materials Semiconductor Bancorp Realty Properties Apparel Cosmetics Textiles Cargo Freight Aviation Homes
Developments Builders Ferries Cruises Water Gas Electric Rail Genomics Biologics Diagnostics Biopharma Semiconductors
Instruments Enterprises Confederation Devices Ledger Register Examiner Gleaner Clarion Argus Archaeology`
    .split(/\s+/)
    .filter(Boolean)
    .concat(Object.keys(FOREIGN_ORG_HEADS)),
);

/** Whether a lower-case noun after a name is a place's head ("the Kilauea volcano", "Notre Dame
 * cathedral"), not also an organisation's. */
export function isPlaceNoun(noun: string): boolean {
  const head = noun.charAt(0).toUpperCase() + noun.slice(1);
  // ("the Karol Bagh area": "area" after a name, though "Area" inside one heads no place.)
  return (PLACE_WORDS.has(head) && !ORG_WORDS.has(head)) || noun === "area";
}

/** Place words that also name the body running the place: "Westbrook General Hospital said" is
 * the hospital's management speaking, "died at Westbrook General Hospital" the building. */
export const RUN_PLACE_WORDS: ReadonlySet<string> = new Set(
  "Hospital Infirmary Clinic Museum Zoo Library Gallery Theatre Theater Airport Cathedral".split(" "),
);

/** Words that mark a name as a place ("... Street", "... Airport"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  `Street Road Avenue Boulevard Lane Square Bridge Hall Airport Airfield Port Harbour Harbor Station Island Islands
River Sea Ocean Lake Mountain Mountains Mount Hill Hills Valley Bay Gulf Strait Canal Coast Peninsula Desert Forest
Park Province Region County District Prefecture Governorate Oblast Territory Territories City Town Village State
Hospital Infirmary Clinic Cathedral Church Mosque Temple Mall Stadium Arena Base Camp Prison Palace Castle Tower Center Plaza
Beach Falls Reservoir Dam Settlement Highway Motorway Expressway Heights Borough Township Municipality Canton Republic
Kingdom Emirate Sultanate Junction Terminal Terminus Crossing Gate Quay Pier Dock Wharf Fort Cape Point Ridge Canyon Glacier Volcano Reef Atoll Archipelago Plateau Plains Marsh Woods Lagoon Delta Estuary Inlet Cove Firth Loch Lough Isthmus Headland Rapids Oasis Complex Headquarters Fault Trench Rift Basin Fjord Theatre Theater
Museum Zoo Library Gallery Cemetery Memorial Monument Bazaar Market Ranch Parish
Creek Brook Springs Pond Meadows Grove Gorge Peak Bluff Bayou Swamp Moor Heath Wetlands Prairie Shelf Icefield Tundra Steppe
Punta Lago Cerro Playa Bahía Pulau Gunung Tanjung Rue Calle Avenida Piazza Platz Straße Strasse`
    .split(/\s+/)
    .filter(Boolean),
);
