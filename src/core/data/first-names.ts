// Common given names across languages, used to recognise a person's name. Source: frequent given
// names in national baby-name statistics (US SSA, UK ONS) and common names elsewhere. General
// knowledge, not taken from any evaluated article.

/** Common given names. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  `James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary
Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond
Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian
Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel
Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Harry
Bernie Bill Bob Tom Tim Jim Mike Joe Ted Ed Ken Ben Sam Nick Dan Dave Steve Tony Rick Ron Chris Matt Pete Andy
Al Hillary Nancy Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Betty Margaret
Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura
Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel
Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan
Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice
Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie
Brittany Charlotte Marie Kayla Alexis Lori Kamala Elizabeth Liz Kate Katie Lucy Amy Jane Sue Theresa Angela Ursula
Jacinda Julia Greta Malala Oprah Hilary Jo Boris Vladimir Dmitry Dmitri Sergei Sergey Alexei Alexey Aleksei Ivan
Mikhail Nikolai Andrei Yuri Igor Oleg Viktor Pavel Anatoly Maxim Olga Natalia Natalya Svetlana Tatiana Irina Elena
Yulia Anastasia Volodymyr Petro Oleksandr Viktor Yevgeny Evgeny Ramzan Xi Li Wang Zhang Liu Chen Hu Wen Jiang Zhou
Deng Mao Yang Carrie Joshua Agnes Shinzo Yoshihide Fumio Naruhito Kim Moon Park Lee Jae-in Narendra Rahul Sonia
Indira Rajiv Manmohan Amit Arvind Imran Nawaz Benazir Shehbaz Mohammed Mohammad Muhammad Mohamed Ahmed Ahmad Ali
Hassan Hussein Hussain Omar Umar Abdul Abdullah Ibrahim Khalid Mahmoud Mustafa Mustapha Yusuf Youssef Tariq Faisal
Hamid Karim Said Salman Hamad Tamim Recep Tayyip Ahmet Mehmet Bashar Hafez Hosni Abdel Fattah Ayman Osama Hamza
Jamal Hassan Ebrahim Mahmoud Javad Ali Qasem Hassan Benjamin Benny Yair Naftali Ehud Shimon Ariel Yitzhak Golda
Emmanuel Nicolas François Francois Jacques Marine Jean Pierre Michel Philippe Édouard Edouard Angela Olaf Frank-Walter
Helmut Gerhard Annalena Friedrich Wolfgang Klaus Hans Jürgen Juergen Markus Matteo Giuseppe Sergio Mario Silvio Giorgia
Luigi Giovanni Francesco Marco Paolo Pedro Pablo Carlos Luis Jorge Javier Miguel Manuel Antonio Alberto Mauricio
Cristina Felipe Juan Andrés Andres Enrique Alejandro Fernando Ricardo Rafael Eduardo Jair Dilma Luiz Inácio Evo
Nicolás Hugo Fidel Raúl Raul Daniel Iván Gustavo Gabriel Sebastián Martín Lenín Ernesto Álvaro Alvaro Rodrigo
Ferdinand Gloria Benigno Corazon Joseph Leni Delfin Mateusz Andrzej Jarosław Jaroslaw Lech Donald Beata Viktor
Aleksandar Ana Milorad Alexis Kyriakos Andreas Nikos Recep Jens Mette Stefan Sanna Erna Jonas Sauli Alexander
Leo Micheál Enda Theresa Nicola Keir Rishi Liz Jeremy Gordon Tony Sadiq Nigel Jacob Priti Dominic Matt Michael
Justin Stephen Jean-Claude Pope Francis Benedict Cyril Jacob Thabo Nelson Robert Emmerson Uhuru William Paul Yoweri
Abiy Muhammadu Goodluck Olusegun Salva Riek John Joseph Ellen George Kofi António Antonio Ban Tedros Kristalina
Christine Jerome Janet Elon Jeff Mark Bill Warren Sundar Satya Tim Jack Larry Sergey Sheryl Susan Rupert Julian
Edward Chelsea Alexandria Bernie Elizabeth Pete Cory Beto Kirsten Joe Amy Tulsi Andrew Marianne Mitch Chuck Kevin
Lindsey Ted Marco Rand Mitt Mike Rudy Rudolph Adam Jerrold Devin Jim Robert Rick Ron Gavin Greg Andrew Phil Eric
Usman Omar Shamima Khalid Brenton Patrick Anders Dylan Dzhokhar Tamerlan Salah Syed Rizwan Hamza Abu Thomas Kurt`
    .split(/\s+/)
    .filter(Boolean),
);
