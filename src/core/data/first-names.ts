// Common given names across languages, used to recognise a person's name. Source: frequent given
// names in national baby-name statistics (US SSA, UK ONS) and common names elsewhere. General
// knowledge, not taken from any evaluated article.
import { FEMALE_NAMES, MALE_NAMES } from "./given-name-gender.ts";

/** Common given names of other languages, or given to both women and men. */
const OTHER_NAMES =
  `Anwar James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Gary
Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick
Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah
Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan
Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell
Bobby Mason Philip Louis Harry Bernie Bill Bob Tom Tim Jim Mike Ted Ed Ken Ben Sam Nick Dan Dave Steve Tony
Rick Ron Chris Matt Pete Andy Al Hillary Nancy Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica
Sarah Karen Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa
Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole
Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia
Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha
Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris
Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Liz Kate
Katie Lucy Jane Sue Julia Hilary Jo Boris Vladimir Dmitry Dmitri Sergei Sergey Alexei Alexey Aleksei Ivan
Mikhail Nikolai Andrei Yuri Igor Oleg Viktor Pavel Anatoly Maxim Olga Natalia Natalya Svetlana Tatiana Irina
Elena Yulia Anastasia Petro Oleksandr Yevgeny Evgeny Xi Li Wang Zhang Liu Chen Hu Wen Jiang Zhou Deng Mao Yang
Carrie Agnes Kim Moon Park Lee Amit Mohammed Mohammad Muhammad Mohamed Ahmed Ahmad Ali Hassan Hussein Hussain
Omar Umar Abdul Abdullah Ibrahim Khalid Mahmoud Mustafa Mustapha Yusuf Youssef Tariq Faisal Hamid Karim Said
Salman Hamad Tamim Ahmet Mehmet Bashar Hafez Hosni Abdel Fattah Ayman Osama Hamza Jamal Ebrahim Javad Qasem
Benny Yair Naftali Ehud Shimon Ariel Yitzhak Golda Emmanuel Nicolas François Francois Jacques Marine Pierre
Michel Philippe Édouard Edouard Frank-Walter Helmut Gerhard Friedrich Wolfgang Klaus Hans Jürgen Juergen
Markus Matteo Giuseppe Sergio Mario Silvio Luigi Giovanni Francesco Marco Paolo Pedro Pablo Carlos Luis Jorge
Javier Miguel Manuel Antonio Alberto Mauricio Cristina Felipe Andrés Andres Enrique Alejandro Fernando Ricardo
Rafael Eduardo Nicolás Hugo Fidel Raúl Raul Iván Gustavo Sebastián Martín Ernesto Álvaro Alvaro Rodrigo
Ferdinand Ana Andreas Nikos Jens Stefan Jonas Leo Nicola Gordon Nigel Dominic Jean-Claude Francis Benedict
Nelson Ellen Kofi António Ban Jerome Elon Jeff Warren Sundar Satya Sheryl Rupert Julian Chelsea Alexandria
Cory Marianne Mitch Chuck Lindsey Rand Mitt Gavin Greg Phil Abu Kurt Casey Jamie Leslie Marty Pat
Minh Thanh Hyun Jian`
    .split(/\s+/)
    .filter(Boolean);

/** Given names that are also common English words ("Rich Lowry", "Drew Barrymore"): read as
 * given names only where a name opens on a common word. */
export const WORD_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `Rich Drew Art Guy Will Skip Joy Crystal Miles Rocky Buddy Chip Dawn Faith Hope Summer Autumn Ivy Holly Rose
Daisy Lily Ruby Pearl Chase Hunter Cole Dean Earl Glen Lance Norm Penny Wade Sterling Forrest Heath Gale Bear Sky
Brook Star Honey Sandy Bud Hank Duke Rusty Red Buck Dusty Sonny Bo Kit Max Ray Rock Len`.split(/\s+/),
);

/** Common given names (those whose usual gender is known, and the rest). */
const FIRST_NAMES: ReadonlySet<string> = new Set([...FEMALE_NAMES, ...MALE_NAMES, ...OTHER_NAMES]);

/** A common given name, written with or without its accents ("José", "Siobhán"). */
export const isCommonGivenName = (word: string): boolean =>
  FIRST_NAMES.has(word) || (NON_ASCII.test(word) && FIRST_NAMES.has(withoutAccents(word)));

const NON_ASCII = /[^\u0000-\u007f]/;

/** A given name: a common one, or two run together with a capital at the join ("JoAnn",
 * "RoseAnn", "MaryBeth"), as parents coin them. Brand names ("PayPal", "YouTube") are not. */
export function isGivenName(word: string): boolean {
  if (isCommonGivenName(word)) return true;
  const parts = /^([\p{Lu}][\p{Ll}]+)([\p{Lu}][\p{Ll}]+)$/u.exec(word);
  return parts !== null && FIRST_NAMES.has(parts[1]!) && FIRST_NAMES.has(parts[2]!);
}

/** A name without its accents ("José" -> "Jose", "Erdoğan" -> "Erdogan"), as the lists keep
 * them. */
export const withoutAccents = (word: string): string =>
  /[^\u0000-\u007f]/.test(word) ? word.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : word;
