// SPDX-License-Identifier: MIT
#include "demonames.h"

#include <QLatin1StringView>

#include <cstdint>
#include <iterator>

// Name pools for the demo generator. Every person it creates is fictional: given and family names are
// drawn independently at random from lists of common, ordinary names of each culture, so any resemblance
// of a generated combination to a real person is coincidental.
//
// Latin-script cultures keep their real spelling with diacritics in `latin` and leave `native` empty.
// Cultures in another script carry the usual passport/English transliteration (plain ASCII) in `latin`
// and the original spelling in `native`. Azerbaijani is treated like the latter: `latin` is the passport
// form ("Aliyev"), `native` the Azerbaijani spelling ("Əliyev").
// Where a language genders family names, maleFamily and femaleFamily are parallel arrays (index i of
// one is the other form of index i of the other).

namespace Plenary::DemoNames {

namespace {

// ---- International (English-language Latin pool, also the fallback) --------------------------------

constexpr Name internationalMale[] = {
    {"James", ""},   {"John", ""},    {"Robert", ""}, {"Michael", ""}, {"David", ""},
    {"William", ""}, {"Richard", ""}, {"Thomas", ""}, {"Daniel", ""},  {"Paul", ""},
    {"Mark", ""},    {"Peter", ""},   {"Andrew", ""}, {"Steven", ""},  {"George", ""},
};
constexpr Name internationalFemale[] = {
    {"Mary", ""},     {"Elizabeth", ""}, {"Sarah", ""}, {"Emma", ""},      {"Laura", ""},
    {"Jennifer", ""}, {"Susan", ""},     {"Karen", ""}, {"Helen", ""},     {"Anna", ""},
    {"Emily", ""},    {"Rachel", ""},    {"Alice", ""}, {"Catherine", ""}, {"Victoria", ""},
};
constexpr Name internationalFamily[] = {
    {"Smith", ""},  {"Johnson", ""}, {"Williams", ""}, {"Brown", ""},   {"Jones", ""},
    {"Miller", ""}, {"Davis", ""},   {"Wilson", ""},   {"Taylor", ""},  {"Anderson", ""},
    {"Thomas", ""}, {"Moore", ""},   {"Martin", ""},   {"Jackson", ""}, {"Thompson", ""},
    {"White", ""},  {"Harris", ""},  {"Clark", ""},    {"Lewis", ""},   {"Walker", ""},
};

// ---- Azerbaijani --------------------------------------------------------------------------------------

constexpr Name azerbaijaniMale[] = {
    {"Ali", "Əli"},     {"Mammad", "Məmməd"}, {"Rashad", "Rəşad"}, {"Elchin", "Elçin"},  {"Orkhan", "Orxan"},
    {"Tural", "Tural"}, {"Ramil", "Ramil"},   {"Vugar", "Vüqar"},  {"Kamran", "Kamran"}, {"Farid", "Fərid"},
    {"Anar", "Anar"},   {"Nijat", "Nicat"},   {"Murad", "Murad"},  {"Javid", "Cavid"},   {"Ilgar", "İlqar"},
};
constexpr Name azerbaijaniFemale[] = {
    {"Aynur", "Aynur"},   {"Gunel", "Günel"}, {"Leyla", "Leyla"},     {"Nargiz", "Nərgiz"},
    {"Sabina", "Səbinə"}, {"Aysel", "Aysel"}, {"Nigar", "Nigar"},     {"Shabnam", "Şəbnəm"},
    {"Sevinj", "Sevinc"}, {"Konul", "Könül"}, {"Ulviyya", "Ülviyyə"}, {"Gulnar", "Gülnar"},
    {"Lala", "Lalə"},     {"Aytan", "Aytən"}, {"Khadija", "Xədicə"},
};
constexpr Name azerbaijaniMaleFamily[] = {
    {"Aliyev", "Əliyev"},    {"Mammadov", "Məmmədov"},     {"Huseynov", "Hüseynov"}, {"Hasanov", "Həsənov"},
    {"Guliyev", "Quliyev"},  {"Ismayilov", "İsmayılov"},   {"Abbasov", "Abbasov"},   {"Jafarov", "Cəfərov"},
    {"Babayev", "Babayev"},  {"Suleymanov", "Süleymanov"}, {"Ahmadov", "Əhmədov"},   {"Karimov", "Kərimov"},
    {"Naghiyev", "Nağıyev"}, {"Rzayev", "Rzayev"},         {"Orujov", "Orucov"},     {"Valiyev", "Vəliyev"},
    {"Gasimov", "Qasımov"},  {"Sadigov", "Sadıqov"},       {"Musayev", "Musayev"},   {"Hajiyev", "Hacıyev"},
};
constexpr Name azerbaijaniFemaleFamily[] = {
    {"Aliyeva", "Əliyeva"},         {"Mammadova", "Məmmədova"}, {"Huseynova", "Hüseynova"},
    {"Hasanova", "Həsənova"},       {"Guliyeva", "Quliyeva"},   {"Ismayilova", "İsmayılova"},
    {"Abbasova", "Abbasova"},       {"Jafarova", "Cəfərova"},   {"Babayeva", "Babayeva"},
    {"Suleymanova", "Süleymanova"}, {"Ahmadova", "Əhmədova"},   {"Karimova", "Kərimova"},
    {"Naghiyeva", "Nağıyeva"},      {"Rzayeva", "Rzayeva"},     {"Orujova", "Orucova"},
    {"Valiyeva", "Vəliyeva"},       {"Gasimova", "Qasımova"},   {"Sadigova", "Sadıqova"},
    {"Musayeva", "Musayeva"},       {"Hajiyeva", "Hacıyeva"},
};

// ---- Turkish ------------------------------------------------------------------------------------------

constexpr Name turkishMale[] = {
    {"Mehmet", ""}, {"Mustafa", ""}, {"Ahmet", ""}, {"Ali", ""},   {"Hüseyin", ""},
    {"Hasan", ""},  {"İbrahim", ""}, {"Murat", ""}, {"Emre", ""},  {"Burak", ""},
    {"Serkan", ""}, {"Kemal", ""},   {"Oğuz", ""},  {"Yusuf", ""}, {"Ömer", ""},
};
constexpr Name turkishFemale[] = {
    {"Ayşe", ""},  {"Fatma", ""}, {"Emine", ""}, {"Hatice", ""}, {"Zeynep", ""},
    {"Elif", ""},  {"Merve", ""}, {"Özlem", ""}, {"Esra", ""},   {"Derya", ""},
    {"Sevgi", ""}, {"Büşra", ""}, {"Selin", ""}, {"Ebru", ""},   {"Gülşen", ""},
};
constexpr Name turkishFamily[] = {
    {"Yılmaz", ""}, {"Kaya", ""},     {"Demir", ""},  {"Şahin", ""}, {"Çelik", ""},
    {"Yıldız", ""}, {"Yıldırım", ""}, {"Öztürk", ""}, {"Aydın", ""}, {"Özdemir", ""},
    {"Arslan", ""}, {"Doğan", ""},    {"Kılıç", ""},  {"Aslan", ""}, {"Çetin", ""},
    {"Kara", ""},   {"Koç", ""},      {"Kurt", ""},   {"Özkan", ""}, {"Şimşek", ""},
};

// ---- Russian ------------------------------------------------------------------------------------------

constexpr Name russianMale[] = {
    {"Aleksandr", "Александр"}, {"Sergey", "Сергей"},   {"Dmitry", "Дмитрий"}, {"Andrey", "Андрей"},
    {"Aleksey", "Алексей"},     {"Maksim", "Максим"},   {"Ivan", "Иван"},      {"Mikhail", "Михаил"},
    {"Vladimir", "Владимир"},   {"Nikolay", "Николай"}, {"Pavel", "Павел"},    {"Igor", "Игорь"},
    {"Yevgeny", "Евгений"},     {"Oleg", "Олег"},       {"Roman", "Роман"},
};
constexpr Name russianFemale[] = {
    {"Yelena", "Елена"},         {"Olga", "Ольга"},          {"Natalya", "Наталья"}, {"Tatyana", "Татьяна"},
    {"Irina", "Ирина"},          {"Svetlana", "Светлана"},   {"Anna", "Анна"},       {"Maria", "Мария"},
    {"Yekaterina", "Екатерина"}, {"Anastasia", "Анастасия"}, {"Marina", "Марина"},   {"Yulia", "Юлия"},
    {"Darya", "Дарья"},          {"Ksenia", "Ксения"},       {"Galina", "Галина"},
};
constexpr Name russianMaleFamily[] = {
    {"Ivanov", "Иванов"},      {"Smirnov", "Смирнов"},  {"Kuznetsov", "Кузнецов"}, {"Popov", "Попов"},
    {"Vasilyev", "Васильев"},  {"Petrov", "Петров"},    {"Sokolov", "Соколов"},    {"Mikhaylov", "Михайлов"},
    {"Novikov", "Новиков"},    {"Fyodorov", "Фёдоров"}, {"Morozov", "Морозов"},    {"Volkov", "Волков"},
    {"Alekseyev", "Алексеев"}, {"Lebedev", "Лебедев"},  {"Semyonov", "Семёнов"},   {"Yegorov", "Егоров"},
    {"Pavlov", "Павлов"},      {"Kozlov", "Козлов"},    {"Stepanov", "Степанов"},  {"Orlov", "Орлов"},
};
constexpr Name russianFemaleFamily[] = {
    {"Ivanova", "Иванова"},      {"Smirnova", "Смирнова"},    {"Kuznetsova", "Кузнецова"},
    {"Popova", "Попова"},        {"Vasilyeva", "Васильева"},  {"Petrova", "Петрова"},
    {"Sokolova", "Соколова"},    {"Mikhaylova", "Михайлова"}, {"Novikova", "Новикова"},
    {"Fyodorova", "Фёдорова"},   {"Morozova", "Морозова"},    {"Volkova", "Волкова"},
    {"Alekseyeva", "Алексеева"}, {"Lebedeva", "Лебедева"},    {"Semyonova", "Семёнова"},
    {"Yegorova", "Егорова"},     {"Pavlova", "Павлова"},      {"Kozlova", "Козлова"},
    {"Stepanova", "Степанова"},  {"Orlova", "Орлова"},
};

// ---- Ukrainian (Latin forms follow the official passport transliteration) ------------------------------

constexpr Name ukrainianMale[] = {
    {"Oleksandr", "Олександр"}, {"Serhii", "Сергій"},    {"Andrii", "Андрій"}, {"Volodymyr", "Володимир"},
    {"Mykola", "Микола"},       {"Ivan", "Іван"},        {"Dmytro", "Дмитро"}, {"Yurii", "Юрій"},
    {"Vasyl", "Василь"},        {"Oleh", "Олег"},        {"Petro", "Петро"},   {"Bohdan", "Богдан"},
    {"Taras", "Тарас"},         {"Mykhailo", "Михайло"}, {"Ihor", "Ігор"},
};
constexpr Name ukrainianFemale[] = {
    {"Olena", "Олена"},        {"Tetiana", "Тетяна"},    {"Nataliia", "Наталія"}, {"Iryna", "Ірина"},
    {"Oksana", "Оксана"},      {"Svitlana", "Світлана"}, {"Yuliia", "Юлія"},      {"Halyna", "Галина"},
    {"Kateryna", "Катерина"},  {"Mariia", "Марія"},      {"Anna", "Анна"},        {"Liudmyla", "Людмила"},
    {"Viktoriia", "Вікторія"}, {"Olha", "Ольга"},        {"Nadiia", "Надія"},
};
constexpr Name ukrainianMaleFamily[] = {
    {"Melnyk", "Мельник"},        {"Shevchenko", "Шевченко"},
    {"Boiko", "Бойко"},           {"Kovalenko", "Коваленко"},
    {"Bondarenko", "Бондаренко"}, {"Tkachenko", "Ткаченко"},
    {"Kovalchuk", "Ковальчук"},   {"Kravchenko", "Кравченко"},
    {"Oliinyk", "Олійник"},       {"Shevchuk", "Шевчук"},
    {"Koval", "Коваль"},          {"Polishchuk", "Поліщук"},
    {"Tkachuk", "Ткачук"},        {"Marchenko", "Марченко"},
    {"Lysenko", "Лисенко"},       {"Rudenko", "Руденко"},
    {"Savchenko", "Савченко"},    {"Petrenko", "Петренко"},
    {"Kovalskyi", "Ковальський"}, {"Vyshnevskyi", "Вишневський"},
};
constexpr Name ukrainianFemaleFamily[] = {
    {"Melnyk", "Мельник"},      {"Shevchenko", "Шевченко"},   {"Boiko", "Бойко"},
    {"Kovalenko", "Коваленко"}, {"Bondarenko", "Бондаренко"}, {"Tkachenko", "Ткаченко"},
    {"Kovalchuk", "Ковальчук"}, {"Kravchenko", "Кравченко"},  {"Oliinyk", "Олійник"},
    {"Shevchuk", "Шевчук"},     {"Koval", "Коваль"},          {"Polishchuk", "Поліщук"},
    {"Tkachuk", "Ткачук"},      {"Marchenko", "Марченко"},    {"Lysenko", "Лисенко"},
    {"Rudenko", "Руденко"},     {"Savchenko", "Савченко"},    {"Petrenko", "Петренко"},
    {"Kovalska", "Ковальська"}, {"Vyshnevska", "Вишневська"},
};

// ---- Kazakh (Kazakh Cyrillic) -------------------------------------------------------------------------

constexpr Name kazakhMale[] = {
    {"Nurlan", "Нұрлан"},      {"Yerlan", "Ерлан"},  {"Askar", "Асқар"},   {"Daulet", "Дәулет"},
    {"Bauyrzhan", "Бауыржан"}, {"Yerzhan", "Ержан"}, {"Marat", "Марат"},   {"Serik", "Серік"},
    {"Almas", "Алмас"},        {"Arman", "Арман"},   {"Timur", "Тимур"},   {"Aidos", "Айдос"},
    {"Kairat", "Қайрат"},      {"Dauren", "Дәурен"}, {"Azamat", "Азамат"},
};
constexpr Name kazakhFemale[] = {
    {"Aigerim", "Әйгерім"}, {"Aizhan", "Айжан"},    {"Gulnara", "Гүлнара"}, {"Dinara", "Динара"},
    {"Saule", "Сәуле"},     {"Aliya", "Әлия"},      {"Zhanar", "Жанар"},    {"Asel", "Әсел"},
    {"Madina", "Мадина"},   {"Ainur", "Айнұр"},     {"Gulmira", "Гүлмира"}, {"Zarina", "Зарина"},
    {"Akmaral", "Ақмарал"}, {"Botagoz", "Ботагөз"}, {"Kamila", "Камила"},
};
constexpr Name kazakhMaleFamily[] = {
    {"Akhmetov", "Ахметов"},      {"Omarov", "Омаров"},          {"Ospanov", "Оспанов"},
    {"Kassymov", "Қасымов"},      {"Sultanov", "Сұлтанов"},      {"Zhumabayev", "Жұмабаев"},
    {"Suleimenov", "Сүлейменов"}, {"Sarsenbayev", "Сәрсенбаев"}, {"Yermekov", "Ермеков"},
    {"Tulegenov", "Төлегенов"},   {"Smagulov", "Смағұлов"},      {"Baimukhanov", "Баймұханов"},
    {"Iskakov", "Ысқақов"},       {"Nurpeisov", "Нұрпейісов"},   {"Kenzhebekov", "Кенжебеков"},
    {"Amanov", "Аманов"},         {"Zhakupov", "Жақыпов"},       {"Yessimov", "Есімов"},
    {"Utebayev", "Өтебаев"},      {"Sadykov", "Садықов"},
};
constexpr Name kazakhFemaleFamily[] = {
    {"Akhmetova", "Ахметова"},      {"Omarova", "Омарова"},          {"Ospanova", "Оспанова"},
    {"Kassymova", "Қасымова"},      {"Sultanova", "Сұлтанова"},      {"Zhumabayeva", "Жұмабаева"},
    {"Suleimenova", "Сүлейменова"}, {"Sarsenbayeva", "Сәрсенбаева"}, {"Yermekova", "Ермекова"},
    {"Tulegenova", "Төлегенова"},   {"Smagulova", "Смағұлова"},      {"Baimukhanova", "Баймұханова"},
    {"Iskakova", "Ысқақова"},       {"Nurpeisova", "Нұрпейісова"},   {"Kenzhebekova", "Кенжебекова"},
    {"Amanova", "Аманова"},         {"Zhakupova", "Жақыпова"},       {"Yessimova", "Есімова"},
    {"Utebayeva", "Өтебаева"},      {"Sadykova", "Садықова"},
};

// ---- Uzbek (written in Latin script; names chosen without oʻ/gʻ) ---------------------------------------

constexpr Name uzbekMale[] = {
    {"Sherzod", ""}, {"Jasur", ""},    {"Bekzod", ""},  {"Rustam", ""},  {"Otabek", ""},
    {"Sardor", ""},  {"Jahongir", ""}, {"Anvar", ""},   {"Dilshod", ""}, {"Bobur", ""},
    {"Aziz", ""},    {"Sanjar", ""},   {"Alisher", ""}, {"Jamshid", ""}, {"Doniyor", ""},
};
constexpr Name uzbekFemale[] = {
    {"Dilnoza", ""}, {"Nigora", ""},  {"Malika", ""}, {"Gulnora", ""}, {"Shahnoza", ""},
    {"Madina", ""},  {"Nilufar", ""}, {"Zarina", ""}, {"Feruza", ""},  {"Sevara", ""},
    {"Mohira", ""},  {"Kamola", ""},  {"Nodira", ""}, {"Sitora", ""},  {"Umida", ""},
};
constexpr Name uzbekMaleFamily[] = {
    {"Yusupov", ""},  {"Abdullayev", ""}, {"Usmonov", ""},  {"Ergashev", ""}, {"Nazarov", ""},
    {"Tursunov", ""}, {"Sobirov", ""},    {"Rashidov", ""}, {"Saidov", ""},   {"Ismoilov", ""},
    {"Sultonov", ""}, {"Umarov", ""},     {"Hamidov", ""},  {"Azimov", ""},   {"Mahmudov", ""},
    {"Nurmatov", ""}, {"Salimov", ""},    {"Sharipov", ""}, {"Boboyev", ""},  {"Rahimov", ""},
};
constexpr Name uzbekFemaleFamily[] = {
    {"Yusupova", ""},  {"Abdullayeva", ""}, {"Usmonova", ""},  {"Ergasheva", ""}, {"Nazarova", ""},
    {"Tursunova", ""}, {"Sobirova", ""},    {"Rashidova", ""}, {"Saidova", ""},   {"Ismoilova", ""},
    {"Sultonova", ""}, {"Umarova", ""},     {"Hamidova", ""},  {"Azimova", ""},   {"Mahmudova", ""},
    {"Nurmatova", ""}, {"Salimova", ""},    {"Sharipova", ""}, {"Boboyeva", ""},  {"Rahimova", ""},
};

// ---- Tajik (Tajik Cyrillic; -zoda family names are not gendered) --------------------------------------

constexpr Name tajikMale[] = {
    {"Firuz", "Фирӯз"},       {"Farhod", "Фарҳод"},      {"Behruz", "Беҳрӯз"},   {"Jamshed", "Ҷамшед"},
    {"Rustam", "Рустам"},     {"Davron", "Даврон"},      {"Umed", "Умед"},       {"Parviz", "Парвиз"},
    {"Bakhtiyor", "Бахтиёр"}, {"Manuchehr", "Манучеҳр"}, {"Farrukh", "Фаррух"},  {"Dilshod", "Дилшод"},
    {"Khurshed", "Хуршед"},   {"Suhrob", "Суҳроб"},      {"Siyovush", "Сиёвуш"},
};
constexpr Name tajikFemale[] = {
    {"Nigora", "Нигора"},   {"Malika", "Малика"},   {"Shahnoza", "Шаҳноза"}, {"Zarina", "Зарина"},
    {"Firuza", "Фирӯза"},   {"Gulnora", "Гулнора"}, {"Mehrona", "Меҳрона"},  {"Madina", "Мадина"},
    {"Parvina", "Парвина"}, {"Sitora", "Ситора"},   {"Dilnoza", "Дилноза"},  {"Tahmina", "Таҳмина"},
    {"Farzona", "Фарзона"}, {"Manizha", "Манижа"},  {"Nilufar", "Нилуфар"},
};
constexpr Name tajikMaleFamily[] = {
    {"Rahimov", "Раҳимов"},      {"Karimov", "Каримов"},       {"Nazarov", "Назаров"},
    {"Safarov", "Сафаров"},      {"Sharipov", "Шарипов"},      {"Saidov", "Саидов"},
    {"Nabiev", "Набиев"},        {"Kholov", "Холов"},          {"Mirzoev", "Мирзоев"},
    {"Rajabov", "Раҷабов"},      {"Sattorov", "Сатторов"},     {"Davlatov", "Давлатов"},
    {"Ismoilov", "Исмоилов"},    {"Abdulloev", "Абдуллоев"},   {"Yusufov", "Юсуфов"},
    {"Karimzoda", "Каримзода"},  {"Nazarzoda", "Назарзода"},   {"Saidzoda", "Саидзода"},
    {"Sharifzoda", "Шарифзода"}, {"Davlatzoda", "Давлатзода"},
};
constexpr Name tajikFemaleFamily[] = {
    {"Rahimova", "Раҳимова"},    {"Karimova", "Каримова"},     {"Nazarova", "Назарова"},
    {"Safarova", "Сафарова"},    {"Sharipova", "Шарипова"},    {"Saidova", "Саидова"},
    {"Nabieva", "Набиева"},      {"Kholova", "Холова"},        {"Mirzoeva", "Мирзоева"},
    {"Rajabova", "Раҷабова"},    {"Sattorova", "Сатторова"},   {"Davlatova", "Давлатова"},
    {"Ismoilova", "Исмоилова"},  {"Abdulloeva", "Абдуллоева"}, {"Yusufova", "Юсуфова"},
    {"Karimzoda", "Каримзода"},  {"Nazarzoda", "Назарзода"},   {"Saidzoda", "Саидзода"},
    {"Sharifzoda", "Шарифзода"}, {"Davlatzoda", "Давлатзода"},
};

// ---- Serbian (Cyrillic; Latin forms without diacritics) ------------------------------------------------

constexpr Name serbianMale[] = {
    {"Nikola", "Никола"}, {"Marko", "Марко"},           {"Stefan", "Стефан"},  {"Luka", "Лука"},
    {"Milan", "Милан"},   {"Aleksandar", "Александар"}, {"Nemanja", "Немања"}, {"Dragan", "Драган"},
    {"Zoran", "Зоран"},   {"Dejan", "Дејан"},           {"Milos", "Милош"},    {"Goran", "Горан"},
    {"Nenad", "Ненад"},   {"Bojan", "Бојан"},           {"Dusan", "Душан"},
};
constexpr Name serbianFemale[] = {
    {"Milica", "Милица"},     {"Jelena", "Јелена"},         {"Ana", "Ана"},
    {"Marija", "Марија"},     {"Jovana", "Јована"},         {"Ivana", "Ивана"},
    {"Dragana", "Драгана"},   {"Snezana", "Снежана"},       {"Tijana", "Тијана"},
    {"Katarina", "Катарина"}, {"Aleksandra", "Александра"}, {"Maja", "Маја"},
    {"Sanja", "Сања"},        {"Milena", "Милена"},         {"Teodora", "Теодора"},
};
constexpr Name serbianFamily[] = {
    {"Jovanovic", "Јовановић"}, {"Petrovic", "Петровић"},
    {"Nikolic", "Николић"},     {"Markovic", "Марковић"},
    {"Djordjevic", "Ђорђевић"}, {"Stojanovic", "Стојановић"},
    {"Ilic", "Илић"},           {"Stankovic", "Станковић"},
    {"Pavlovic", "Павловић"},   {"Popovic", "Поповић"},
    {"Zivkovic", "Живковић"},   {"Todorovic", "Тодоровић"},
    {"Ristic", "Ристић"},       {"Kostic", "Костић"},
    {"Lazic", "Лазић"},         {"Mitrovic", "Митровић"},
    {"Savic", "Савић"},         {"Stevanovic", "Стевановић"},
    {"Lukic", "Лукић"},         {"Dimitrijevic", "Димитријевић"},
};

// ---- Bulgarian ----------------------------------------------------------------------------------------

constexpr Name bulgarianMale[] = {
    {"Georgi", "Георги"},         {"Ivan", "Иван"},     {"Dimitar", "Димитър"}, {"Nikolay", "Николай"},
    {"Petar", "Петър"},           {"Hristo", "Христо"}, {"Stoyan", "Стоян"},    {"Todor", "Тодор"},
    {"Aleksandar", "Александър"}, {"Vasil", "Васил"},   {"Stefan", "Стефан"},   {"Krasimir", "Красимир"},
    {"Plamen", "Пламен"},         {"Angel", "Ангел"},   {"Kaloyan", "Калоян"},
};
constexpr Name bulgarianFemale[] = {
    {"Maria", "Мария"},         {"Ivanka", "Иванка"},   {"Elena", "Елена"},      {"Yordanka", "Йорданка"},
    {"Desislava", "Десислава"}, {"Petya", "Петя"},      {"Gergana", "Гергана"},  {"Radka", "Радка"},
    {"Daniela", "Даниела"},     {"Teodora", "Теодора"}, {"Vesela", "Весела"},    {"Tsvetelina", "Цветелина"},
    {"Ralitsa", "Ралица"},      {"Galina", "Галина"},   {"Snezhana", "Снежана"},
};
constexpr Name bulgarianMaleFamily[] = {
    {"Ivanov", "Иванов"},   {"Georgiev", "Георгиев"}, {"Dimitrov", "Димитров"}, {"Petrov", "Петров"},
    {"Nikolov", "Николов"}, {"Hristov", "Христов"},   {"Stoyanov", "Стоянов"},  {"Todorov", "Тодоров"},
    {"Iliev", "Илиев"},     {"Vasilev", "Василев"},   {"Atanasov", "Атанасов"}, {"Petkov", "Петков"},
    {"Angelov", "Ангелов"}, {"Kolev", "Колев"},       {"Yordanov", "Йорданов"}, {"Markov", "Марков"},
    {"Popov", "Попов"},     {"Stefanov", "Стефанов"}, {"Dimov", "Димов"},       {"Kostadinov", "Костадинов"},
};
constexpr Name bulgarianFemaleFamily[] = {
    {"Ivanova", "Иванова"},    {"Georgieva", "Георгиева"},     {"Dimitrova", "Димитрова"},
    {"Petrova", "Петрова"},    {"Nikolova", "Николова"},       {"Hristova", "Христова"},
    {"Stoyanova", "Стоянова"}, {"Todorova", "Тодорова"},       {"Ilieva", "Илиева"},
    {"Vasileva", "Василева"},  {"Atanasova", "Атанасова"},     {"Petkova", "Петкова"},
    {"Angelova", "Ангелова"},  {"Koleva", "Колева"},           {"Yordanova", "Йорданова"},
    {"Markova", "Маркова"},    {"Popova", "Попова"},           {"Stefanova", "Стефанова"},
    {"Dimova", "Димова"},      {"Kostadinova", "Костадинова"},
};

// ---- Greek (Latin forms follow the passport transliteration) ---------------------------------------------

constexpr Name greekMale[] = {
    {"Georgios", "Γεώργιος"},   {"Ioannis", "Ιωάννης"},     {"Konstantinos", "Κωνσταντίνος"},
    {"Dimitrios", "Δημήτριος"}, {"Nikolaos", "Νικόλαος"},   {"Panagiotis", "Παναγιώτης"},
    {"Vasileios", "Βασίλειος"}, {"Christos", "Χρήστος"},    {"Athanasios", "Αθανάσιος"},
    {"Michail", "Μιχαήλ"},      {"Evangelos", "Ευάγγελος"}, {"Spyridon", "Σπυρίδων"},
    {"Antonios", "Αντώνιος"},   {"Andreas", "Ανδρέας"},     {"Alexandros", "Αλέξανδρος"},
};
constexpr Name greekFemale[] = {
    {"Maria", "Μαρία"},         {"Eleni", "Ελένη"},         {"Aikaterini", "Αικατερίνη"},
    {"Vasiliki", "Βασιλική"},   {"Sofia", "Σοφία"},         {"Angeliki", "Αγγελική"},
    {"Georgia", "Γεωργία"},     {"Dimitra", "Δήμητρα"},     {"Konstantina", "Κωνσταντίνα"},
    {"Paraskevi", "Παρασκευή"}, {"Anastasia", "Αναστασία"}, {"Christina", "Χριστίνα"},
    {"Ioanna", "Ιωάννα"},       {"Evangelia", "Ευαγγελία"}, {"Eirini", "Ειρήνη"},
};
constexpr Name greekMaleFamily[] = {
    {"Papadopoulos", "Παπαδόπουλος"},
    {"Papageorgiou", "Παπαγεωργίου"},
    {"Oikonomou", "Οικονόμου"},
    {"Georgiou", "Γεωργίου"},
    {"Nikolaou", "Νικολάου"},
    {"Karagiannis", "Καραγιάννης"},
    {"Vlachos", "Βλάχος"},
    {"Papadakis", "Παπαδάκης"},
    {"Konstantinidis", "Κωνσταντινίδης"},
    {"Dimitriou", "Δημητρίου"},
    {"Antoniou", "Αντωνίου"},
    {"Pappas", "Παππάς"},
    {"Makris", "Μακρής"},
    {"Ioannidis", "Ιωαννίδης"},
    {"Georgiadis", "Γεωργιάδης"},
    {"Alexiou", "Αλεξίου"},
    {"Christodoulou", "Χριστοδούλου"},
    {"Angelopoulos", "Αγγελόπουλος"},
    {"Michailidis", "Μιχαηλίδης"},
    {"Theodorou", "Θεοδώρου"},
};
constexpr Name greekFemaleFamily[] = {
    {"Papadopoulou", "Παπαδοπούλου"},
    {"Papageorgiou", "Παπαγεωργίου"},
    {"Oikonomou", "Οικονόμου"},
    {"Georgiou", "Γεωργίου"},
    {"Nikolaou", "Νικολάου"},
    {"Karagianni", "Καραγιάννη"},
    {"Vlachou", "Βλάχου"},
    {"Papadaki", "Παπαδάκη"},
    {"Konstantinidou", "Κωνσταντινίδου"},
    {"Dimitriou", "Δημητρίου"},
    {"Antoniou", "Αντωνίου"},
    {"Pappa", "Παππά"},
    {"Makri", "Μακρή"},
    {"Ioannidou", "Ιωαννίδου"},
    {"Georgiadou", "Γεωργιάδου"},
    {"Alexiou", "Αλεξίου"},
    {"Christodoulou", "Χριστοδούλου"},
    {"Angelopoulou", "Αγγελοπούλου"},
    {"Michailidou", "Μιχαηλίδου"},
    {"Theodorou", "Θεοδώρου"},
};

// ---- Georgian (Mkhedruli) -----------------------------------------------------------------------------

constexpr Name georgianMale[] = {
    {"Giorgi", "გიორგი"}, {"Davit", "დავით"},           {"Nikoloz", "ნიკოლოზ"}, {"Levan", "ლევან"},
    {"Irakli", "ირაკლი"}, {"Aleksandre", "ალექსანდრე"}, {"Zurab", "ზურაბ"},     {"Luka", "ლუკა"},
    {"Lasha", "ლაშა"},    {"Tornike", "თორნიკე"},       {"Mikheil", "მიხეილ"},  {"Vakhtang", "ვახტანგ"},
    {"Tamaz", "თამაზ"},   {"Nodar", "ნოდარ"},           {"Revaz", "რევაზ"},
};
constexpr Name georgianFemale[] = {
    {"Nino", "ნინო"},       {"Tamar", "თამარ"},    {"Mariam", "მარიამ"}, {"Ana", "ანა"},
    {"Ketevan", "ქეთევან"}, {"Natia", "ნათია"},    {"Eka", "ეკა"},       {"Salome", "სალომე"},
    {"Nana", "ნანა"},       {"Manana", "მანანა"},  {"Tamta", "თამთა"},   {"Maia", "მაია"},
    {"Lela", "ლელა"},       {"Khatuna", "ხათუნა"}, {"Sopio", "სოფიო"},
};
constexpr Name georgianFamily[] = {
    {"Beridze", "ბერიძე"},       {"Kapanadze", "კაპანაძე"},     {"Gelashvili", "გელაშვილი"},
    {"Maisuradze", "მაისურაძე"}, {"Giorgadze", "გიორგაძე"},     {"Lomidze", "ლომიძე"},
    {"Tsiklauri", "წიკლაური"},   {"Bolkvadze", "ბოლქვაძე"},     {"Kvaratskhelia", "კვარაცხელია"},
    {"Nozadze", "ნოზაძე"},       {"Abashidze", "აბაშიძე"},      {"Chikovani", "ჩიქოვანი"},
    {"Mamaladze", "მამალაძე"},   {"Khutsishvili", "ხუციშვილი"}, {"Shengelia", "შენგელია"},
    {"Kiknadze", "კიკნაძე"},     {"Tsintsadze", "ცინცაძე"},     {"Japaridze", "ჯაფარიძე"},
    {"Mikeladze", "მიქელაძე"},   {"Dolidze", "დოლიძე"},
};

// ---- Armenian (Eastern Armenian, reformed orthography) -----------------------------------------------

constexpr Name armenianMale[] = {
    {"Aram", "Արամ"},     {"Armen", "Արմեն"},   {"Davit", "Դավիթ"}, {"Gevorg", "Գևորգ"},
    {"Hayk", "Հայկ"},     {"Tigran", "Տիգրան"}, {"Narek", "Նարեկ"}, {"Arman", "Արման"},
    {"Vahe", "Վահե"},     {"Artur", "Արթուր"},  {"Karen", "Կարեն"}, {"Hovhannes", "Հովհաննես"},
    {"Sargis", "Սարգիս"}, {"Levon", "Լևոն"},    {"Ashot", "Աշոտ"},
};
constexpr Name armenianFemale[] = {
    {"Anna", "Աննա"},      {"Mariam", "Մարիամ"}, {"Ani", "Անի"},       {"Lilit", "Լիլիթ"},
    {"Nare", "Նարե"},      {"Gayane", "Գայանե"}, {"Armine", "Արմինե"}, {"Narine", "Նարինե"},
    {"Lusine", "Լուսինե"}, {"Anahit", "Անահիտ"}, {"Hasmik", "Հասմիկ"}, {"Tatev", "Տաթև"},
    {"Astghik", "Աստղիկ"}, {"Karine", "Կարինե"}, {"Seda", "Սեդա"},
};
constexpr Name armenianFamily[] = {
    {"Harutyunyan", "Հարությունյան"}, {"Sargsyan", "Սարգսյան"},   {"Hovhannisyan", "Հովհաննիսյան"},
    {"Grigoryan", "Գրիգորյան"},       {"Petrosyan", "Պետրոսյան"}, {"Khachatryan", "Խաչատրյան"},
    {"Hakobyan", "Հակոբյան"},         {"Vardanyan", "Վարդանյան"}, {"Karapetyan", "Կարապետյան"},
    {"Gevorgyan", "Գևորգյան"},        {"Mkrtchyan", "Մկրտչյան"},  {"Avetisyan", "Ավետիսյան"},
    {"Martirosyan", "Մարտիրոսյան"},   {"Ghazaryan", "Ղազարյան"},  {"Poghosyan", "Պողոսյան"},
    {"Stepanyan", "Ստեփանյան"},       {"Manukyan", "Մանուկյան"},  {"Simonyan", "Սիմոնյան"},
    {"Davtyan", "Դավթյան"},           {"Margaryan", "Մարգարյան"},
};

// ---- Arabic -------------------------------------------------------------------------------------------

constexpr Name arabicMale[] = {
    {"Mohammed", "محمد"}, {"Ahmed", "أحمد"},        {"Ali", "علي"},         {"Omar", "عمر"},
    {"Khalid", "خالد"},   {"Youssef", "يوسف"},      {"Ibrahim", "إبراهيم"}, {"Hassan", "حسن"},
    {"Hussein", "حسين"},  {"Abdullah", "عبد الله"}, {"Mahmoud", "محمود"},   {"Tariq", "طارق"},
    {"Faisal", "فيصل"},   {"Samir", "سمير"},        {"Karim", "كريم"},
};
constexpr Name arabicFemale[] = {
    {"Fatima", "فاطمة"}, {"Aisha", "عائشة"},   {"Mariam", "مريم"}, {"Layla", "ليلى"},  {"Noor", "نور"},
    {"Sara", "سارة"},    {"Huda", "هدى"},      {"Amal", "أمل"},    {"Rania", "رانيا"}, {"Hanan", "حنان"},
    {"Salma", "سلمى"},   {"Yasmin", "ياسمين"}, {"Reem", "ريم"},    {"Zainab", "زينب"}, {"Nadia", "نادية"},
};
constexpr Name arabicFamily[] = {
    {"Al-Ahmad", "الأحمد"}, {"Haddad", "حداد"},    {"Khalil", "خليل"},        {"Mansour", "منصور"},
    {"Saleh", "صالح"},      {"Nasser", "ناصر"},    {"Al-Hashimi", "الهاشمي"}, {"Othman", "عثمان"},
    {"Hamdan", "حمدان"},    {"Al-Sayed", "السيد"}, {"Farouk", "فاروق"},       {"Qasim", "قاسم"},
    {"Suleiman", "سليمان"}, {"Aziz", "عزيز"},      {"Abbas", "عباس"},         {"Al-Khatib", "الخطيب"},
    {"Jaber", "جابر"},      {"Darwish", "درويش"},  {"Al-Najjar", "النجار"},   {"Al-Masri", "المصري"},
};

// ---- Persian (Persian letters ی and ک) -----------------------------------------------------------------

constexpr Name persianMale[] = {
    {"Ali", "علی"},      {"Reza", "رضا"},     {"Mohammad", "محمد"},  {"Hossein", "حسین"}, {"Mehdi", "مهدی"},
    {"Amir", "امیر"},    {"Hamid", "حمید"},   {"Saeed", "سعید"},     {"Mohsen", "محسن"},  {"Majid", "مجید"},
    {"Behzad", "بهزاد"}, {"Farhad", "فرهاد"}, {"Dariush", "داریوش"}, {"Babak", "بابک"},   {"Navid", "نوید"},
};
constexpr Name persianFemale[] = {
    {"Maryam", "مریم"},  {"Fatemeh", "فاطمه"}, {"Zahra", "زهرا"},      {"Sara", "سارا"},  {"Narges", "نرگس"},
    {"Leila", "لیلا"},   {"Shirin", "شیرین"},  {"Parisa", "پریسا"},    {"Mahsa", "مهسا"}, {"Neda", "ندا"},
    {"Azadeh", "آزاده"}, {"Elham", "الهام"},   {"Fereshteh", "فرشته"}, {"Mina", "مینا"},  {"Nasrin", "نسرین"},
};
constexpr Name persianFamily[] = {
    {"Mohammadi", "محمدی"},   {"Hosseini", "حسینی"},  {"Ahmadi", "احمدی"},  {"Rezaei", "رضایی"},
    {"Moradi", "مرادی"},      {"Karimi", "کریمی"},    {"Jafari", "جعفری"},  {"Rahimi", "رحیمی"},
    {"Hashemi", "هاشمی"},     {"Ghorbani", "قربانی"}, {"Sadeghi", "صادقی"}, {"Mousavi", "موسوی"},
    {"Heidari", "حیدری"},     {"Akbari", "اکبری"},    {"Kazemi", "کاظمی"},  {"Rostami", "رستمی"},
    {"Ebrahimi", "ابراهیمی"}, {"Nazari", "نظری"},     {"Azizi", "عزیزی"},   {"Tehrani", "تهرانی"},
};

// ---- Urdu (Urdu letters ی ک ہ ھ ٹ) -------------------------------------------------------------------

constexpr Name urduMale[] = {
    {"Muhammad", "محمد"}, {"Ahmed", "احمد"},  {"Ali", "علی"},     {"Imran", "عمران"},   {"Bilal", "بلال"},
    {"Hassan", "حسن"},    {"Usman", "عثمان"}, {"Faisal", "فیصل"}, {"Kamran", "کامران"}, {"Asif", "آصف"},
    {"Tariq", "طارق"},    {"Shahid", "شاہد"}, {"Naveed", "نوید"}, {"Salman", "سلمان"},  {"Adnan", "عدنان"},
};
constexpr Name urduFemale[] = {
    {"Ayesha", "عائشہ"}, {"Fatima", "فاطمہ"}, {"Sana", "ثنا"},    {"Hira", "حرا"},    {"Maryam", "مریم"},
    {"Amna", "آمنہ"},    {"Nadia", "نادیہ"},  {"Sadia", "سعدیہ"}, {"Saima", "صائمہ"}, {"Rabia", "رابعہ"},
    {"Zainab", "زینب"},  {"Mehwish", "مہوش"}, {"Sidra", "سدرہ"},  {"Farah", "فرح"},   {"Nida", "ندا"},
};
constexpr Name urduFamily[] = {
    {"Khan", "خان"},    {"Malik", "ملک"},    {"Qureshi", "قریشی"}, {"Chaudhry", "چودھری"},
    {"Butt", "بٹ"},     {"Shah", "شاہ"},     {"Sheikh", "شیخ"},    {"Mirza", "مرزا"},
    {"Raza", "رضا"},    {"Hussain", "حسین"}, {"Abbasi", "عباسی"},  {"Siddiqui", "صدیقی"},
    {"Akhtar", "اختر"}, {"Iqbal", "اقبال"},  {"Javed", "جاوید"},   {"Rana", "رانا"},
    {"Awan", "اعوان"},  {"Bhatti", "بھٹی"},  {"Hashmi", "ہاشمی"},  {"Rehman", "رحمان"},
};

// ---- Hebrew -------------------------------------------------------------------------------------------

constexpr Name hebrewMale[] = {
    {"David", "דוד"},   {"Yosef", "יוסף"}, {"Moshe", "משה"}, {"Avraham", "אברהם"}, {"Daniel", "דניאל"},
    {"Ariel", "אריאל"}, {"Noam", "נועם"},  {"Itai", "איתי"}, {"Yonatan", "יונתן"}, {"Eitan", "איתן"},
    {"Omer", "עומר"},   {"Amit", "עמית"},  {"Uri", "אורי"},  {"Yair", "יאיר"},     {"Oren", "אורן"},
};
constexpr Name hebrewFemale[] = {
    {"Sarah", "שרה"},   {"Rachel", "רחל"}, {"Tamar", "תמר"}, {"Noa", "נועה"},   {"Yael", "יעל"},
    {"Michal", "מיכל"}, {"Shira", "שירה"}, {"Maya", "מאיה"}, {"Adi", "עדי"},    {"Hila", "הילה"},
    {"Liat", "ליאת"},   {"Orly", "אורלי"}, {"Dana", "דנה"},  {"Rivka", "רבקה"}, {"Keren", "קרן"},
};
constexpr Name hebrewFamily[] = {
    {"Cohen", "כהן"},      {"Levi", "לוי"},   {"Mizrahi", "מזרחי"},    {"Peretz", "פרץ"},
    {"Biton", "ביטון"},    {"Dahan", "דהן"},  {"Friedman", "פרידמן"},  {"Malka", "מלכה"},
    {"Azoulay", "אזולאי"}, {"Katz", "כץ"},    {"Amar", "עמר"},         {"Ohayon", "אוחיון"},
    {"Hadad", "חדד"},      {"Gabay", "גבאי"}, {"Shapira", "שפירא"},    {"Ashkenazi", "אשכנזי"},
    {"Segal", "סגל"},      {"Golan", "גולן"}, {"Ben-David", "בן דוד"}, {"Klein", "קליין"},
};

// ---- Hindi (Devanagari) -------------------------------------------------------------------------------

constexpr Name hindiMale[] = {
    {"Rahul", "राहुल"}, {"Amit", "अमित"},   {"Rajesh", "राजेश"}, {"Suresh", "सुरेश"},  {"Vikram", "विक्रम"},
    {"Arjun", "अर्जुन"}, {"Sanjay", "संजय"},  {"Anil", "अनिल"},   {"Rohit", "रोहित"}, {"Manoj", "मनोज"},
    {"Vijay", "विजय"}, {"Deepak", "दीपक"}, {"Ravi", "रवि"},    {"Ashok", "अशोक"},  {"Nikhil", "निखिल"},
};
constexpr Name hindiFemale[] = {
    {"Priya", "प्रिया"},  {"Anjali", "अंजलि"},    {"Pooja", "पूजा"},   {"Neha", "नेहा"},   {"Sunita", "सुनीता"},
    {"Kavita", "कविता"}, {"Deepika", "दीपिका"}, {"Anita", "अनीता"}, {"Meera", "मीरा"}, {"Rekha", "रेखा"},
    {"Swati", "स्वाति"},  {"Shalini", "शालिनी"}, {"Aarti", "आरती"},  {"Nisha", "निशा"}, {"Divya", "दिव्या"},
};
constexpr Name hindiFamily[] = {
    {"Sharma", "शर्मा"},    {"Verma", "वर्मा"},    {"Gupta", "गुप्ता"},   {"Singh", "सिंह"},     {"Kumar", "कुमार"},
    {"Patel", "पटेल"},      {"Reddy", "रेड्डी"},    {"Mishra", "मिश्रा"}, {"Yadav", "यादव"},    {"Joshi", "जोशी"},
    {"Agarwal", "अग्रवाल"}, {"Chauhan", "चौहान"}, {"Pandey", "पांडेय"},  {"Nair", "नायर"},     {"Iyer", "अय्यर"},
    {"Mehta", "मेहता"},     {"Rao", "राव"},       {"Saxena", "सक्सेना"}, {"Tiwari", "तिवारी"}, {"Kapoor", "कपूर"},
};

// ---- Thai ---------------------------------------------------------------------------------------------

constexpr Name thaiMale[] = {
    {"Somchai", "สมชาย"},   {"Somsak", "สมศักดิ์"},    {"Prasert", "ประเสริฐ"}, {"Anan", "อนันต์"},
    {"Wichai", "วิชัย"},      {"Surachai", "สุรชัย"},   {"Chaiwat", "ชัยวัฒน์"},   {"Thanawat", "ธนวัฒน์"},
    {"Kittisak", "กิตติศักดิ์"}, {"Nattapong", "ณัฐพงศ์"}, {"Sombat", "สมบัติ"},     {"Arthit", "อาทิตย์"},
    {"Sakchai", "ศักดิ์ชัย"},   {"Narong", "ณรงค์"},     {"Surasak", "สุรศักดิ์"},
};
constexpr Name thaiFemale[] = {
    {"Somying", "สมหญิง"},    {"Malee", "มาลี"},     {"Siriporn", "ศิริพร"},  {"Kanya", "กัญญา"},
    {"Suda", "สุดา"},         {"Pranee", "ปราณี"},   {"Wanida", "วนิดา"},    {"Ratana", "รัตนา"},
    {"Supaporn", "สุภาพร"},   {"Porntip", "พรทิพย์"}, {"Jintana", "จินตนา"},  {"Waraporn", "วราภรณ์"},
    {"Kanokwan", "กนกวรรณ"}, {"Araya", "อารยา"},   {"Sasithorn", "ศศิธร"},
};
constexpr Name thaiFamily[] = {
    {"Saetang", "แซ่ตั้ง"},       {"Saelim", "แซ่ลิ้ม"},         {"Srisuk", "ศรีสุข"},       {"Thongdee", "ทองดี"},
    {"Wongsawat", "วงศ์สวัสดิ์"},  {"Suwannarat", "สุวรรณรัตน์"}, {"Chaiyasit", "ชัยสิทธิ์"},   {"Kaewmanee", "แก้วมณี"},
    {"Boonmee", "บุญมี"},        {"Sukjai", "สุขใจ"},         {"Rattanakul", "รัตนกุล"},  {"Thongsuk", "ทองสุข"},
    {"Sangthong", "แสงทอง"},   {"Chanthawong", "จันทวงศ์"},  {"Siriwat", "ศิริวัฒน์"},     {"Jaidee", "ใจดี"},
    {"Srisomboon", "ศรีสมบูรณ์"}, {"Meesuk", "มีสุข"},          {"Charoensuk", "เจริญสุข"}, {"Phromma", "พรหมมา"},
};

// ---- Chinese (simplified Hanzi; pinyin without tone marks) --------------------------------------------

constexpr Name chineseMale[] = {
    {"Wei", "伟"},  {"Qiang", "强"},      {"Lei", "磊"},       {"Jun", "军"},       {"Yong", "勇"},
    {"Jie", "杰"},  {"Tao", "涛"},        {"Ming", "明"},      {"Chao", "超"},      {"Hao", "浩"},
    {"Peng", "鹏"}, {"Zhiqiang", "志强"}, {"Jianguo", "建国"}, {"Jianhua", "建华"}, {"Haitao", "海涛"},
};
constexpr Name chineseFemale[] = {
    {"Fang", "芳"}, {"Na", "娜"},   {"Min", "敏"},       {"Jing", "静"},   {"Li", "丽"},
    {"Yan", "艳"},  {"Juan", "娟"}, {"Xia", "霞"},       {"Ting", "婷"},   {"Xue", "雪"},
    {"Qian", "倩"}, {"Mei", "梅"},  {"Xiuying", "秀英"}, {"Lina", "丽娜"}, {"Hui", "慧"},
};
constexpr Name chineseFamily[] = {
    {"Wang", "王"}, {"Li", "李"},    {"Zhang", "张"}, {"Liu", "刘"}, {"Chen", "陈"},
    {"Yang", "杨"}, {"Huang", "黄"}, {"Zhao", "赵"},  {"Wu", "吴"},  {"Zhou", "周"},
    {"Xu", "徐"},   {"Sun", "孙"},   {"Ma", "马"},    {"Zhu", "朱"}, {"Hu", "胡"},
    {"Guo", "郭"},  {"He", "何"},    {"Lin", "林"},   {"Gao", "高"}, {"Luo", "罗"},
};

// ---- Japanese (Kanji; Hepburn as in passports, long vowels unmarked) -------------------------------------

constexpr Name japaneseMale[] = {
    {"Hiroshi", "浩"},  {"Takashi", "隆"},   {"Kenji", "健二"},  {"Daisuke", "大輔"}, {"Takuya", "拓也"},
    {"Kazuki", "和樹"}, {"Shota", "翔太"},   {"Naoki", "直樹"},  {"Satoshi", "聡"},   {"Makoto", "誠"},
    {"Kenta", "健太"},  {"Tetsuya", "哲也"}, {"Kazuya", "和也"}, {"Hideki", "英樹"},  {"Ryota", "亮太"},
};
constexpr Name japaneseFemale[] = {
    {"Yoko", "洋子"},  {"Keiko", "恵子"},    {"Naoko", "直子"}, {"Yuko", "裕子"},   {"Tomoko", "智子"},
    {"Akiko", "明子"}, {"Mayumi", "真由美"}, {"Megumi", "恵"},  {"Yumi", "由美"},   {"Kaori", "香織"},
    {"Emi", "恵美"},   {"Sachiko", "幸子"},  {"Haruka", "遥"},  {"Misaki", "美咲"}, {"Aya", "彩"},
};
constexpr Name japaneseFamily[] = {
    {"Sato", "佐藤"},      {"Suzuki", "鈴木"},    {"Takahashi", "高橋"}, {"Tanaka", "田中"},
    {"Watanabe", "渡辺"},  {"Ito", "伊藤"},       {"Yamamoto", "山本"},  {"Nakamura", "中村"},
    {"Kobayashi", "小林"}, {"Kato", "加藤"},      {"Yoshida", "吉田"},   {"Yamada", "山田"},
    {"Sasaki", "佐々木"},  {"Yamaguchi", "山口"}, {"Matsumoto", "松本"}, {"Inoue", "井上"},
    {"Kimura", "木村"},    {"Hayashi", "林"},     {"Shimizu", "清水"},   {"Saito", "斎藤"},
};

// ---- Korean (Hangul) ----------------------------------------------------------------------------------

constexpr Name koreanMale[] = {
    {"Min-jun", "민준"},   {"Ji-hoon", "지훈"},    {"Hyun-woo", "현우"}, {"Sung-min", "성민"},
    {"Jae-won", "재원"},   {"Dong-hyun", "동현"},  {"Young-ho", "영호"}, {"Jun-ho", "준호"},
    {"Sang-woo", "상우"},  {"Seung-hyun", "승현"}, {"Jin-woo", "진우"},  {"Kyung-soo", "경수"},
    {"Jong-hoon", "종훈"}, {"Min-ho", "민호"},     {"Do-yoon", "도윤"},
};
constexpr Name koreanFemale[] = {
    {"Ji-yeon", "지연"},   {"Seo-yeon", "서연"},  {"Min-ji", "민지"},   {"Su-jin", "수진"},
    {"Hye-jin", "혜진"},   {"Eun-ji", "은지"},    {"Ji-eun", "지은"},   {"Yu-na", "유나"},
    {"Ha-eun", "하은"},    {"Soo-min", "수민"},   {"Mi-kyung", "미경"}, {"Young-mi", "영미"},
    {"Eun-young", "은영"}, {"Hyun-jung", "현정"}, {"Ji-won", "지원"},
};
constexpr Name koreanFamily[] = {
    {"Kim", "김"},   {"Lee", "이"}, {"Park", "박"}, {"Choi", "최"}, {"Jung", "정"},
    {"Kang", "강"},  {"Cho", "조"}, {"Yoon", "윤"}, {"Jang", "장"}, {"Lim", "임"},
    {"Han", "한"},   {"Oh", "오"},  {"Seo", "서"},  {"Shin", "신"}, {"Kwon", "권"},
    {"Hwang", "황"}, {"Ahn", "안"}, {"Song", "송"}, {"Yoo", "유"},  {"Hong", "홍"},
};

// ---- German -------------------------------------------------------------------------------------------

constexpr Name germanMale[] = {
    {"Thomas", ""},    {"Michael", ""}, {"Andreas", ""}, {"Stefan", ""}, {"Markus", ""},
    {"Christian", ""}, {"Jürgen", ""},  {"Klaus", ""},   {"Frank", ""},  {"Matthias", ""},
    {"Alexander", ""}, {"Tobias", ""},  {"Jörg", ""},    {"Uwe", ""},    {"Sebastian", ""},
};
constexpr Name germanFemale[] = {
    {"Sabine", ""}, {"Susanne", ""}, {"Petra", ""},  {"Claudia", ""},  {"Andrea", ""},
    {"Katrin", ""}, {"Julia", ""},   {"Anna", ""},   {"Stefanie", ""}, {"Nicole", ""},
    {"Birgit", ""}, {"Monika", ""},  {"Sandra", ""}, {"Jutta", ""},    {"Bärbel", ""},
};
constexpr Name germanFamily[] = {
    {"Müller", ""},  {"Schmidt", ""},  {"Schneider", ""}, {"Fischer", ""}, {"Weber", ""},
    {"Meyer", ""},   {"Wagner", ""},   {"Becker", ""},    {"Schulz", ""},  {"Hoffmann", ""},
    {"Schäfer", ""}, {"Koch", ""},     {"Bauer", ""},     {"Richter", ""}, {"Klein", ""},
    {"Wolf", ""},    {"Schröder", ""}, {"Neumann", ""},   {"Krüger", ""},  {"Zimmermann", ""},
};

// ---- French -------------------------------------------------------------------------------------------

constexpr Name frenchMale[] = {
    {"Jean", ""},     {"Pierre", ""},    {"Michel", ""},  {"Philippe", ""}, {"Nicolas", ""},
    {"François", ""}, {"Laurent", ""},   {"Éric", ""},    {"Olivier", ""},  {"Christophe", ""},
    {"Julien", ""},   {"Sébastien", ""}, {"Thierry", ""}, {"Stéphane", ""}, {"Guillaume", ""},
};
constexpr Name frenchFemale[] = {
    {"Marie", ""},     {"Nathalie", ""}, {"Isabelle", ""}, {"Sylvie", ""},    {"Catherine", ""},
    {"Françoise", ""}, {"Sophie", ""},   {"Valérie", ""},  {"Christine", ""}, {"Céline", ""},
    {"Claire", ""},    {"Camille", ""},  {"Émilie", ""},   {"Hélène", ""},    {"Aurélie", ""},
};
constexpr Name frenchFamily[] = {
    {"Martin", ""},  {"Bernard", ""},  {"Dubois", ""},   {"Thomas", ""}, {"Robert", ""},
    {"Richard", ""}, {"Petit", ""},    {"Durand", ""},   {"Leroy", ""},  {"Moreau", ""},
    {"Simon", ""},   {"Lefebvre", ""}, {"Mercier", ""},  {"David", ""},  {"Bertrand", ""},
    {"Roux", ""},    {"Vincent", ""},  {"Fournier", ""}, {"Girard", ""}, {"Faure", ""},
};

// ---- Spanish ------------------------------------------------------------------------------------------

constexpr Name spanishMale[] = {
    {"José", ""},   {"Antonio", ""},  {"Manuel", ""}, {"Francisco", ""}, {"Juan", ""},
    {"Javier", ""}, {"Carlos", ""},   {"Miguel", ""}, {"Alejandro", ""}, {"Rafael", ""},
    {"Pedro", ""},  {"Fernando", ""}, {"Luis", ""},   {"Jorge", ""},     {"Diego", ""},
};
constexpr Name spanishFemale[] = {
    {"María", ""}, {"Carmen", ""}, {"Ana", ""},      {"Isabel", ""}, {"Laura", ""},
    {"Lucía", ""}, {"Marta", ""},  {"Cristina", ""}, {"Elena", ""},  {"Patricia", ""},
    {"Rosa", ""},  {"Pilar", ""},  {"Sofía", ""},    {"Paula", ""},  {"Gabriela", ""},
};
constexpr Name spanishFamily[] = {
    {"García", ""},   {"Rodríguez", ""}, {"González", ""},  {"Fernández", ""}, {"López", ""},
    {"Martínez", ""}, {"Sánchez", ""},   {"Pérez", ""},     {"Gómez", ""},     {"Martín", ""},
    {"Jiménez", ""},  {"Ruiz", ""},      {"Hernández", ""}, {"Díaz", ""},      {"Moreno", ""},
    {"Álvarez", ""},  {"Muñoz", ""},     {"Romero", ""},    {"Torres", ""},    {"Ramírez", ""},
};

// ---- Portuguese ---------------------------------------------------------------------------------------

constexpr Name portugueseMale[] = {
    {"João", ""},    {"José", ""},   {"Pedro", ""}, {"Paulo", ""},   {"Carlos", ""},
    {"Luís", ""},    {"Rafael", ""}, {"Lucas", ""}, {"Gabriel", ""}, {"Marcos", ""},
    {"Ricardo", ""}, {"Tiago", ""},  {"Bruno", ""}, {"Rodrigo", ""}, {"André", ""},
};
constexpr Name portugueseFemale[] = {
    {"Maria", ""},    {"Ana", ""},    {"Beatriz", ""},  {"Mariana", ""},  {"Juliana", ""},
    {"Fernanda", ""}, {"Camila", ""}, {"Patrícia", ""}, {"Carolina", ""}, {"Inês", ""},
    {"Rita", ""},     {"Sofia", ""},  {"Gabriela", ""}, {"Adriana", ""},  {"Joana", ""},
};
constexpr Name portugueseFamily[] = {
    {"Silva", ""},     {"Santos", ""},    {"Ferreira", ""}, {"Pereira", ""}, {"Oliveira", ""},
    {"Costa", ""},     {"Rodrigues", ""}, {"Martins", ""},  {"Sousa", ""},   {"Almeida", ""},
    {"Carvalho", ""},  {"Gomes", ""},     {"Lopes", ""},    {"Ribeiro", ""}, {"Alves", ""},
    {"Fernandes", ""}, {"Lima", ""},      {"Araújo", ""},   {"Barbosa", ""}, {"Rocha", ""},
};

// ---- Italian ------------------------------------------------------------------------------------------

constexpr Name italianMale[] = {
    {"Marco", ""},   {"Giuseppe", ""},   {"Giovanni", ""}, {"Antonio", ""}, {"Francesco", ""},
    {"Luca", ""},    {"Alessandro", ""}, {"Andrea", ""},   {"Paolo", ""},   {"Stefano", ""},
    {"Roberto", ""}, {"Davide", ""},     {"Matteo", ""},   {"Lorenzo", ""}, {"Massimo", ""},
};
constexpr Name italianFemale[] = {
    {"Giulia", ""},   {"Francesca", ""}, {"Chiara", ""},    {"Sara", ""},  {"Maria", ""},
    {"Anna", ""},     {"Laura", ""},     {"Valentina", ""}, {"Elena", ""}, {"Alessandra", ""},
    {"Federica", ""}, {"Silvia", ""},    {"Paola", ""},     {"Elisa", ""}, {"Martina", ""},
};
constexpr Name italianFamily[] = {
    {"Rossi", ""},  {"Russo", ""},    {"Ferrari", ""}, {"Esposito", ""}, {"Bianchi", ""},
    {"Romano", ""}, {"Colombo", ""},  {"Ricci", ""},   {"Marino", ""},   {"Greco", ""},
    {"Bruno", ""},  {"Gallo", ""},    {"Conti", ""},   {"De Luca", ""},  {"Mancini", ""},
    {"Costa", ""},  {"Giordano", ""}, {"Rizzo", ""},   {"Lombardi", ""}, {"Moretti", ""},
};

// ---- Polish -------------------------------------------------------------------------------------------

constexpr Name polishMale[] = {
    {"Piotr", ""},  {"Krzysztof", ""}, {"Andrzej", ""}, {"Tomasz", ""},   {"Paweł", ""},
    {"Michał", ""}, {"Marcin", ""},    {"Jakub", ""},   {"Łukasz", ""},   {"Grzegorz", ""},
    {"Adam", ""},   {"Marek", ""},     {"Mateusz", ""}, {"Wojciech", ""}, {"Rafał", ""},
};
constexpr Name polishFemale[] = {
    {"Anna", ""},  {"Katarzyna", ""}, {"Małgorzata", ""}, {"Agnieszka", ""}, {"Barbara", ""},
    {"Ewa", ""},   {"Magdalena", ""}, {"Joanna", ""},     {"Monika", ""},    {"Aleksandra", ""},
    {"Beata", ""}, {"Zofia", ""},     {"Dorota", ""},     {"Karolina", ""},  {"Justyna", ""},
};
constexpr Name polishMaleFamily[] = {
    {"Nowak", ""},     {"Kowalski", ""},    {"Wiśniewski", ""}, {"Wójcik", ""},    {"Kowalczyk", ""},
    {"Kamiński", ""},  {"Lewandowski", ""}, {"Zieliński", ""},  {"Szymański", ""}, {"Woźniak", ""},
    {"Dąbrowski", ""}, {"Kozłowski", ""},   {"Jankowski", ""},  {"Mazur", ""},     {"Kwiatkowski", ""},
    {"Krawczyk", ""},  {"Piotrowski", ""},  {"Grabowski", ""},  {"Pawłowski", ""}, {"Wróbel", ""},
};
constexpr Name polishFemaleFamily[] = {
    {"Nowak", ""},     {"Kowalska", ""},    {"Wiśniewska", ""}, {"Wójcik", ""},    {"Kowalczyk", ""},
    {"Kamińska", ""},  {"Lewandowska", ""}, {"Zielińska", ""},  {"Szymańska", ""}, {"Woźniak", ""},
    {"Dąbrowska", ""}, {"Kozłowska", ""},   {"Jankowska", ""},  {"Mazur", ""},     {"Kwiatkowska", ""},
    {"Krawczyk", ""},  {"Piotrowska", ""},  {"Grabowska", ""},  {"Pawłowska", ""}, {"Wróbel", ""},
};

// ---- Czech --------------------------------------------------------------------------------------------

constexpr Name czechMale[] = {
    {"Jan", ""},    {"Jiří", ""},   {"Petr", ""},      {"Josef", ""},    {"Pavel", ""},
    {"Martin", ""}, {"Tomáš", ""},  {"Jaroslav", ""},  {"Miroslav", ""}, {"Zdeněk", ""},
    {"Václav", ""}, {"Michal", ""}, {"František", ""}, {"Lukáš", ""},    {"Ondřej", ""},
};
constexpr Name czechFemale[] = {
    {"Jana", ""},     {"Marie", ""},  {"Eva", ""},     {"Hana", ""},    {"Lenka", ""},
    {"Kateřina", ""}, {"Lucie", ""},  {"Věra", ""},    {"Alena", ""},   {"Petra", ""},
    {"Veronika", ""}, {"Tereza", ""}, {"Martina", ""}, {"Markéta", ""}, {"Zuzana", ""},
};
constexpr Name czechMaleFamily[] = {
    {"Novák", ""},     {"Svoboda", ""}, {"Novotný", ""},  {"Dvořák", ""}, {"Černý", ""},
    {"Procházka", ""}, {"Kučera", ""},  {"Veselý", ""},   {"Horák", ""},  {"Němec", ""},
    {"Pokorný", ""},   {"Marek", ""},   {"Pospíšil", ""}, {"Hájek", ""},  {"Jelínek", ""},
    {"Král", ""},      {"Růžička", ""}, {"Beneš", ""},    {"Fiala", ""},  {"Sedláček", ""},
};
constexpr Name czechFemaleFamily[] = {
    {"Nováková", ""},    {"Svobodová", ""}, {"Novotná", ""},     {"Dvořáková", ""}, {"Černá", ""},
    {"Procházková", ""}, {"Kučerová", ""},  {"Veselá", ""},      {"Horáková", ""},  {"Němcová", ""},
    {"Pokorná", ""},     {"Marková", ""},   {"Pospíšilová", ""}, {"Hájková", ""},   {"Jelínková", ""},
    {"Králová", ""},     {"Růžičková", ""}, {"Benešová", ""},    {"Fialová", ""},   {"Sedláčková", ""},
};

// ---- Hungarian ----------------------------------------------------------------------------------------

constexpr Name hungarianMale[] = {
    {"László", ""}, {"István", ""}, {"József", ""}, {"János", ""},  {"Zoltán", ""},
    {"Sándor", ""}, {"Gábor", ""},  {"Ferenc", ""}, {"Attila", ""}, {"Péter", ""},
    {"Tamás", ""},  {"Zsolt", ""},  {"Tibor", ""},  {"András", ""}, {"Balázs", ""},
};
constexpr Name hungarianFemale[] = {
    {"Mária", ""},     {"Erzsébet", ""},  {"Katalin", ""}, {"Éva", ""},   {"Ilona", ""},
    {"Anna", ""},      {"Zsuzsanna", ""}, {"Judit", ""},   {"Ágnes", ""}, {"Andrea", ""},
    {"Krisztina", ""}, {"Erika", ""},     {"Eszter", ""},  {"Anita", ""}, {"Zsófia", ""},
};
constexpr Name hungarianFamily[] = {
    {"Nagy", ""},     {"Kovács", ""}, {"Tóth", ""},   {"Szabó", ""},  {"Horváth", ""},
    {"Varga", ""},    {"Kiss", ""},   {"Molnár", ""}, {"Németh", ""}, {"Farkas", ""},
    {"Balogh", ""},   {"Papp", ""},   {"Takács", ""}, {"Juhász", ""}, {"Lakatos", ""},
    {"Mészáros", ""}, {"Oláh", ""},   {"Rácz", ""},   {"Fekete", ""}, {"Szilágyi", ""},
};

// ---- Culture table ------------------------------------------------------------------------------------

enum CultureId : unsigned char {
    International,
    Azerbaijani,
    Turkish,
    Russian,
    Ukrainian,
    Kazakh,
    Uzbek,
    Tajik,
    Serbian,
    Bulgarian,
    Greek,
    Georgian,
    Armenian,
    Arabic,
    Persian,
    Urdu,
    Hebrew,
    Hindi,
    Thai,
    Chinese,
    Japanese,
    Korean,
    German,
    French,
    Spanish,
    Portuguese,
    Italian,
    Polish,
    Czech,
    Hungarian,
    CultureCount
};

// Order must match CultureId.
constexpr Culture cultureTable[] = {
    {"international", internationalMale, internationalFemale, internationalFamily, internationalFamily, false,
     false},
    {"azerbaijani", azerbaijaniMale, azerbaijaniFemale, azerbaijaniMaleFamily, azerbaijaniFemaleFamily, false,
     false},
    {"turkish", turkishMale, turkishFemale, turkishFamily, turkishFamily, false, false},
    {"russian", russianMale, russianFemale, russianMaleFamily, russianFemaleFamily, false, false},
    {"ukrainian", ukrainianMale, ukrainianFemale, ukrainianMaleFamily, ukrainianFemaleFamily, false, false},
    {"kazakh", kazakhMale, kazakhFemale, kazakhMaleFamily, kazakhFemaleFamily, false, false},
    {"uzbek", uzbekMale, uzbekFemale, uzbekMaleFamily, uzbekFemaleFamily, false, false},
    {"tajik", tajikMale, tajikFemale, tajikMaleFamily, tajikFemaleFamily, false, false},
    {"serbian", serbianMale, serbianFemale, serbianFamily, serbianFamily, false, false},
    {"bulgarian", bulgarianMale, bulgarianFemale, bulgarianMaleFamily, bulgarianFemaleFamily, false, false},
    {"greek", greekMale, greekFemale, greekMaleFamily, greekFemaleFamily, false, false},
    {"georgian", georgianMale, georgianFemale, georgianFamily, georgianFamily, false, false},
    {"armenian", armenianMale, armenianFemale, armenianFamily, armenianFamily, false, false},
    {"arabic", arabicMale, arabicFemale, arabicFamily, arabicFamily, false, false},
    {"persian", persianMale, persianFemale, persianFamily, persianFamily, false, false},
    {"urdu", urduMale, urduFemale, urduFamily, urduFamily, false, false},
    {"hebrew", hebrewMale, hebrewFemale, hebrewFamily, hebrewFamily, false, false},
    {"hindi", hindiMale, hindiFemale, hindiFamily, hindiFamily, false, false},
    {"thai", thaiMale, thaiFemale, thaiFamily, thaiFamily, false, false},
    {"chinese", chineseMale, chineseFemale, chineseFamily, chineseFamily, true, true},
    {"japanese", japaneseMale, japaneseFemale, japaneseFamily, japaneseFamily, true, true},
    {"korean", koreanMale, koreanFemale, koreanFamily, koreanFamily, true, true},
    {"german", germanMale, germanFemale, germanFamily, germanFamily, false, false},
    {"french", frenchMale, frenchFemale, frenchFamily, frenchFamily, false, false},
    {"spanish", spanishMale, spanishFemale, spanishFamily, spanishFamily, false, false},
    {"portuguese", portugueseMale, portugueseFemale, portugueseFamily, portugueseFamily, false, false},
    {"italian", italianMale, italianFemale, italianFamily, italianFamily, false, false},
    {"polish", polishMale, polishFemale, polishMaleFamily, polishFemaleFamily, false, false},
    {"czech", czechMale, czechFemale, czechMaleFamily, czechFemaleFamily, false, false},
    {"hungarian", hungarianMale, hungarianFemale, hungarianFamily, hungarianFamily, true, false},
};
static_assert(std::size(cultureTable) == CultureCount, "cultureTable must follow CultureId");

struct CountryCulture
{
    char code[3];
    CultureId culture;
};

// Countries with a specific pool; every other code falls back to the international one.
constexpr CountryCulture countryCultures[] = {
    // Caucasus, Turkey, CIS
    {"AZ", Azerbaijani},
    {"TR", Turkish},
    {"CY", Greek},
    {"GE", Georgian},
    {"AM", Armenian},
    {"RU", Russian},
    {"BY", Russian},
    {"UA", Ukrainian},
    {"KZ", Kazakh},
    {"KG", Kazakh},
    {"UZ", Uzbek},
    {"TM", Uzbek},
    {"TJ", Tajik},
    // Europe
    {"RS", Serbian},
    {"ME", Serbian},
    {"BG", Bulgarian},
    {"MK", Bulgarian},
    {"GR", Greek},
    {"DE", German},
    {"AT", German},
    {"CH", German},
    {"LI", German},
    {"FR", French},
    {"BE", French},
    {"LU", French},
    {"MC", French},
    {"ES", Spanish},
    {"AD", Spanish},
    {"PT", Portuguese},
    {"IT", Italian},
    {"SM", Italian},
    {"VA", Italian},
    {"PL", Polish},
    {"CZ", Czech},
    {"SK", Czech},
    {"HU", Hungarian},
    // Arab League
    {"DZ", Arabic},
    {"BH", Arabic},
    {"KM", Arabic},
    {"DJ", Arabic},
    {"EG", Arabic},
    {"IQ", Arabic},
    {"JO", Arabic},
    {"KW", Arabic},
    {"LB", Arabic},
    {"LY", Arabic},
    {"MR", Arabic},
    {"MA", Arabic},
    {"OM", Arabic},
    {"PS", Arabic},
    {"QA", Arabic},
    {"SA", Arabic},
    {"SO", Arabic},
    {"SD", Arabic},
    {"SY", Arabic},
    {"TN", Arabic},
    {"AE", Arabic},
    {"YE", Arabic},
    // Middle East and South Asia
    {"IR", Persian},
    {"AF", Persian},
    {"PK", Urdu},
    {"IL", Hebrew},
    {"IN", Hindi},
    {"NP", Hindi},
    // East and South-East Asia
    {"TH", Thai},
    {"CN", Chinese},
    {"TW", Chinese},
    {"HK", Chinese},
    {"MO", Chinese},
    {"SG", Chinese},
    {"JP", Japanese},
    {"KR", Korean},
    {"KP", Korean},
    // Francophone Africa and Haiti
    {"SN", French},
    {"CI", French},
    {"ML", French},
    {"BF", French},
    {"NE", French},
    {"TG", French},
    {"BJ", French},
    {"GN", French},
    {"CM", French},
    {"GA", French},
    {"CG", French},
    {"CD", French},
    {"CF", French},
    {"TD", French},
    {"MG", French},
    {"BI", French},
    {"HT", French},
    // Lusophone countries
    {"BR", Portuguese},
    {"AO", Portuguese},
    {"MZ", Portuguese},
    {"CV", Portuguese},
    {"GW", Portuguese},
    {"ST", Portuguese},
    {"TL", Portuguese},
    // Spanish-speaking Americas and Africa
    {"MX", Spanish},
    {"GT", Spanish},
    {"HN", Spanish},
    {"SV", Spanish},
    {"NI", Spanish},
    {"CR", Spanish},
    {"PA", Spanish},
    {"CU", Spanish},
    {"DO", Spanish},
    {"PR", Spanish},
    {"CO", Spanish},
    {"VE", Spanish},
    {"EC", Spanish},
    {"PE", Spanish},
    {"BO", Spanish},
    {"CL", Spanish},
    {"AR", Spanish},
    {"PY", Spanish},
    {"UY", Spanish},
    {"GQ", Spanish},
};

// Host first; CIS, neighbours, Middle East, Europe, Asia, Africa, Americas.
constexpr const char *forumCountryCodes[] = {
    "AZ", "RU", "KZ", "UZ", "KG", "TJ", "TM", "BY", "TR", "GE", "IR", "PK", "SA", "AE", "QA", "KW", "BH",
    "OM", "JO", "EG", "IQ", "IL", "DE", "FR", "IT", "ES", "GB", "PL", "HU", "CZ", "RS", "BG", "GR", "RO",
    "CN", "IN", "JP", "KR", "TH", "ID", "MN", "DZ", "MA", "TN", "NG", "SN", "ZA", "US", "BR", "MX", "AR",
};

// Descriptive composite names, deliberately not the official name of any agency.
constexpr const char *serviceNames[] = {
    "State Service for National Security",
    "National Security and Counter-Terrorism Service",
    "Directorate for Counter-Terrorism and Internal Security",
    "National Counter-Intelligence Directorate",
    "Office of State Security Affairs",
    "Committee for State Security Affairs",
    "Central Directorate of Security and Intelligence",
    "Service of Internal Security and Intelligence",
    "Directorate of National Security Affairs",
    "State Agency for Security and Counter-Terrorism",
    "National Service for Security and Intelligence",
    "General Directorate of Security and State Protection",
    "Security and Counter-Terrorism Directorate",
    "Internal Security and Intelligence Office",
    "National Office for Security and Counter-Terrorism",
};

constexpr Organisation observers[] = {
    {"International Criminal Police Organization", "INTERPOL", "international_organisation"},
    {"United Nations Office of Counter-Terrorism", "UNOCT", "un_body"},
    {"United Nations Office on Drugs and Crime", "UNODC", "un_body"},
    {"Organization for Security and Co-operation in Europe", "OSCE", "international_organisation"},
    {"Anti-Terrorism Center of the Commonwealth of Independent States", "CIS ATC",
     "international_organisation"},
    {"Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation", "SCO RATS",
     "international_organisation"},
    {"Organisation of Islamic Cooperation", "OIC", "international_organisation"},
};

constexpr const char *seniorRankList[] = {
    "H.E.",
    "General of the Army",
    "Colonel General",
    "General",
    "Lieutenant General",
    "Major General",
    "Brigadier General",
    "Dr.",
};

constexpr const char *officerRankList[] = {
    "Colonel", "Lieutenant Colonel", "Major", "Captain", "Lieutenant", "Mr.", "Ms.", "Dr.",
};

constexpr const char *civilianHonorificList[] = {"Mr.", "Ms.", "Dr.", "Prof."};

constexpr const char *headFunctionList[] = {
    "Director",
    "Director General",
    "Chairman",
    "First Deputy Director",
    "Deputy Director",
    "First Deputy Chairman",
    "Deputy Chairman",
    "Head of Service",
    "Secretary of the Security Council",
    "Deputy Secretary of the Security Council",
    "Head of the Counter-Terrorism Centre",
};

constexpr const char *memberFunctionList[] = {
    "Head of International Cooperation Department",
    "Deputy Head of International Cooperation Department",
    "Head of Counter-Terrorism Department",
    "Senior Officer, Counter-Terrorism Directorate",
    "Head of Cyber Security Centre",
    "Senior Analyst, Cyber Security Centre",
    "Head of Counter-Intelligence Department",
    "Head of Analytical Department",
    "Senior Analyst",
    "Head of Border Security Division",
    "Head of Counter-Narcotics Division",
    "Head of Economic Security Department",
    "Expert on Countering the Financing of Terrorism",
    "Expert on Transport Security",
    "Head of Protocol",
    "Protocol Officer",
    "Legal Adviser",
    "Adviser to the Director",
    "Assistant to the Head of Delegation",
    "Chief of Staff",
    "Head of Secretariat",
    "Liaison Officer",
    "Security Attaché",
    "Press Secretary",
};

bool sameCode(QStringView alpha2, const char *code)
{
    return alpha2 == QLatin1StringView(code);
}

} // namespace

const Culture &cultureForCountry(QStringView alpha2)
{
    for (const CountryCulture &entry : countryCultures) {
        if (sameCode(alpha2, entry.code))
            return cultureTable[entry.culture];
    }
    return cultureTable[International];
}

std::span<const Culture> cultures()
{
    return cultureTable;
}

std::span<const char *const> forumCountries()
{
    return forumCountryCodes;
}

const char *securityServiceName(QStringView alpha2)
{
    // FNV-1a over the UTF-16 code units: stable across runs and platforms.
    std::uint32_t hash = 2166136261u;
    for (const QChar c : alpha2) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return serviceNames[hash % std::size(serviceNames)];
}

std::span<const Organisation> observerOrganisations()
{
    return observers;
}

std::span<const char *const> seniorRanks()
{
    return seniorRankList;
}

std::span<const char *const> officerRanks()
{
    return officerRankList;
}

std::span<const char *const> civilianHonorifics()
{
    return civilianHonorificList;
}

std::span<const char *const> headFunctions()
{
    return headFunctionList;
}

std::span<const char *const> memberFunctions()
{
    return memberFunctionList;
}

} // namespace Plenary::DemoNames
