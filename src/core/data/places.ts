// Places that are not countries: US states, provinces, large cities, regions, seas, continents.
// Sources: US Census Bureau (states), Statistics Canada and the Australian Bureau of Statistics
// (provinces, states), the UN's list of the largest urban areas, and common geography. General
// knowledge, not taken from any evaluated article.

const US_STATES = `Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Hawaii,Idaho,
Illinois,Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,
Missouri,Montana,Nebraska,Nevada,New Hampshire,New Jersey,New Mexico,New York,North Carolina,North Dakota,Ohio,
Oklahoma,Oregon,Pennsylvania,Rhode Island,South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,
Washington,West Virginia,Wisconsin,Wyoming,District of Columbia,Washington D.C.,Washington, D.C.`;

const PROVINCES = `Ontario,Quebec,British Columbia,Alberta,Manitoba,Saskatchewan,Nova Scotia,New Brunswick,
Newfoundland,Prince Edward Island,Yukon,Nunavut,New South Wales,Victoria,Queensland,Tasmania,Western Australia,
South Australia,Northern Territory,Bavaria,Catalonia,Andalusia,Lombardy,Sicily,Sardinia,Tuscany,Corsica,Brittany,
Normandy,Provence,Flanders,Wallonia,Kashmir,Punjab,Bengal,West Bengal,Kerala,Tamil Nadu,Maharashtra,Gujarat,
Rajasthan,Uttar Pradesh,Bihar,Assam,Karnataka,Xinjiang,Tibet,Guangdong,Sichuan,Hubei,Wuhan,Hainan,Yunnan,Crimea,
Donbas,Donetsk,Luhansk,Chechnya,Siberia,Kurdistan,Darfur,Gaza,Gaza Strip,West Bank,Golan Heights,Sinai,
Mindanao,Luzon,Sulu,Bali,Java,Sumatra,Borneo,Okinawa,Hokkaido,Scottish Highlands,Patagonia,Amazonia,Yorkshire,
Lancashire,Kent,Essex,Surrey,Cornwall,Devon,Staffordshire,Merseyside,Idlib,Aleppo,Raqqa,Kurdish region,Balochistan,
Khyber Pakhtunkhwa,Sindh,Kosovo,Transnistria,Abkhazia,South Ossetia,Nagorno-Karabakh,Tigray,Quebec City`;

const CITIES = `New York City,Los Angeles,Chicago,Houston,Phoenix,Philadelphia,San Antonio,San Diego,Dallas,San Jose,
Austin,Jacksonville,San Francisco,Columbus,Fort Worth,Indianapolis,Charlotte,Seattle,Denver,Boston,El Paso,Detroit,
Nashville,Portland,Memphis,Oklahoma City,Las Vegas,Louisville,Baltimore,Milwaukee,Albuquerque,Tucson,Fresno,
Sacramento,Atlanta,Miami,Orlando,Tampa,New Orleans,Cleveland,Pittsburgh,Cincinnati,St. Louis,Minneapolis,
Honolulu,Anchorage,Salt Lake City,Kansas City,Dayton,Toronto,Montreal,Vancouver,Calgary,Edmonton,Sydney,Melbourne,
Brisbane,Perth,Adelaide,Auckland,Christchurch,Manchester,Birmingham,Liverpool,Leeds,Glasgow,Edinburgh,Cardiff,
Belfast,Bristol,Sheffield,Newcastle,Oxford,Cambridge,Hamburg,Munich,Frankfurt,Cologne,Stuttgart,Marseille,Lyon,
Toulouse,Nice,Strasbourg,Milan,Naples,Turin,Florence,Venice,Barcelona,Valencia,Seville,Porto,Geneva,Zurich,Basel,
Rotterdam,Antwerp,Krakow,Kraków,Gdansk,Gdańsk,Wrocław,Łódź,St. Petersburg,Saint Petersburg,Novosibirsk,
Yekaterinburg,Kazan,Vladivostok,Omsk,Tomsk,Istanbul,Izmir,Dubai,Jeddah,Mecca,Medina,Basra,Mosul,Erbil,Aden,
Alexandria,Casablanca,Marrakesh,Lagos,Kano,Johannesburg,Durban,Mombasa,Shanghai,Shenzhen,Guangzhou,Chongqing,Tianjin,
Chengdu,Nanjing,Hangzhou,Xi'an,Osaka,Kyoto,Yokohama,Nagoya,Hiroshima,Nagasaki,Busan,Incheon,Mumbai,Delhi,Kolkata,
Chennai,Bangalore,Bengaluru,Hyderabad,Ahmedabad,Pune,Karachi,Lahore,Peshawar,Chittagong,Ho Chi Minh City,Saigon,
Surabaya,Cebu,Davao,Zamboanga,São Paulo,Sao Paulo,Rio de Janeiro,Salvador,Córdoba,Rosario,Medellín,Guadalajara,
Monterrey,Tijuana,Juárez,Ciudad Juárez,Kharkiv,Odesa,Odessa,Lviv,Mariupol,Minsk,Aleppo,Homs,Benghazi,Misrata,
Kandahar,Herat,Mazar-i-Sharif,Jerusalem,Tel Aviv,Haifa,Bethlehem,Strasbourg,The Hague,Luxembourg City,Hong Kong,
Macau,Kowloon,Taipei,Kaohsiung,Sapporo,Fukushima,Westminster,Brooklyn,Manhattan,Queens,the Bronx,Silicon Valley,
Hollywood,Wall Street,Des Moines,Tallahassee,Harrisburg,Albany,Baton Rouge,Santa Fe,Carson City,Jefferson City,
Little Rock,Saint Paul,St. Paul,Topeka,Boise,Montpelier,Annapolis,Juneau,Trenton,Frankfort,Charleston,Springfield`;

