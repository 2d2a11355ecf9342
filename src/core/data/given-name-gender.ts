// Given names with the gender they are mostly given to, and gendered words, used to match "he" and
// "she" to a compatible antecedent. Source: the most frequent given names in the US Social
// Security Administration's baby-name tables (1940s-2000s) and the UK Office for National
// Statistics' lists, plus common names elsewhere. General knowledge, not taken from any article.
// A name given to both (Jordan, Kim, Jean, Robin) is in neither list: its gender stays unknown.

/** Given names mostly given to women. */
export const FEMALE_NAMES: ReadonlySet<string> = new Set(
  `Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra
Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura
Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra
Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren
Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison
Frances Kathryn Janice Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella
Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Kate Katie Katy Lucy Jane Sue Julia Hillary
Hilary Liz Beth Betsy Peggy Nora Ellen Eleanor Rosa Rose Irene Lillian Jill Joanne Jo Kristen Kristin Kirsten
Meghan Molly Erin Allison Alison Tina Wendy Tammy Dawn Valerie Carla Paula Monica Vanessa Veronica Sylvia
Marsha Marcia Claire Clare Caroline Hope Faith Jeanne Jeanette Kathy Cathy Katharine Jenny Jen Becky Penny
Sally Sheila Stacy Tracy Yvonne Lynn Anne Annie Ella Chloe Mia Ava Zoe Lily Leah Audrey Claudia Carly Sheryl
Nikki Michele Elaine Ivanka Melania Loretta Betsy Marsha Heidi Dianne Patty Barbara Maxine Debbie Alexandria
Tammy Tamara Stacey Cindy Gina Gretchen Kristi Angela Theresa Marine Christine Olga Natalia Natalya Svetlana
Tatiana Irina Elena Yulia Anastasia Sonia Cristina Gloria Fatima Aisha Ayesha Khadija Maryam Miriam Yasmin
Leila Layla Nadia Samira Amina Zainab Darlene Gail Lois Norma Phyllis Tanya Vicki Wanda Yolanda Rita Rhonda
Joanna Erica Jodi Kristina Bonnie Brooke Carmen Colleen Connie Darla Dolores Edna Ellie Esther Gwen Ida Jenna
Kara Lana Lena Mabel Marjorie Marlene Maureen Mildred Naomi Nina Priscilla Renee Roberta Robyn Roxanne Shannon
Stella Susie Thelma Vera Vivian Wilma Melanie Crystal Krystal Tiffany Courtney Jasmine Alyssa Kaitlyn Caitlin Haley
Hayley Brianna Kylie Erika Monique Tonya Sherry Kristy Misty Holly Regina Felicia Carrie Tara Katrina Krista
Bethany Sabrina Marissa Alicia Melinda Miranda Lindsay Natasha Cassandra Alexandra Adriana Ariana Gabriela
Daniela Valeria Mariana Camila Sofia Lucia Paola Karina Gabrielle Jocelyn Kaylee Aaliyah Jada Imani Sonya
Adrienne Yvette Lorraine Jeannie Joann Annette Bridget Juanita Rosemary Florence Gladys Agnes Edith Elsie Ethel
Beatrice Bertha Clara Minnie Mae Viola Josephine
Mariam Rania Huda Amal Hana Salma
Ingrid Astrid Sigrid Freya Mette Hanne Sanna Aino Kaisa Agnieszka Katarzyna Malgorzata Małgorzata Oksana Jovana
Ivana Elif Zeynep Ayse Ayşe Fatma Priya Ananya Kavita Lakshmi Sunita Anjali Pooja Huong Sakura Yuki Akua Ngozi
Lerato Zanele Thandiwe Valentina Francesca Giulia Chiara Camille Manon Léa Leonie Sophie Sanne Femke Aoife
Niamh Siobhan Sian Bronwen Eilidh Morag Saoirse Amara Mei Linh
Amelia Isla Rosie Evie Sienna Phoebe Matilda Emilia Maya Millie Isabelle Eva Esme Arabella Imogen Scarlett Eliza
Lola Zara Harriet Gemma Kirsty Leanne Tracey Fiona Gillian Louise Ciara Orla Roisin Sinead Maeve Mairead Greta
Norah Ada Paige Jodie Anita Eileen Noreen Isabel Pilar Marta Raquel Beatriz Montserrat Nuria Joana Ines
Rocio Helene Elodie Wanjiru Katya Ilse Rhona Neha Rekha Deepa Meera Asha Rani Jess
Lizzie Hattie Steph Vicky Mandy Tess
Petra Helena Rosalind Marisa Karin Hanna Maja Amira Moira Kari Liv Solveig Ragnhild Birgit Gunilla Ulla Annika
Linnea Elin Malin Tove Johanna Katharina Ursula Gisela Heike Anke Silke Renate Monika Sabine Birgitta Marit
Eline Ilona Zsuzsa Eszter Magdalena Beata Ewa Dorota Jolanta Halina Zofia Alina Daria Ksenia Ludmila Lyudmila
Galina Vesna Milena Dragana Snezana Mirela Andreea Ioana Elisabeta Lucía Inmaculada Consuelo Nerea
Ainhoa Leire Itziar Rocío Ximena Fernanda Luana Larissa Leticia Bruna Juliana
Renata Graziella Federica Ilaria Silvia Serena Alessandra Elisa Martina Aurélie Amélie Céline Sandrine
Nathalie Margaux Chloé Océane Mathilde Brigitte Colette Odile Geneviève Chiamaka Adaeze Funmilayo Folake Abena
Efua Wambui Njeri Akinyi Achieng Nomvula Palesa Naledi Thandeka Busisiwe Zodwa Fatoumata Aminata Mariama
Halima Zahra Shirin Parisa Mahsa Leyla Gulnara Aigul Dilnoza Shanthi Kavya Divya Shreya Swati Nisha Preeti
Nasrin Shabnam Farida Tahmina Sumaiya Yuko Keiko Naoko Haruka Aiko Yumi Ji-woo Min-ji Seo-yeon Nguyet Siew
Marisol Shanice Latoya Keisha Tanisha Ebony`
    .split(/\s+/)
    .filter(Boolean),
);

