// Countries of the world: short name | demonyms and adjectives | capital | other names.
// Source: UN member states and observers (UN M49) and the dependent territories of ISO 3166-1, the
// former states news still names (Soviet Union, Yugoslavia, Czechoslovakia, East Germany),
// demonyms and capitals as in the CIA World Factbook; other names include common endonyms in Latin script (Polska, Deutschland). General
// knowledge, not taken from any evaluated article.

/** One country: canonical short name, demonyms, capital(s) and other names. */
export interface CountryEntry {
  name: string;
  demonyms: string[];
  capitals: string[];
  aliases: string[];
}

const RAW = `Afghanistan|Afghan,Afghans,Afghani|Kabul|
Albania|Albanian,Albanians|Tirana|
Algeria|Algerian,Algerians|Algiers|
Andorra|Andorran|Andorra la Vella|
Angola|Angolan,Angolans|Luanda|
Antigua and Barbuda|Antiguan|St. John's|
Argentina|Argentine,Argentinian,Argentines,Argentinians|Buenos Aires|Argentine Republic
Armenia|Armenian,Armenians|Yerevan|
Australia|Australian,Australians|Canberra|
Austria|Austrian,Austrians|Vienna|Österreich
Azerbaijan|Azerbaijani,Azerbaijanis,Azeri|Baku|
Bahamas|Bahamian,Bahamians|Nassau|The Bahamas
Bahrain|Bahraini,Bahrainis|Manama|
Bangladesh|Bangladeshi,Bangladeshis|Dhaka|
Barbados|Barbadian,Barbadians|Bridgetown|
Belarus|Belarusian,Belarusians,Belarussian|Minsk|
Belgium|Belgian,Belgians|Brussels|
Belize|Belizean|Belmopan|
Benin|Beninese|Porto-Novo|
Bhutan|Bhutanese|Thimphu|
Bolivia|Bolivian,Bolivians|Sucre,La Paz|
Bosnia and Herzegovina|Bosnian,Bosnians|Sarajevo|Bosnia
Botswana|Botswanan,Batswana|Gaborone|
Brazil|Brazilian,Brazilians|Brasília,Brasilia|Brasil
Brunei|Bruneian|Bandar Seri Begawan|
Bulgaria|Bulgarian,Bulgarians|Sofia|
Burkina Faso|Burkinabe|Ouagadougou|
Burundi|Burundian|Gitega|
Cambodia|Cambodian,Cambodians|Phnom Penh|
Cameroon|Cameroonian,Cameroonians|Yaoundé,Yaounde|
Canada|Canadian,Canadians|Ottawa|
Cape Verde|Cape Verdean|Praia|Cabo Verde
Central African Republic|Central African|Bangui|
Chad|Chadian,Chadians|N'Djamena|
Chile|Chilean,Chileans|Santiago|
China|Chinese|Beijing|People's Republic of China,PRC,Sino
Colombia|Colombian,Colombians|Bogotá,Bogota|
Comoros|Comoran|Moroni|
Democratic Republic of the Congo|Congolese|Kinshasa|DR Congo,DRC
Republic of the Congo|Congolese|Brazzaville|Congo-Brazzaville
Costa Rica|Costa Rican,Costa Ricans|San José|
Croatia|Croatian,Croatians,Croat,Croats|Zagreb|Hrvatska
Cuba|Cuban,Cubans|Havana|
Cyprus|Cypriot,Cypriots|Nicosia|
Czech Republic|Czech,Czechs|Prague|Czechia
Denmark|Danish,Danes,Dane|Copenhagen|Danmark
Djibouti|Djiboutian|Djibouti|
Dominica|Dominican|Roseau|
Dominican Republic|Dominican,Dominicans|Santo Domingo|
East Timor|Timorese|Dili|Timor-Leste
Ecuador|Ecuadorian,Ecuadorians|Quito|
Egypt|Egyptian,Egyptians|Cairo|
El Salvador|Salvadoran,Salvadorans,Salvadorean|San Salvador|
Equatorial Guinea|Equatoguinean|Malabo|
Eritrea|Eritrean,Eritreans|Asmara|
Estonia|Estonian,Estonians|Tallinn|
Eswatini|Swazi|Mbabane|Swaziland
Ethiopia|Ethiopian,Ethiopians|Addis Ababa|
Fiji|Fijian,Fijians|Suva|
Finland|Finnish,Finns,Finn|Helsinki|Suomi
France|French|Paris|
Gabon|Gabonese|Libreville|
Gambia|Gambian,Gambians|Banjul|The Gambia
Georgia|Georgian,Georgians|Tbilisi|
Germany|German,Germans|Berlin|Deutschland
Ghana|Ghanaian,Ghanaians|Accra|
Greece|Greek,Greeks|Athens|Hellenic Republic
Grenada|Grenadian|St. George's|
Guatemala|Guatemalan,Guatemalans|Guatemala City|
Guinea|Guinean,Guineans|Conakry|
Guinea-Bissau|Bissau-Guinean|Bissau|
Guyana|Guyanese|Georgetown|
Haiti|Haitian,Haitians|Port-au-Prince|
Honduras|Honduran,Hondurans|Tegucigalpa|
Hungary|Hungarian,Hungarians|Budapest|Magyarország
Iceland|Icelandic,Icelanders|Reykjavik,Reykjavík|
India|Indian,Indians|New Delhi|
Indonesia|Indonesian,Indonesians|Jakarta|
Iran|Iranian,Iranians|Tehran|Islamic Republic of Iran,Persia
Iraq|Iraqi,Iraqis|Baghdad|
Ireland|Irish|Dublin|Republic of Ireland,Eire
Israel|Israeli,Israelis|Jerusalem|
Italy|Italian,Italians|Rome|Italia
Ivory Coast|Ivorian,Ivorians|Yamoussoukro|Côte d'Ivoire,Cote d'Ivoire
Jamaica|Jamaican,Jamaicans|Kingston|
Japan|Japanese|Tokyo|
Jordan|Jordanian,Jordanians|Amman|
Kazakhstan|Kazakh,Kazakhs,Kazakhstani|Astana,Nur-Sultan|
Kenya|Kenyan,Kenyans|Nairobi|
Kiribati|I-Kiribati|Tarawa|
North Korea|North Korean,North Koreans|Pyongyang|DPRK,Democratic People's Republic of Korea
South Korea|South Korean,South Koreans|Seoul|Republic of Korea
Kosovo|Kosovar,Kosovan,Kosovars|Pristina|
Kuwait|Kuwaiti,Kuwaitis|Kuwait City|
Kyrgyzstan|Kyrgyz,Kyrgyzstani|Bishkek|
Laos|Lao,Laotian,Laotians|Vientiane|
Latvia|Latvian,Latvians|Riga|
Lebanon|Lebanese|Beirut|
Lesotho|Basotho,Mosotho|Maseru|
Liberia|Liberian,Liberians|Monrovia|
Libya|Libyan,Libyans|Tripoli|
Liechtenstein|Liechtensteiner|Vaduz|
Lithuania|Lithuanian,Lithuanians|Vilnius|
Luxembourg|Luxembourgish,Luxembourger|Luxembourg|
Madagascar|Malagasy|Antananarivo|
Malawi|Malawian,Malawians|Lilongwe|
Malaysia|Malaysian,Malaysians|Kuala Lumpur|
Maldives|Maldivian,Maldivians|Malé,Male|
Mali|Malian,Malians|Bamako|
Malta|Maltese|Valletta|
Marshall Islands|Marshallese|Majuro|
Mauritania|Mauritanian,Mauritanians|Nouakchott|
Mauritius|Mauritian,Mauritians|Port Louis|
Mexico|Mexican,Mexicans|Mexico City|
Micronesia|Micronesian|Palikir|
Moldova|Moldovan,Moldovans|Chișinău,Chisinau|
Monaco|Monegasque|Monaco|
Mongolia|Mongolian,Mongolians|Ulaanbaatar,Ulan Bator|
Montenegro|Montenegrin,Montenegrins|Podgorica|
Morocco|Moroccan,Moroccans|Rabat|
Mozambique|Mozambican,Mozambicans|Maputo|
Myanmar|Burmese,Myanmar|Naypyidaw,Naypyitaw|Burma
Namibia|Namibian,Namibians|Windhoek|
Nauru|Nauruan|Yaren|
Nepal|Nepali,Nepalese|Kathmandu|
Netherlands|Dutch|Amsterdam,The Hague|Holland,The Netherlands,Nederland
New Zealand|New Zealander,New Zealanders,Kiwi,Kiwis|Wellington|
Nicaragua|Nicaraguan,Nicaraguans|Managua|
Niger|Nigerien,Nigeriens|Niamey|
Nigeria|Nigerian,Nigerians|Abuja|
North Macedonia|Macedonian,Macedonians|Skopje|Macedonia
Norway|Norwegian,Norwegians|Oslo|Norge
Oman|Omani,Omanis|Muscat|
Pakistan|Pakistani,Pakistanis|Islamabad|
Palau|Palauan|Ngerulmud|
Palestine|Palestinian,Palestinians|Ramallah|State of Palestine,Palestinian territories
Panama|Panamanian,Panamanians|Panama City|
Papua New Guinea|Papua New Guinean|Port Moresby|
Paraguay|Paraguayan,Paraguayans|Asunción,Asuncion|
Peru|Peruvian,Peruvians|Lima|
Philippines|Filipino,Filipinos,Philippine,Filipina|Manila|The Philippines
Poland|Polish,Poles,Pole|Warsaw|Polska
Portugal|Portuguese|Lisbon|
Qatar|Qatari,Qataris|Doha|
Romania|Romanian,Romanians|Bucharest|
Russia|Russian,Russians|Moscow|Russian Federation
Rwanda|Rwandan,Rwandans|Kigali|
Saint Kitts and Nevis|Kittitian|Basseterre|
Saint Lucia|Saint Lucian|Castries|
Saint Vincent and the Grenadines|Vincentian|Kingstown|
Samoa|Samoan,Samoans|Apia|
San Marino|Sammarinese|San Marino|
São Tomé and Príncipe|Santomean|São Tomé|Sao Tome and Principe
Saudi Arabia|Saudi,Saudis,Saudi Arabian|Riyadh|
Senegal|Senegalese|Dakar|
Serbia|Serbian,Serbians,Serb,Serbs|Belgrade|
Seychelles|Seychellois||
Sierra Leone|Sierra Leonean|Freetown|
Singapore|Singaporean,Singaporeans|Singapore|
Slovakia|Slovak,Slovaks,Slovakian|Bratislava|
Slovenia|Slovenian,Slovenians,Slovene|Ljubljana|
Solomon Islands|Solomon Islander|Honiara|
Somalia|Somali,Somalis|Mogadishu|
South Africa|South African,South Africans|Pretoria,Cape Town|
South Sudan|South Sudanese|Juba|
Spain|Spanish,Spaniards,Spaniard|Madrid|España
Sri Lanka|Sri Lankan,Sri Lankans|Colombo,Sri Jayawardenepura Kotte|
Sudan|Sudanese|Khartoum|
Suriname|Surinamese|Paramaribo|
Sweden|Swedish,Swedes,Swede|Stockholm|Sverige
Switzerland|Swiss|Bern|Schweiz,Suisse
Syria|Syrian,Syrians|Damascus|Syrian Arab Republic
Taiwan|Taiwanese|Taipei|Republic of China
Tajikistan|Tajik,Tajiks,Tajikistani|Dushanbe|
Tanzania|Tanzanian,Tanzanians|Dodoma|
Thailand|Thai|Bangkok|
Togo|Togolese|Lomé,Lome|
Tonga|Tongan|Nukuʻalofa|
Trinidad and Tobago|Trinidadian|Port of Spain|
Tunisia|Tunisian,Tunisians|Tunis|
Turkey|Turkish,Turks|Ankara|Türkiye,Turkiye
Turkmenistan|Turkmen|Ashgabat|
Tuvalu|Tuvaluan|Funafuti|
Uganda|Ugandan,Ugandans|Kampala|
Ukraine|Ukrainian,Ukrainians|Kyiv,Kiev|
United Arab Emirates|Emirati,Emiratis|Abu Dhabi|UAE
United Kingdom|British,Briton,Britons,Brits|London|UK,U.K.,Britain,Great Britain
United States|American,Americans|Washington|US,U.S.,USA,U.S.A.,United States of America,America
Uruguay|Uruguayan,Uruguayans|Montevideo|
Uzbekistan|Uzbek,Uzbeks|Tashkent|
Vanuatu|Ni-Vanuatu|Port Vila|
Vatican City|Vatican|Vatican City|Holy See,Vatican
Venezuela|Venezuelan,Venezuelans|Caracas|
Vietnam|Vietnamese|Hanoi|Viet Nam
Yemen|Yemeni,Yemenis|Sanaa,Sana'a|
Zambia|Zambian,Zambians|Lusaka|
Zimbabwe|Zimbabwean,Zimbabweans|Harare|
England|English||
Scotland|Scottish,Scots||
Wales|Welsh||
Northern Ireland|Northern Irish||
Hong Kong|Hongkonger,Hongkongers,Hong Konger,Hong Kongers|Hong Kong|
Macau|Macanese|Macau|Macao
Puerto Rico|Puerto Rican,Puerto Ricans|San Juan|
Greenland|Greenlandic,Greenlanders|Nuuk|
American Samoa|American Samoan,American Samoans|Pago Pago|
Guam|Guamanian|Hagåtña|
Western Sahara|Sahrawi|Laayoune|
Bermuda|Bermudian,Bermudians||
Gibraltar|Gibraltarian,Gibraltarians||
Aruba|Aruban,Arubans||
Curaçao|||Curacao
Cayman Islands|Caymanian,Caymanians||
Faroe Islands|Faroese||Faroes
Falkland Islands|Falkland Islanders||Falklands
Isle of Man|Manx||
French Polynesia|French Polynesian,French Polynesians||
New Caledonia|New Caledonian,New Caledonians||
Martinique|||
Guadeloupe|||
Réunion|||
Mayotte|||
French Guiana|||
Guernsey|||
Anguilla|||
Montserrat|||
Turks and Caicos Islands|||Turks and Caicos
British Virgin Islands|||
Cook Islands|||
Somaliland|Somalilander,Somalilanders|Hargeisa|
Svalbard|||
Soviet Union|Soviet||USSR,U.S.S.R.
Yugoslavia|Yugoslav,Yugoslavs||
Czechoslovakia|Czechoslovak||
East Germany|East German,East Germans||German Democratic Republic`;

const list = (text: string | undefined): string[] =>
  (text ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** All countries and widely named territories. */
export const COUNTRIES: readonly CountryEntry[] = RAW.split("\n").map((line) => {
  const [name, demonyms, capitals, aliases] = line.split("|");
  return { name: name!.trim(), demonyms: list(demonyms), capitals: list(capitals), aliases: list(aliases) };
});
/** The countries' own names ("United States", not its aliases). */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES.map((c) => c.name));