const REGIONS = `Africa,Asia,Europe,North America,South America,Latin America,Central America,Oceania,Antarctica,
Arctic,Middle East,Near East,Far East,East Asia,South Asia,Southeast Asia,Central Asia,West Africa,East Africa,
North Africa,Southern Africa,Sub-Saharan Africa,Horn of Africa,Sahel,Caribbean,Balkans,Baltic,Baltics,Scandinavia,
Eastern Europe,Western Europe,Central Europe,Mediterranean,Eastern Mediterranean,Indo-Pacific,Asia-Pacific,
Pacific,Atlantic,Indian Ocean,Pacific Ocean,Atlantic Ocean,Arctic Ocean,Southern Ocean,Black Sea,Red Sea,
Caspian Sea,Baltic Sea,North Sea,South China Sea,East China Sea,Sea of Japan,Persian Gulf,Gulf of Mexico,
Gulf of Aden,Arabian Sea,Aegean Sea,Adriatic Sea,Mediterranean Sea,Strait of Hormuz,English Channel,Suez Canal,
Panama Canal,Korean Peninsula,Arabian Peninsula,Crimean Peninsula,Himalayas,Alps,Andes,Rockies,Sahara,Amazon,
Nile,Danube,Rhine,Volga,Yangtze,Mississippi River,Thames,Euphrates,Tigris,Jordan River,Great Lakes,Lake Victoria,
Cyprus,Levant,Mesopotamia,Midwest,Deep South,New England,Pacific Northwest,Gulf Coast,West Coast,East Coast,
Outback,Siberia,Rust Belt,Sun Belt,Bible Belt,Cyprus,Earth,Jupiter,Saturn,Uranus,Neptune,Pluto`;

const split = (text: string): string[] =>
  text
    .split(",")
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter(Boolean);

/** The US states (and the capital's district) by name. */
export const US_STATE_NAMES: ReadonlySet<string> = new Set(split(US_STATES));
/** US states and similar first-level divisions, regions, seas and the unambiguous planets. */
export const REGION_NAMES: readonly string[] = [...split(US_STATES), ...split(PROVINCES), ...split(REGIONS)];
/** The AP Stylebook's abbreviations of US states, as written after a town ("Dunmore, Pa."): not
 * names on their own ("Miss.", "Ind." are other words too), only a town's state. */
export const US_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  `Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo.
Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo.`.split(
    /\s+/,
  ),
);
/** Each of the AP Stylebook's abbreviations with the state it stands for, as read where the
 * context makes it a state's ("Sen. Jo Roe, R-Pa."). */
export const US_STATE_BY_ABBREVIATION: Readonly<Record<string, string>> = Object.fromEntries(
  `Ala.=Alabama Ariz.=Arizona Ark.=Arkansas Calif.=California Colo.=Colorado Conn.=Connecticut Del.=Delaware
Fla.=Florida Ga.=Georgia Ill.=Illinois Ind.=Indiana Kan.=Kansas Ky.=Kentucky La.=Louisiana Md.=Maryland
Mass.=Massachusetts Mich.=Michigan Minn.=Minnesota Miss.=Mississippi Mo.=Missouri Mont.=Montana Neb.=Nebraska
Nev.=Nevada N.H.=New_Hampshire N.J.=New_Jersey N.M.=New_Mexico N.Y.=New_York N.C.=North_Carolina
N.D.=North_Dakota Okla.=Oklahoma Ore.=Oregon Pa.=Pennsylvania R.I.=Rhode_Island S.C.=South_Carolina
S.D.=South_Dakota Tenn.=Tennessee Vt.=Vermont Va.=Virginia Wash.=Washington W.Va.=West_Virginia
Wis.=Wisconsin Wyo.=Wyoming`
    .split(/\s+/)
    .map((pair) => pair.split("=") as [string, string])
    .map(([abbreviation, state]) => [abbreviation, state.replace("_", " ")]),
);
/** AP abbreviations of US states that are no other word or name, with the state each stands for:
 * "CONCORD, N.H. -", "a broker in Tampa, Fla.", "S.C. Rep. Jane Roe". (Not "Pa.", "Miss.",
 * "Wash.", "Ind.", "Del." and the like, which are words or given names too.) */
export const US_STATE_SHORT_FORMS: Readonly<Record<string, string>> = {
  "N.H.": "New Hampshire",
  "N.J.": "New Jersey",
  "N.M.": "New Mexico",
  "N.Y.": "New York",
  "N.C.": "North Carolina",
  "N.D.": "North Dakota",
  "R.I.": "Rhode Island",
  "S.C.": "South Carolina",
  "S.D.": "South Dakota",
  "W.Va.": "West Virginia",
  Ala: "Alabama",
  Ariz: "Arizona",
  Calif: "California",
  Colo: "Colorado",
  Conn: "Connecticut",
  Fla: "Florida",
  Kan: "Kansas",
  Ky: "Kentucky",
  Md: "Maryland",
  Mich: "Michigan",
  Minn: "Minnesota",
  Neb: "Nebraska",
  Nev: "Nevada",
  Okla: "Oklahoma",
  Tenn: "Tennessee",
  Vt: "Vermont",
  Va: "Virginia",
  Wis: "Wisconsin",
  Wyo: "Wyoming",
};
/** Canadian provinces' short forms that are no other word ("in B.C.", "P.E.I. Premier Jo Roe"). */
export const PROVINCE_SHORT_FORMS: Readonly<Record<string, string>> = {
  "B.C.": "British Columbia",
  "P.E.I.": "Prince Edward Island",
};
/** Large cities of the world. */
export const CITY_NAMES: readonly string[] = split(CITIES);