/** Given names mostly given to men. */
export const MALE_NAMES: ReadonlySet<string> = new Set(
  `James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob
Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick
Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah
Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Bryan Billy Joe
Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason
Philip Louis Harry Bernie Bill Bob Tom Tim Jim Mike Ted Ed Ken Ben Sam Nick Dan Dave Steve Tony Rick Ron Chris
Matt Pete Andy Al Barack Mitt Mitch Chuck Marco Rand Jeb Newt Rudy Corey Jared Lindsey Lamar Orrin Harry
Darrell Trey Kevin Nate Hugh Ross Neil Glenn Craig Todd Troy Brad Chad Derek Greg Phil Jon Jay Joel Luke Leon
Martin Marvin Maurice Howard Herbert Franklin Dwight Lyndon Gerald Jimmy Ronald Calvin Woodrow Abraham Ulysses
Grover Theodore Ted Boris Vladimir Dmitry Dmitri Sergei Sergey Alexei Alexey Aleksei Ivan Mikhail Nikolai
Andrei Yuri Igor Oleg Viktor Pavel Anatoly Maxim Oleksandr Yevgeny Evgeny Emmanuel Nicolas François Francois
Jacques Pierre Michel Philippe Olaf Helmut Gerhard Friedrich Wolfgang Klaus Hans Jürgen Matteo Giuseppe Sergio
Mario Silvio Luigi Giovanni Francesco Paolo Pedro Pablo Carlos Luis Jorge Javier Miguel Manuel Antonio Alberto
Felipe Andrés Andres Enrique Alejandro Fernando Ricardo Rafael Eduardo Hugo Fidel Raúl Raul Gustavo Rodrigo
Rahul Rajiv Mohammed Mohammad Muhammad Mohamed Ahmed Ahmad Ali Hassan Hussein Omar Abdul Abdullah Ibrahim
Khalid Mahmoud Mustafa Yusuf Youssef Tariq Faisal Hamid Karim Salman Ayman Osama Hamza Jamal Benjamin Benny
Ehud Shimon Ariel Yitzhak Xi Justin Nigel Nelson Jeff Warren Julian Cory Pete Adam Devin Gavin Jerome Tucker
Sean Rush Glenn Ben Jake Josh Luke Max Sebastian Oliver Oscar Leonardo Lorenzo Diego Alejandro Ernesto Fred
Ray Earl Stanley Leonard Norman Frederick Vernon Clarence Herman Harvey Lloyd Floyd Mitchell Marcus Wesley
Curtis Shawn Travis Duncan Ian Colin Graham Alistair Angus Rory Liam Connor Declan Owen Evan Hunter Cole Blake
Chase Grant Wade Dean Eddie Rex Glen Lance Dale Clyde Clint Gene Kirk Dwayne Roland Victor Johnny Danny Tommy
Ricky Randall Ronnie Lonnie Donnie Jimmie Marc Derrick Darren Darryl Jeffery Alvin Tyrone Ramon Leroy Bradley
Cody Shane Brett Terrence Terrance Bernard Don Reggie Milton Otis Stuart Sidney Hank Irving
Nathaniel Quentin Rudolph Vince Willard Wilbur Wendell Rodney Rod Rob Robby Wes Sal Duane Sheldon Darin
Jerrold Gus Ike Dick Ned Abe
Yousef Walid Nabil Samir Rami Fadi Ziad Bilal Rashid Nasser Saeed Adel Amr Hisham Jamil Majid Munir Nawaf
Qasim Raed Sami Talal Yasser Zaid Saleh Salah Khaled Hani Imad Marwan Mazen Riyad Tamer Wael Nouri Haider
Lars Nils Per Erik Sven Magnus Anders Johan Bjorn Björn Henrik Mikkel Jukka Matti Pekka Timo Juha Olli Piotr Tomasz
Krzysztof Andrzej Bogdan Dragan Zoran Goran Emre Hasan Huseyin Hüseyin Imran Anil Sunil Deepak Arjun Ravi Vikram
Suresh Ramesh Rajesh Hiroshi Takeshi Haruto Kenji Akira Kwame Chidi Emeka Chinedu Adebayo Oluwaseun Tunde Thabo
Sipho Joao João Thiago Mateus Alessandro Antoine Jules Tobias Lukas Pieter Joost Bram Willem Ciaran Eoin Cormac
Rhys Dafydd Gareth Callum Hamish Lucas Nikola Eli
Simon Charlie Alfie Freddie Archie Isaac Theo Toby Louie Reuben Arlo Luca Jude Elliot Elliott Ollie Caleb Felix
Kieran Barry Trevor Malcolm Clive Clifford Cecil Piers Giles Desmond Dermot Padraig Seamus Fergus Euan Edwin
Terence Geoffrey Seth Lionel Reginald Francisco Joaquin Ignacio Gonzalo Ruben Paulo Goncalo Rui Tiago Iain
Oisin Cian Darragh Soren Jorg Andre Stephane Frederic Gerard Sanjay Majed Sameh Tomas Raj Vijay Arun Ajay
Rohit Nikhil Zain Geoff Doug Reg Alf Bert Stu Jonny Kev Mick Micky
Mateo Oskar Ivo Aram Piet Petter Joaquim Jordi Pere Luc Kamrul Torbjorn Torbjørn Kasper Rasmus Mads Emil Axel
Gustav Einar Knut Leif Ole Arne Stig Jarle Aleksander Dariusz Marek Pawel Paweł Wojciech Jakub Michal Michał
Radek Jiri Jiří Zdenek Ondrej Vaclav Václav Dusan Miroslav Stanislav Vladislav Borislav Nenad Milos Aleksandar
Dimitar Georgi Mihai Cristian Laszlo László Gabor Gábor Zoltan Zoltán Istvan István Attila Tamas Tamás
Dieter Uwe Horst Rainer Manfred Bernd Torsten Joris Sander Ruud Maarten Wouter Jeroen Thijs Stijn Koen
Dries Arnaud Thierry Didier Yves Laurent Sebastien Sébastien Olivier Guillaume Mathieu Nicolo Niccolò Davide
Stefano Massimo Fabio Alessio Gianluca Tommaso Riccardo Emilio Ignazio Xavier Iker Unai Aitor Mikel Asier
Borja Álvaro Jaime Sergi Adrià Marcelo Leandro Caio Vinicius Vinícius Renato Fabricio Ezequiel Matías Matias
Facundo Agustin Agustín Emiliano Kwabena Kwaku Yaw Kojo Obinna Chukwuma Ifeanyi Uche Segun Femi Kunle
Babatunde Olumide Abubakar Aliyu Kipchoge Kiprono Otieno Odhiambo Mwangi Kamau Njoroge Tendai Tatenda
Themba Bongani Sizwe Mandla Lwazi Mamadou Moussa Ousmane Cheikh Abdoulaye Ibrahima Seydou Amadou Oumar
Souleymane Idrissa Arash Reza Dariush Farhad Behzad Mehdi Babak Kaveh Navid Omid Rashed Tanvir Shahid Javed
Asif Kamal Nazir Arif Farid Manish Sandeep Pradeep Prakash Ashok Vinod Naveen Kunal Varun Siddharth Aditya
Karthik Venkat Srinivas Hemant Harish Takashi Satoshi Kazuo Hideki Shinji Daisuke Ryota Kenta Min-jun Tuan Duc
Quang DeShawn Tyrell Darnell Marquis Terrell`
    .split(/\s+/)
    .filter(Boolean),
);

/** Titles and role words that say a person is a woman. */
export const FEMALE_WORDS: ReadonlySet<string> = new Set(
  `mrs mrs. ms ms. miss madam madame lady dame queen princess duchess countess baroness sister congresswoman
chairwoman spokeswoman businesswoman assemblywoman councilwoman woman girl mother wife daughter grandmother
actress widow sister-in-law first-lady`.split(/\s+/),
);

/** Titles and role words that say a person is a man. */
export const MALE_WORDS: ReadonlySet<string> = new Set(
  `mr mr. sir lord king prince duke earl baron brother father congressman chairman spokesman businessman
assemblyman councilman man boy husband son grandfather widower monsignor`.split(/\s+/),
);
