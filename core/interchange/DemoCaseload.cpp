#include "core/interchange/DemoCaseload.h"

#include "core/domain/LocalTime.h"
#include "core/interchange/DemoRandom.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTimeZone>
#include <QUuid>
#include <QVector>

#include <algorithm>
#include <span>

namespace waymark {

namespace {

// ---------------------------------------------------------------------------------------------
// Randomness

using Rng = DemoRandom;

struct Weighted {
    const char* code; // nullptr: left unrecorded
    int weight;
};

const char* pick(Rng& rng, std::span<const Weighted> choices)
{
    int total = 0;
    for (const Weighted& c : choices)
        total += c.weight;
    int roll = rng.below(total);
    for (const Weighted& c : choices) {
        if (roll < c.weight)
            return c.code;
        roll -= c.weight;
    }
    return choices.back().code;
}

const char* pick(Rng& rng, std::initializer_list<Weighted> choices)
{
    return pick(rng, std::span<const Weighted>(choices.begin(), choices.size()));
}

const char* pickOne(Rng& rng, std::span<const char* const> texts)
{
    return texts[size_t(rng.below(int(texts.size())))];
}

template <typename T, std::size_t N>
const T& pickEntry(Rng& rng, const T (&choices)[N])
{
    int total = 0;
    for (const T& c : choices)
        total += c.weight;
    int roll = rng.below(total);
    for (const T& c : choices) {
        if (roll < c.weight)
            return c;
        roll -= c.weight;
    }
    return choices[N - 1];
}

QString utf8Text(const char* s)
{
    return QString::fromUtf8(s);
}

// Templates name the person with %1 where they need to; not every one does.
QString withName(const char* s, const QString& name)
{
    const QString t = QString::fromUtf8(s);
    return t.contains(QLatin1String("%1")) ? t.arg(name) : t;
}

bool same(const char* a, const char* b) { return a && b && qstrcmp(a, b) == 0; }

// ---------------------------------------------------------------------------------------------
// JSON: an absent key means "not recorded", so nothing empty is written.

void setText(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

void setCode(QJsonObject& o, const char* key, const char* code)
{
    if (code)
        o.insert(QLatin1String(key), QLatin1String(code));
}

void setDate(QJsonObject& o, const char* key, const QDate& date)
{
    if (date.isValid())
        o.insert(QLatin1String(key), LocalTime::isoDate(date));
}

void setStamp(QJsonObject& o, const char* key, const QDateTime& utc)
{
    if (utc.isValid())
        o.insert(QLatin1String(key), LocalTime::isoDateTimeUtc(utc));
}

void setBool(QJsonObject& o, const char* key, bool value) { o.insert(QLatin1String(key), value); }

void setInt(QJsonObject& o, const char* key, int value) { o.insert(QLatin1String(key), value); }

// ---------------------------------------------------------------------------------------------
// Dates and times

const QTimeZone& london()
{
    static const QTimeZone zone("Europe/London");
    return zone;
}

// Visits and sessions are booked in London time; the file holds UTC.
QDateTime londonTime(const QDate& date, int minuteOfDay)
{
    return QDateTime(date, QTime(minuteOfDay / 60, minuteOfDay % 60), london()).toUTC();
}

// Referrals are accepted and support periods end on working days.
QDate weekday(QDate date)
{
    while (date.dayOfWeek() > 5)
        date = date.addDays(-1);
    return date;
}

QDate easterSunday(int y)
{
    // The anonymous Gregorian algorithm.
    const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(y, month, day);
}

// The centres close on bank holidays in England, so a believable timetable has gaps there.
bool isBankHoliday(const QDate& d)
{
    if ((d.month() == 12 && (d.day() == 25 || d.day() == 26)) || (d.month() == 1 && d.day() == 1))
        return true;
    const QDate easter = easterSunday(d.year());
    if (d == easter.addDays(-2) || d == easter.addDays(1))
        return true;
    if (d.dayOfWeek() == 1 && d.month() == 5 && (d.day() <= 7 || d.day() > 24))
        return true;
    return d.dayOfWeek() == 1 && d.month() == 8 && d.day() > 24;
}

// ---------------------------------------------------------------------------------------------
// Staff

enum StaffIndex {
    ThurrockLead,
    Maria,
    Daniel,
    CamdenLead,
    Priya,
    Tom,
    Hannah,
    Owen,
    Admin,
};

struct StaffSeed {
    const char* name;
    const char* role;
    bool active;
};

constexpr StaffSeed kStaff[] = {
    {"Grace Adeyemi", "team_leader", true}, // Thurrock floating support
    {"Maria Kovacs", "key_worker", true},
    {"Daniel Osei", "key_worker", true},
    {"Martin Sowerby", "team_leader", true}, // Camden day services
    {"Priya Raman", "key_worker", true},
    {"Tom Beckett", "key_worker", true},
    {"Hannah Lowe", "key_worker", true},
    {"Owen Madden", "key_worker", false}, // has left; still named on periods he held
    {"Lewis Pryce", "admin", true},
};

// ---------------------------------------------------------------------------------------------
// People: names and equality monitoring

enum NameGroup { GB, CB, WA, EA, SA, IN, CN, EE, SE, AR, GroupCount };

// "Given|Short" gives the short form as a preferred name now and then.
constexpr const char* kGbFemale[] = {
    "Susan", "Karen", "Joanne|Jo", "Michelle", "Claire", "Donna", "Tracey", "Lisa", "Sarah",
    "Emma", "Gemma", "Kelly", "Hayley", "Stacey", "Louise", "Rebecca|Becky", "Jennifer|Jen",
    "Margaret|Peggy", "Patricia|Pat", "Elizabeth|Liz", "Catherine|Cathy", "Deborah|Debbie",
    "Christine|Chris", "Victoria|Vicky", "Samantha|Sam", "Rachel", "Lauren", "Chloe", "Siobhan",
    "Niamh", "Bernadette|Bernie", "Maureen", "Jean", "Ruth", "Alison", "Paula", "Sharon", "Amy",
    "Jade", "Zoe"};
constexpr const char* kGbMale[] = {
    "David|Dave", "Paul", "Mark", "Stephen|Steve", "Andrew|Andy", "Gary", "Darren", "Lee",
    "Wayne", "Craig", "Jason", "Kevin", "Neil", "Ian", "Simon", "Richard|Rich", "Michael|Mick",
    "Christopher|Chris", "Anthony|Tony", "Robert|Bob", "William|Billy", "James|Jim",
    "Thomas|Tommy", "Daniel|Danny", "Matthew|Matt", "Liam", "Connor", "Ryan", "Jordan",
    "Callum", "Patrick|Paddy", "Sean", "Declan", "Kieran", "Terence|Terry", "Raymond|Ray",
    "Dennis", "Keith", "Colin", "Alan"};
constexpr const char* kGbFamily[] = {
    "Whitmore", "Harrington", "Pollard", "Ashby", "Cartwright", "Dobson", "Fenwick", "Gorman",
    "Hollis", "Ingram", "Jarvis", "Kemp", "Lomax", "Marsh", "Newbury", "Oakley", "Parr",
    "Quinlan", "Rudd", "Stanton", "Tolley", "Underwood", "Vickers", "Wragg", "Yates", "Abbott",
    "Bramwell", "Chaplin", "Dunmore", "Eldridge", "Farrow", "Gilchrist", "Hebden", "Kershaw",
    "Lacey", "Mottram", "Nuttall", "Osgood", "Pickering", "Royle", "Sayer", "Thackeray",
    "Wilding", "Brennan", "Doyle", "Keane", "McNamara", "O'Rourke", "Cassidy", "Donnelly",
    "Lynch", "Maguire", "Hegarty", "Pembridge", "Tulloch"};
constexpr const char* kCbFemale[] = {"Marcia", "Beverley|Bev", "Sonia", "Janice", "Yvonne",
                                     "Paulette", "Charmaine", "Natasha|Tash", "Shanice",
                                     "Jasmine", "Grace", "Angela"};
constexpr const char* kCbMale[] = {"Delroy", "Winston", "Clive", "Leroy", "Marcus", "Errol",
                                   "Trevor", "Devon", "Jermaine", "Tyrone", "Andre", "Courtney"};
constexpr const char* kCbFamily[] = {"Campbell", "Grant", "Clarke", "Bailey", "Reid", "Francis",
                                     "Thompson", "Henry", "Forbes", "McKenzie", "Lindo",
                                     "Samuels", "Beckford", "Gayle", "Wedderburn", "Morrison"};
constexpr const char* kWaFemale[] = {"Adaeze|Ada", "Folasade|Sade", "Ngozi", "Abena", "Akosua",
                                     "Funmilayo|Funmi", "Chiamaka", "Efua", "Yetunde",
                                     "Blessing", "Comfort", "Temitope|Tope"};
constexpr const char* kWaMale[] = {"Chukwuemeka|Emeka", "Oluwaseun|Seun", "Kwame", "Kofi",
                                   "Babatunde|Tunde", "Adebayo|Bayo", "Yaw", "Obinna", "Femi",
                                   "Ikenna", "Kwabena", "Samuel|Sam"};
constexpr const char* kWaFamily[] = {"Okonkwo", "Adeyinka", "Mensah", "Owusu", "Boateng",
                                     "Okafor", "Eze", "Adeleke", "Asante", "Nwosu", "Ogunleye",
                                     "Appiah", "Oyelaran", "Danso", "Acheampong"};
constexpr const char* kEaFemale[] = {"Hodan", "Amina", "Fadumo", "Sahra", "Ifrah", "Hibaaq",
                                     "Selam", "Mahlet", "Hiwot", "Nasra"};
constexpr const char* kEaMale[] = {"Abdirahman", "Mahad", "Liban", "Abdi", "Yusuf", "Omar",
                                   "Dawit", "Tesfaye", "Bereket", "Samson"};
constexpr const char* kEaFamily[] = {"Warsame", "Farah", "Hassan", "Abdullahi", "Jama", "Nur",
                                     "Tesfay", "Haile", "Gebre", "Mohamud", "Osman", "Egal"};
constexpr const char* kSaFemale[] = {"Rahima", "Shamima", "Nasreen", "Farzana", "Ruksana",
                                     "Salma", "Tahmina", "Ayesha", "Sabiha", "Shazia", "Nadia",
                                     "Yasmin"};
constexpr const char* kSaMale[] = {"Abdul", "Mohammed|Mo", "Shahid", "Rashid", "Faisal",
                                   "Imran", "Jamal", "Kamal", "Nazrul", "Tariq", "Zahid",
                                   "Iqbal"};
constexpr const char* kSaFamily[] = {"Rahman", "Ahmed", "Hussain", "Islam", "Chowdhury", "Khan",
                                     "Akhtar", "Malik", "Qureshi", "Siddiqui", "Hoque", "Ali",
                                     "Butt", "Mirza", "Bashir", "Uddin"};
constexpr const char* kInFemale[] = {"Priyanka", "Anjali", "Meena", "Sunita", "Kavita", "Deepa",
                                     "Harpreet", "Jaspreet", "Nisha", "Pooja"};
constexpr const char* kInMale[] = {"Rajesh|Raj", "Sanjay", "Vikram|Vik", "Arjun", "Harjit",
                                   "Manjit", "Suresh", "Anil", "Ravi", "Nikhil"};
constexpr const char* kInFamily[] = {"Patel", "Sharma", "Gill", "Sandhu", "Mistry", "Chauhan",
                                     "Joshi", "Nair", "Pillai", "Bhatt", "Dhillon", "Iyer",
                                     "Desai"};
constexpr const char* kCnFemale[] = {"Mei|May", "Xiaoling|Lily", "Wing", "Yan", "Hui", "Ling",
                                     "Jia"};
constexpr const char* kCnMale[] = {"Wei", "Jun", "Chi-Keung|Keung", "Hao", "Ming", "Kai",
                                   "Tao"};
constexpr const char* kCnFamily[] = {"Chan", "Wong", "Li", "Zhang", "Cheung", "Lau", "Ho",
                                     "Leung", "Tang", "Ng"};
constexpr const char* kEeFemale[] = {"Agnieszka|Aga", "Katarzyna|Kasia", "Magdalena|Magda",
                                     "Ioana", "Elena", "Rasa", "Jurgita", "Monika", "Anna",
                                     "Dorota"};
constexpr const char* kEeMale[] = {"Piotr", "Tomasz|Tomek", "Krzysztof", "Marek", "Andrei",
                                   "Mihai", "Darius", "Tadas", "Pawel", "Florin"};
constexpr const char* kEeFamily[] = {"Nowak", "Kowalczyk", "Wisniewski", "Zielinski",
                                     "Popescu", "Ionescu", "Kazlauskas", "Petrauskas", "Mazur",
                                     "Lewandowski", "Dumitru", "Stan", "Balan"};
constexpr const char* kSeFemale[] = {"Ana", "Maria", "Sofia", "Eleni", "Despina", "Ayse",
                                     "Elif", "Zeynep", "Giulia", "Rosa"};
constexpr const char* kSeMale[] = {"Joao", "Carlos", "Nikos", "Andreas", "Mehmet", "Mustafa",
                                   "Hasan", "Serkan", "Giorgos", "Marco"};
constexpr const char* kSeFamily[] = {"Ferreira", "Silva", "Costa", "Papadopoulos", "Georgiou",
                                     "Christodoulou", "Yilmaz", "Demir", "Kaya", "Celik",
                                     "Russo", "Esposito", "Aydin", "Ozturk"};
constexpr const char* kArFemale[] = {"Fatima", "Layla", "Mariam", "Noor", "Rania", "Samira",
                                     "Huda"};
constexpr const char* kArMale[] = {"Ahmed", "Karim", "Khalid", "Omar", "Samir", "Youssef",
                                   "Bilal"};
constexpr const char* kArFamily[] = {"Haddad", "Nasser", "Saleh", "Mansour", "Khalil",
                                     "Darwish", "Aziz", "Hamdan"};
constexpr const char* kNeutralNames[] = {"Alex", "Sam", "Jo", "Charlie", "Robin", "Kit",
                                         "Sasha", "Ash", "Rowan", "Jules", "Frankie", "River"};

// Religion and first language follow the name group only loosely; "prefer not to say" and
// unrecorded answers are mixed in everywhere, as they are in real monitoring returns.
constexpr Weighted kReligionGb[] = {{"no_religion", 44}, {"christian", 38}, {"jewish", 3},
                                    {"buddhist", 1}, {"muslim", 1}, {"other_religion", 2},
                                    {"prefer_not_to_say", 7}, {nullptr, 4}};
constexpr Weighted kReligionCb[] = {{"christian", 58}, {"no_religion", 22},
                                    {"other_religion", 8}, {"prefer_not_to_say", 7},
                                    {nullptr, 5}};
constexpr Weighted kReligionWa[] = {{"christian", 70}, {"muslim", 15}, {"no_religion", 6},
                                    {"prefer_not_to_say", 6}, {nullptr, 3}};
constexpr Weighted kReligionEa[] = {{"muslim", 68}, {"christian", 24}, {"prefer_not_to_say", 5},
                                    {nullptr, 3}};
constexpr Weighted kReligionSa[] = {{"muslim", 88}, {"no_religion", 3}, {"prefer_not_to_say", 6},
                                    {nullptr, 3}};
constexpr Weighted kReligionIn[] = {{"hindu", 42}, {"sikh", 30}, {"christian", 6},
                                    {"muslim", 5}, {"no_religion", 7}, {"prefer_not_to_say", 6},
                                    {nullptr, 4}};
constexpr Weighted kReligionCn[] = {{"no_religion", 52}, {"buddhist", 20}, {"christian", 18},
                                    {"prefer_not_to_say", 6}, {nullptr, 4}};
constexpr Weighted kReligionEe[] = {{"christian", 68}, {"no_religion", 20},
                                    {"prefer_not_to_say", 8}, {nullptr, 4}};
constexpr Weighted kReligionSe[] = {{"christian", 44}, {"muslim", 38}, {"no_religion", 10},
                                    {"prefer_not_to_say", 5}, {nullptr, 3}};
constexpr Weighted kReligionAr[] = {{"muslim", 80}, {"christian", 10}, {"prefer_not_to_say", 6},
                                    {nullptr, 4}};

constexpr Weighted kLanguageEnglish[] = {{"English", 100}};
constexpr Weighted kLanguageWa[] = {{"English", 70}, {"Yoruba", 14}, {"Twi", 10}, {"Igbo", 6}};
constexpr Weighted kLanguageEa[] = {{"Somali", 58}, {"Tigrinya", 18}, {"Amharic", 10},
                                    {"English", 14}};
constexpr Weighted kLanguageSa[] = {{"Bengali (Sylheti)", 45}, {"Urdu", 22}, {"English", 33}};
constexpr Weighted kLanguageIn[] = {{"English", 42}, {"Punjabi", 28}, {"Gujarati", 20},
                                    {"Tamil", 10}};
constexpr Weighted kLanguageCn[] = {{"Cantonese", 48}, {"Mandarin", 30}, {"English", 22}};
constexpr Weighted kLanguageEe[] = {{"Polish", 45}, {"Romanian", 30}, {"Lithuanian", 15},
                                    {"English", 10}};
constexpr Weighted kLanguageSe[] = {{"Turkish", 32}, {"Portuguese", 24}, {"Greek", 18},
                                    {"Italian", 8}, {"Kurdish", 10}, {"English", 8}};
constexpr Weighted kLanguageAr[] = {{"Arabic", 85}, {"English", 15}};

struct NamePool {
    std::span<const char* const> female;
    std::span<const char* const> male;
    std::span<const char* const> family;
    std::span<const Weighted> religion;
    std::span<const Weighted> language;
};

const NamePool& namePool(int group)
{
    static const NamePool pools[GroupCount] = {
        {kGbFemale, kGbMale, kGbFamily, kReligionGb, kLanguageEnglish},
        {kCbFemale, kCbMale, kCbFamily, kReligionCb, kLanguageEnglish},
        {kWaFemale, kWaMale, kWaFamily, kReligionWa, kLanguageWa},
        {kEaFemale, kEaMale, kEaFamily, kReligionEa, kLanguageEa},
        {kSaFemale, kSaMale, kSaFamily, kReligionSa, kLanguageSa},
        {kInFemale, kInMale, kInFamily, kReligionIn, kLanguageIn},
        {kCnFemale, kCnMale, kCnFamily, kReligionCn, kLanguageCn},
        {kEeFemale, kEeMale, kEeFamily, kReligionEe, kLanguageEe},
        {kSeFemale, kSeMale, kSeFamily, kReligionSe, kLanguageSe},
        {kArFemale, kArMale, kArFamily, kReligionAr, kLanguageAr},
    };
    return pools[group];
}

// Thurrock's population is mostly White British; Camden's is far more mixed (2021 census shape,
// not its exact figures).
constexpr Weighted kEthnicityThurrock[] = {
    {"white_british", 72}, {"white_irish", 2}, {"white_gypsy_traveller", 2}, {"white_roma", 1},
    {"white_other", 5}, {"mixed_white_black_caribbean", 2}, {"mixed_white_black_african", 1},
    {"mixed_white_asian", 1}, {"mixed_other", 1}, {"indian", 2}, {"pakistani", 1},
    {"bangladeshi", 1}, {"chinese", 1}, {"asian_other", 1}, {"black_african", 5},
    {"black_caribbean", 1}, {"black_other", 1}, {"arab", 1}, {"other_ethnic_group", 1},
    {"prefer_not_to_say", 2}, {nullptr, 1}};
constexpr Weighted kEthnicityCamden[] = {
    {"white_british", 34}, {"white_irish", 5}, {"white_gypsy_traveller", 1}, {"white_roma", 1},
    {"white_other", 11}, {"mixed_white_black_caribbean", 3}, {"mixed_white_black_african", 2},
    {"mixed_white_asian", 2}, {"mixed_other", 2}, {"indian", 3}, {"pakistani", 1},
    {"bangladeshi", 7}, {"chinese", 2}, {"asian_other", 2}, {"black_african", 8},
    {"black_caribbean", 5}, {"black_other", 2}, {"arab", 2}, {"other_ethnic_group", 3},
    {"prefer_not_to_say", 3}, {nullptr, 2}};

constexpr Weighted kGender[] = {{"female", 47}, {"male", 46}, {"non_binary", 2}, {"other", 1},
                                {"prefer_not_to_say", 3}, {nullptr, 1}};
constexpr Weighted kOrientation[] = {{"heterosexual", 79}, {"gay_or_lesbian", 5},
                                     {"bisexual", 4}, {"other", 1}, {"prefer_not_to_say", 7},
                                     {nullptr, 4}};
// Thurrock also serves people with learning impairments (T 1.5), so more report a disability.
constexpr Weighted kDisabilityThurrock[] = {{"yes", 45}, {"no", 40}, {"prefer_not_to_say", 7},
                                            {nullptr, 8}};
constexpr Weighted kDisabilityCamden[] = {{"yes", 32}, {"no", 53}, {"prefer_not_to_say", 7},
                                          {nullptr, 8}};
constexpr Weighted kGp[] = {{"yes", 90}, {"no", 4}, {"unknown", 5}, {nullptr, 1}};
// Camden's day services are for people mostly on enhanced CPA (C 6.5: about 75%).
constexpr Weighted kCpaCamden[] = {{"enhanced", 74}, {"standard", 14}, {"none", 6},
                                   {"unknown", 5}, {nullptr, 1}};
constexpr Weighted kCpaThurrock[] = {{"enhanced", 12}, {"standard", 28}, {"none", 45},
                                     {"unknown", 13}, {nullptr, 2}};
// The tenures T 4.1.2 accepts, and what Camden's day service users mostly live in.
constexpr Weighted kTenureThurrock[] = {
    {"private_rented", 25}, {"council_tenancy", 30}, {"housing_association", 20},
    {"owner_occupier", 7}, {"bed_and_breakfast", 3}, {"mobile_home", 2}, {"rough_sleeping", 2},
    {"temporary_accommodation", 5}, {"family_or_friends_long_term", 5}};
constexpr Weighted kTenureCamden[] = {
    {"council_tenancy", 30}, {"housing_association", 20}, {"supported_long_term", 15},
    {"private_rented", 10}, {"family_or_friends_long_term", 8}, {"sheltered_housing", 4},
    {"supported_short_term", 4}, {"temporary_accommodation", 3}, {"direct_access_hostel", 2},
    {"sofa_surfing", 1}, {"unknown", 2}, {nullptr, 1}};

struct Place {
    const char* district; // the postcode district
    const char* area;
};
constexpr Place kThurrockPlaces[] = {
    {"RM17", "Grays"}, {"RM16", "Chadwell St Mary"}, {"RM16", "Chafford Hundred"},
    {"RM18", "Tilbury"}, {"RM19", "Purfleet"}, {"RM20", "West Thurrock"},
    {"RM15", "South Ockendon"}, {"SS17", "Stanford-le-Hope"}, {"SS17", "Corringham"},
    {"RM17", "Grays"}};
constexpr Place kCamdenPlaces[] = {
    {"NW1", "Camden Town"}, {"NW1", "Somers Town"}, {"NW5", "Kentish Town"},
    {"NW5", "Gospel Oak"}, {"NW3", "Belsize Park"}, {"NW3", "Hampstead"},
    {"NW6", "Kilburn"}, {"NW6", "West Hampstead"}, {"WC1H", "Bloomsbury"},
    {"WC1X", "King's Cross"}, {"NW1", "Regent's Park estate"}};
constexpr const char* kStreetNames[] = {
    "Alder", "Beacon", "Cobbler", "Damson", "Elmstead", "Fairholme", "Garnet", "Hazelwood",
    "Ivybridge", "Juniper", "Kestrel", "Lavender", "Marlow", "Nightingale", "Orchard", "Pelham",
    "Quarry", "Rowan", "Sorrel", "Tamarisk", "Upland", "Verity", "Willowbrook", "Yeoman"};
constexpr const char* kStreetKinds[] = {"Road", "Close", "Gardens", "Way", "Street", "Walk",
                                        "Crescent", "Lane"};
constexpr const char* kBlockNames[] = {"Kestrel House", "Mallow Court", "Tern Court",
                                       "Linden House", "Farrier Court", "Cowley House"};
constexpr const char* kThurrockPractices[] = {
    "Riverside Surgery, Grays", "Thameside Medical Practice", "Chafford Green Surgery",
    "Tilbury Quay Health Centre", "Stanford Meadows Practice", "Ockendon Vale Surgery"};
constexpr const char* kCamdenPractices[] = {
    "Larkhall Health Centre", "Primrose Hill Road Practice", "Somers Green Surgery",
    "Belsize Lane Medical Group", "Gospel Row Practice", "Kilburn Vale Surgery"};

// Ages 18 to 80, weighted to the working-age adults both services mostly see.
struct AgeBand {
    int low;
    int high;
    int weight;
};
constexpr AgeBand kAges[] = {{18, 24, 7},  {25, 34, 18}, {35, 44, 22},
                             {45, 54, 24}, {55, 64, 18}, {65, 80, 11}};

// ---------------------------------------------------------------------------------------------
// Stages of a person's journey through a service

enum class Stage {
    PendingDue,       // referral in the last day, no first contact yet
    PendingOverdue,   // referral days ago, still no first contact
    PendingContacted, // contacted, decision not made yet
    Signposted,
    Declined,
    New,       // started days ago
    Early,     // 1 to 6 months
    Mid,       // 6 months to 2 years
    Long,      // Camden only: years of day services
    NearLimit, // Thurrock: the two-year end falls in the next eight weeks
    PastLimit, // Thurrock: past two years with no extension recorded
    Extended,  // Thurrock: past two years with an agreed extension
    Closed,
    Returning, // a closed period, then a new referral and an open period
};

enum Special : unsigned {
    NoSpecial = 0,
    DnaStreak = 1,    // three DNAs in a row, no withdrawal review yet
    OverCap = 2,      // this week's visits go past the weekly cap, with a reason
    NoPlan = 4,       // no support plan a month and more after the start
    OpenHospital = 8, // in hospital now
};

struct Scenario {
    Stage stage;
    const char* endReason;
    unsigned special;
};

struct StageWeight {
    Stage stage;
    int weight;
};

// The first thirty Thurrock people cover every situation the Today list and the returns know,
// so the default demo always shows them; anyone after that is drawn at random.
constexpr Scenario kThurrockOpening[] = {
    {Stage::Mid, nullptr, DnaStreak},
    {Stage::Mid, nullptr, OverCap},
    {Stage::New, nullptr, NoSpecial},
    {Stage::Early, nullptr, NoSpecial},
    {Stage::NearLimit, nullptr, NoSpecial},
    {Stage::Closed, "completed", NoSpecial},
    {Stage::Extended, nullptr, NoSpecial},
    {Stage::PendingDue, nullptr, NoSpecial},
    {Stage::Mid, nullptr, OpenHospital},
    {Stage::Early, nullptr, NoPlan},
    {Stage::Closed, "disengaged", NoSpecial},
    {Stage::Signposted, nullptr, NoSpecial},
    {Stage::Mid, nullptr, NoSpecial},
    {Stage::PastLimit, nullptr, NoSpecial},
    {Stage::Returning, "completed", NoSpecial},
    {Stage::Declined, nullptr, NoSpecial},
    {Stage::New, nullptr, NoSpecial},
    {Stage::Closed, "no_further_service", NoSpecial},
    {Stage::Mid, nullptr, NoSpecial},
    {Stage::PendingOverdue, nullptr, NoSpecial},
    {Stage::Early, nullptr, NoSpecial},
    {Stage::NearLimit, nullptr, NoSpecial},
    {Stage::Closed, "moved_away", NoSpecial},
    {Stage::Mid, nullptr, NoSpecial},
    {Stage::Early, nullptr, NoSpecial},
    {Stage::Extended, nullptr, NoSpecial},
    {Stage::Mid, nullptr, NoSpecial},
    {Stage::Closed, "different_service", NoSpecial},
    {Stage::Mid, nullptr, NoSpecial},
    {Stage::Early, nullptr, NoSpecial},
};
constexpr StageWeight kThurrockStages[] = {
    {Stage::New, 8},        {Stage::Early, 16},        {Stage::Mid, 28},
    {Stage::NearLimit, 8},  {Stage::PastLimit, 2},     {Stage::Extended, 5},
    {Stage::Closed, 20},    {Stage::Returning, 3},     {Stage::PendingDue, 2},
    {Stage::PendingOverdue, 1}, {Stage::Signposted, 4}, {Stage::Declined, 3}};
constexpr Scenario kCamdenOpening[] = {
    {Stage::Mid, nullptr, NoSpecial},   {Stage::Long, nullptr, NoSpecial},
    {Stage::Early, nullptr, NoPlan},    {Stage::Closed, "completed", NoSpecial},
    {Stage::New, nullptr, NoSpecial},   {Stage::Mid, nullptr, NoSpecial},
};
constexpr StageWeight kCamdenStages[] = {
    {Stage::New, 40},       {Stage::Early, 180},       {Stage::Mid, 320},
    {Stage::Long, 140},     {Stage::Closed, 170},      {Stage::Returning, 40},
    {Stage::PendingContacted, 20}, {Stage::PendingDue, 5}, {Stage::PendingOverdue, 5},
    {Stage::Signposted, 45}, {Stage::Declined, 30}};

constexpr Weighted kEndThurrock[] = {{"completed", 35}, {"no_further_service", 15},
                                     {"disengaged", 15}, {"moved_away", 10},
                                     {"different_service", 12}, {"other", 5},
                                     {"risk_to_staff", 4}, {"died", 2}};
constexpr Weighted kEndCamden[] = {{"completed", 30}, {"no_further_service", 20},
                                   {"disengaged", 15}, {"moved_away", 12},
                                   {"different_service", 12}, {"other", 6}, {"died", 2},
                                   {"risk_to_staff", 1}};

// Where people went. "same" keeps the tenure they had during support.
constexpr Weighted kExitSettled[] = {{"same", 60}, {"council_tenancy", 12},
                                     {"housing_association", 12}, {"private_rented", 8},
                                     {"supported_long_term", 4},
                                     {"family_or_friends_long_term", 4}};
constexpr Weighted kExitMoveOn[] = {{"council_tenancy", 35}, {"housing_association", 35},
                                    {"private_rented", 15}, {"supported_long_term", 15}};
constexpr Weighted kExitDifferent[] = {{"supported_short_term", 30}, {"supported_long_term", 30},
                                       {"residential_care", 15}, {"same", 25}};
constexpr Weighted kExitMoved[] = {{"private_rented", 30}, {"family_or_friends_long_term", 30},
                                   {"council_tenancy", 20}, {"unknown", 20}};
constexpr Weighted kExitDisengaged[] = {{"unknown", 50}, {"same", 40}, {"sofa_surfing", 10}};
constexpr Weighted kExitOther[] = {{"family_or_friends_long_term", 50}, {"unknown", 50}};

constexpr const char* kOnwardDifferent[] = {
    "Community mental health team (care co-ordination)", "Supported housing panel",
    "Adult social care: assessment for a care package",
    "Older people's community mental health team"};
constexpr const char* kOnwardOther[] = {
    "Community drug and alcohol service", "Recovery college courses",
    "Supported employment service", "Tenancy sustainment team",
    "Peer support network (self-referral made together)"};

constexpr const char* kExtensionWith[] = {
    "Care co-ordinator, Thurrock community mental health team",
    "Social worker, adult social care", "Care practitioner, learning disability team"};
constexpr const char* kExtensionReasons[] = {
    ("Waiting for a supported housing place; support continues until the move so the tenancy "
     "is not lost."),
    "Possession hearing is after the two-year point; agreed to continue until it is settled.",
    "Move-on flat offered; support continues through the first months of the new tenancy."};

// ---------------------------------------------------------------------------------------------
// Referrals

constexpr Weighted kSourceThurrock[] = {{"care_trust", 20}, {"health", 15}, {"housing", 18},
                                        {"social_services", 14}, {"self", 10},
                                        {"citizens_advice", 6}, {"probation", 6}, {"other", 11}};
constexpr Weighted kSourceCamden[] = {{"cmht", 75}, {"gp", 8}, {"self", 6},
                                      {"housing_worker", 4}, {"voluntary_sector", 4},
                                      {"other_health_professional", 3}};
// The first referrals of each service go through every source in turn, so every source code
// turns up even in a small demo.
constexpr const char* kSourceCycleThurrock[] = {"care_trust", "citizens_advice", "health",
                                                "housing", "self", "social_services",
                                                "probation", "other"};
constexpr const char* kSourceCycleCamden[] = {"cmht", "gp", "housing_worker",
                                              "voluntary_sector", "other_health_professional",
                                              "self"};

struct Referrers {
    const char* source;
    std::span<const char* const> who;
};
constexpr const char* kRefCareTrust[] = {"Care co-ordinator, community mental health team",
                                         "Community psychiatric nurse, care trust"};
constexpr const char* kRefCitizens[] = {"Adviser, Citizens Advice (Grays office)"};
constexpr const char* kRefHealth[] = {"Discharge co-ordinator, acute mental health ward",
                                      "Practice nurse, GP surgery"};
constexpr const char* kRefHousing[] = {"Tenancy sustainment officer, council housing",
                                       "Housing options officer"};
constexpr const char* kRefSocial[] = {"Social worker, adult social care",
                                      "Social worker, learning disability team"};
constexpr const char* kRefProbation[] = {"Probation practitioner"};
constexpr const char* kRefOther[] = {"Support worker, local food bank",
                                     "Family support worker, children's centre",
                                     "Chaplain, Thurrock hospital"};
constexpr const char* kRefCmht[] = {"Care co-ordinator, Camden CMHT (North)",
                                    "Care co-ordinator, Camden CMHT (South)",
                                    "Care co-ordinator, Camden CMHT (West)",
                                    "Community psychiatric nurse, Camden CMHT (North)"};
constexpr const char* kRefGp[] = {"GP, Larkhall Health Centre", "GP, Somers Green Surgery",
                                  "GP, Belsize Lane Medical Group"};
constexpr const char* kRefHousingWorker[] = {"Hostel key worker, Camden",
                                             "Housing officer, Camden housing"};
constexpr const char* kRefVoluntary[] = {"Volunteer co-ordinator, befriending charity",
                                         "Adviser, refugee community organisation"};
constexpr const char* kRefOtherHealth[] = {"Occupational therapist, community rehabilitation",
                                           "Psychologist, primary care talking therapies"};

const Referrers kReferrers[] = {
    {"care_trust", kRefCareTrust},      {"citizens_advice", kRefCitizens},
    {"health", kRefHealth},             {"housing", kRefHousing},
    {"social_services", kRefSocial},    {"probation", kRefProbation},
    {"other", kRefOther},               {"cmht", kRefCmht},
    {"gp", kRefGp},                     {"housing_worker", kRefHousingWorker},
    {"voluntary_sector", kRefVoluntary}, {"other_health_professional", kRefOtherHealth}};

constexpr const char* kSignpostThurrock[] = {
    "Needs are mainly benefits advice; signposted to the drop-in surgery instead of ongoing "
    "support.",
    "Needs are mainly around alcohol; signposted to the community drug and alcohol service "
    "with the person's agreement.",
    "Looking for housing advice rather than support; signposted to the council's housing "
    "options team."};
constexpr const char* kSignpostCamden[] = {
    "Signposted to the recovery college courses, which match what the person is looking for.",
    ("Wants help into work rather than day services; signposted to the supported employment "
     "service."),
    "Signposted to a peer support group closer to home, as the person preferred."};
struct DeclineReason {
    const char* text;
    bool consent;
};
constexpr DeclineReason kDeclineThurrock[] = {
    {"Lives outside the borough and is not in temporary accommodation placed by Thurrock.",
     true},
    {"Did not consent to the referral when contacted; the referrer has been told.", false},
    {"Needs more support than the service can provide; the care co-ordinator is arranging "
     "a supported housing placement.",
     true}};
constexpr DeclineReason kDeclineCamden[] = {
    {"No identified mental health problem; the referrer was given other options.", true},
    {"Already attends day services with another Camden provider.", true},
    {"Did not want to take up day services when contacted; can be re-referred at any time.",
     false}};

// ---------------------------------------------------------------------------------------------
// Outcomes, plans and goals

struct OutcomeChance {
    const char* code;
    int thurrock; // percent of periods where the need is identified
    int camden;
};
constexpr OutcomeChance kOutcomes[] = {
    {"1a", 55, 40}, {"1b", 30, 20}, {"1c", 18, 15}, {"2a", 20, 25}, {"2b", 30, 55},
    {"2c", 8, 12},  {"2d", 45, 60}, {"3a", 35, 30}, {"3b", 85, 90}, {"3c", 12, 10},
    {"3d", 4, 2},   {"4a", 75, 25}, {"4b", 5, 2},   {"4c", 10, 10}, {"4d", 3, 2},
    {"4e", 8, 5},   {"5a", 25, 35}};

struct GoalTemplate {
    const char* outcome;
    const char* area;
    int variant; // 0 usual; 1 for accommodation-based move-on; 2 an alternative
    const char* what;
    const char* measure;
    const char* who; // %1: the person's name
    const char* tasks[2];
};

constexpr GoalTemplate kGoals[] = {
    {"1a", "money", 0, "Claim every benefit %1 is entitled to, starting with a PIP application",
     "PIP decision letter received and income checked with a benefits calculator",
     "%1 gathers medical letters; key worker books the welfare benefits appointment and helps "
     "with the form",
     {"Help in managing finances and benefit claims", "Advice, advocacy and liaison"}},
    {"1a", "money", 2, "Get the Universal Credit claim onto the right element after the work "
                       "capability assessment",
     "Award letter showing the limited capability for work element",
     "%1 keeps the online journal up to date; key worker helps prepare for the assessment",
     {"Help in managing finances and benefit claims", "Advice, advocacy and liaison"}},
    {"1b", "money", 0, "Agree an affordable repayment plan for the rent and council tax arrears",
     "Plan signed and three payments made on time",
     "%1 brings the letters; key worker rings the council with %1 and refers to debt advice",
     {"Help in managing finances and benefit claims",
      "Signposting to legal services (including culture specific legal services if required)"}},
    {"1c", "purpose", 0, "Find part-time paid work of up to 16 hours a week",
     "Job offer accepted and the first month's pay received",
     "%1 registers with the supported employment service; key worker helps with the CV and "
     "interview practice",
     {"Help in gaining access to other services",
      "Developing social skills and behaviour management"}},
    {"2a", "purpose", 0, "Enrol on a college course starting next term",
     "Enrolled and attending at least three sessions in four",
     "%1 chooses the course; key worker goes to the open day with %1",
     {"Access to local community organisations", "Help in gaining access to other services"}},
    {"2b", "connections", 0, "Try one new community activity each week",
     "Goes to at least one activity a week for six weeks",
     "%1 picks from the activities list; key worker goes along the first time",
     {"Help in establishing social contacts and activities", "Peer support and befriending"}},
    {"2c", "purpose", 0, "Volunteer one morning a week",
     "Placement started and kept up for two months",
     "%1 chooses the placement; key worker helps with the application and references",
     {"Access to local community organisations",
      "Developing social skills and behaviour management"}},
    {"2d", "connections", 0, "Get back in touch with family and friends",
     "%1 reports regular contact with at least two people",
     "%1 makes the calls; key worker helps plan what to say and supports the first meeting",
     {"Help in establishing social contacts and activities",
      "Emotional support, counselling and advice"}},
    {"3a", "physical_health", 0, "Keep on top of physical health: annual health check and "
                                 "dentist",
     "Health check and dental appointment attended",
     "%1 books the appointments; key worker sends reminders and goes along if asked",
     {"Supervising or monitoring of health and well being",
      "Help in gaining access to other services"}},
    {"3b", "mood", 0, "Spot early warning signs and use the crisis plan",
     "Crisis plan written, shared with the care co-ordinator and used when needed",
     "%1 keeps a mood diary; key worker goes through it at each visit",
     {"Emotional support, counselling and advice", "Supervising or monitoring medication"}},
    {"3b", "mood", 2, "Take medication as prescribed and raise side effects at the CPA review",
     "Dosette box used every day; side effects discussed at the next review",
     "%1 uses the dosette box; key worker checks in weekly and liaises with the pharmacy",
     {"Supervising or monitoring medication", "Advice, advocacy and liaison"}},
    {"3c", "physical_health", 0, "Cut down drinking to the limits agreed with the community "
                                 "alcohol service",
     "Drinking diary kept, with alcohol-free days each week",
     "%1 keeps the diary and attends the service; key worker makes the referral and goes to "
     "the first appointment",
     {"Help in gaining access to other services", "Emotional support, counselling and advice"}},
    {"3d", "safety", 0, "Set up a pendant alarm and a medication reminder",
     "Alarm installed and tested; reminders working",
     "Key worker arranges the installation; %1 tests the alarm each month",
     {"Help maintaining the safety and security of the dwelling",
      "Supervising or monitoring medication"}},
    {"4a", "home", 0, "Keep the tenancy: rent paid, flat safe and repairs reported",
     "No arrears or warning letters for three months",
     "%1 pays the rent on payday; key worker helps report repairs and checks the rent account",
     {"Help in setting up and maintaining home or tenancy",
      "Advice and support with repair work and home improvement"}},
    {"4a", "home", 1, "Move on to a settled tenancy of %1's own",
     "Housing register banding confirmed, bids made each week, tenancy signed",
     "%1 bids each week; key worker checks the bids and helps set up the new home",
     {"Help finding other accommodation", "Help in setting up and maintaining home or tenancy"}},
    {"4a", "daily_living", 2, "Run the home week by week: shopping, cooking and post",
     "Shopping list used and post opened every week for six weeks",
     "%1 keeps the weekly planner; key worker goes shopping with %1 for the first month",
     {"Developing domestic and life skills",
      "Help with shopping, errand running and good neighbour tasks"}},
    {"4b", "safety", 0, "Keep to the conditions of the community order",
     "Every probation appointment attended",
     "%1 keeps the appointment card; key worker sends reminders and liaises with probation",
     {"Advice, advocacy and liaison", "Help in gaining access to other services"}},
    {"4c", "safety", 0, "Use the safety plan when urges to self-harm come",
     "Safety plan in place and gone through monthly; fewer incidents reported by %1",
     "%1 keeps the plan to hand; key worker reviews it with %1 and the care co-ordinator",
     {"Emotional support, counselling and advice",
      "Help in establishing personal safety and security"}},
    {"4d", "connections", 0, "Settle disagreements with neighbours without conflict",
     "No complaints from the landlord for three months",
     "%1 uses the steps agreed; key worker meets the housing officer with %1",
     {"Developing social skills and behaviour management", "Advice, advocacy and liaison"}},
    {"4e", "safety", 0, "Feel safe at home after harassment from a neighbour",
     "Locks changed, incidents logged and reported; %1 says they feel safer",
     "%1 keeps the incident log; key worker liaises with the housing officer and police",
     {"Help in establishing personal safety and security",
      "Help maintaining the safety and security of the dwelling"}},
    {"5a", "purpose", 0, "Have more say in the service: join the service users' forum",
     "Goes to the forum and to one planning meeting",
     "%1 goes to the forum; key worker shares the dates and helps with travel",
     {"Access to local community organisations", "Advice, advocacy and liaison"}},
};

constexpr const char* kReviewSummaries[] = {
    "%1 has kept up with the rent and the arrears are cleared. Goals carried forward with a new "
    "target date for the college course.",
    "Good progress on money: the benefit decision came through. %1 wants to focus next on "
    "getting out more.",
    "A hard few months; goals broken into smaller steps and the crisis plan updated with the "
    "care co-ordinator.",
    "%1 comes to a group most weeks now and says mood is better. Star scores up in connections.",
    "Not much change since the last review; %1 finds mornings hard, so visits move to the "
    "afternoon.",
    "Medication change has helped with sleep. Next step agreed: a volunteering taster.",
    "%1 has started volunteering one morning a week and is proud of it. Debt goal achieved.",
    "Move-on options discussed; %1 has started bidding for housing association flats."};
// Risks an assessment of need and risk may find (T 5.1), written for the demo.
struct RiskTemplate {
    const char* towards;
    const char* level;
    const char* description;
    const char* management;
};
constexpr RiskTemplate kRisks[] = {
    {"person", "high", "Thoughts of self-harm when low, most often late at night",
     "Crisis plan shared with the care co-ordinator; crisis line numbers by the phone; key worker checks in "
     "the day after a hard appointment"},
    {"person", "medium", "Stops eating and taking medication when mood drops",
     "Key worker looks at food and the dosette box at each visit; GP told if doses are missed for a week"},
    {"person", "medium", "Money taken by an acquaintance who visits",
     "Bank card kept by %1 only; who to tell agreed; safeguarding referral if money goes missing again"},
    {"person", "low", "Falls on the stairs at home",
     "Handrail asked of the landlord; visits on the ground floor meanwhile"},
    {"person", "medium", "Missed rent leading to possession action",
     "Rent paid by standing order on payday; key worker checks the rent account with %1 monthly"},
    {"others", "low", "Arguments with neighbours over noise",
     "Mediation offered through the housing officer; quiet hours planned with %1"},
    {"others", "medium", "Verbal aggression when drinking",
     "Visits in the morning; %1 agrees to rearrange if drinking; police called if anyone is threatened"},
    {"staff", "low", "Dog at the property", "Dog shut in another room before each visit"},
    {"staff", "medium", "Shouted at staff on a visit last year",
     "Joint visits for the first month; then the office or a public place; lone-working check-in after each visit"},
    {"staff", "low", "Smoking indoors during visits", "Agreed: no smoking during visits, window open"},
};

constexpr const char* kReviewAttendees[] = {
    "%1 and key worker", "%1, key worker and care co-ordinator",
    "%1, key worker and sister (by phone)", "%1, key worker and advocate",
    "%1, key worker and team leader"};

// ---------------------------------------------------------------------------------------------
// Stars, notes, sessions, complaints and incidents

constexpr const char* kAreas[] = {"mood",         "physical_health", "home",    "money",
                                  "daily_living", "connections",     "purpose", "safety"};
constexpr int kAreaCount = 8;
constexpr const char* kAreaNotes[kAreaCount][3] = {
    {"Low over the winter but used the crisis plan when needed.",
     "Says the new medication has helped with sleep and worry.",
     "Fewer bad days this time; knows who to ring."},
    {"Walks to the centre now instead of taking the bus.",
     "Diabetes check overdue; GP appointment booked.",
     "Sleeping better since cutting down on energy drinks."},
    {"Bathroom repair still outstanding; landlord chased.",
     "Flat feels more like home since the new bed arrived.",
     "Worried about the rent going up in April."},
    {"Benefit award came through; arrears being paid off.",
     "Using the weekly budget planner.",
     "Sanction challenged and overturned."},
    {"Cooks at the lunch club and now twice a week at home.",
     "Opens the post with the key worker each week.",
     "Keeps a wall calendar for appointments."},
    {"Back in touch with a brother after several years.",
     "Comes to the Friday lunch club most weeks.",
     "Still finds groups hard; prefers one-to-one."},
    {"Volunteering at the community garden on Tuesdays.",
     "Started an English class at the college.",
     "Thinking about part-time work again."},
    {"Safety plan gone through and shared with the care co-ordinator.",
     "Feels safer since the locks were changed.",
     "No trouble with the neighbour this time."}};

constexpr const char* kNoteFirst =
    "Initial assessment with %1. Talked through what support is on offer, risks to think about "
    "and what matters most right now. Consent to share information with the referrer given.";
constexpr const char* kNotesThurrock[] = {
    "Home visit. %1 sorted the post into 'urgent' and 'can wait' and we rang the council tax "
    "team together. Agreed to look at the bank statement next week.",
    "Phone call. %1 sounded brighter; the new fridge has been delivered. Reminded about the GP "
    "appointment on Thursday.",
    "Met at the Grays drop-in surgery. Helped renew the housing register form; %1 signed it and "
    "I posted it on the way back.",
    "Visit. Flat warm and tidy. %1 said the voices have been quieter this week. Went through the "
    "safety plan; no changes needed.",
    "Went with %1 to the Jobcentre for the work capability review. %1 coped well and asked for a "
    "copy of the notes.",
    "Liaised with the care co-ordinator about the medication review. %1 is happy for "
    "information to be shared.",
    "Outreach walk by the river. %1 talked about missing work and wants to look at "
    "volunteering.",
    "Home visit. Repairs reported to the landlord together; %1 will ring if nobody comes by "
    "Friday."};
constexpr const char* kNotesCamden[] = {
    "%1 came to the Friday lunch club and helped set up the tables. Chatted with two regulars "
    "and seemed relaxed.",
    "One-to-one at the centre. Went through the Star together; %1 chose money and connections "
    "to work on next.",
    "Went with %1 to the library to join and book a computer session. Plans to go back alone "
    "next week.",
    "Phone call with the CMHT care co-ordinator to update on attendance and the CPA review "
    "date.",
    "%1 came to the art group for the first time. Quiet, but stayed for the whole session and "
    "said they would come back.",
    "Helped %1 fill in the Freedom Pass renewal form.",
    "%1 missed the peer group two weeks running; rang to check in. Has had a cold and plans to "
    "come next week.",
    "Talked about the college taster day. %1 would like to try the IT course in September."};
constexpr const char* kNoteEnding =
    "Talked about support ending in a few weeks and what the move-on plan looks like. %1 would "
    "like a last review with the care co-ordinator there.";

struct ClosingNote {
    const char* reason;
    const char* text;
};
constexpr ClosingNote kClosingNotes[] = {
    {"completed", "Support ended as planned. %1 knows how to contact the service again and has "
                  "the drop-in times."},
    {"disengaged", "Support withdrawn after three missed appointments and no reply to letters or "
                   "calls. Referrer told; %1 can be re-referred at any time."},
    {"moved_away", "%1 has moved out of the area. Handover sent to the new area's mental health "
                   "team with consent."},
    {"different_service", "Structured review: %1 needs more support than this service offers. "
                          "Onward referral made; support ends today."},
    {"no_further_service", "Structured review agreed no further support is needed. %1 is "
                           "managing the tenancy and money independently."},
    {"risk_to_staff", "Support ended after the risk review: visits cannot be made safely. Care "
                      "co-ordinator told and other options discussed with %1."},
    {"died", "Sad news: %1 has died. Condolences sent to the family; team debrief held."},
    {"other", "Support ended: %1 has gone to live with family. Closing letter sent."}};

constexpr const char* kWithdrawalContinue[] = {
    "The missed visits were during a hard patch; %1 wants to carry on and will ring if plans "
    "change.",
    "Missed visits followed a bereavement. Support continues with a text reminder the day "
    "before each visit.",
    "%1 has been working shifts; visits moved to Thursday afternoons. Support continues."};
constexpr const char* kWithdrawalStop =
    "No contact for five weeks despite visits, calls and letters. Referrer told; support "
    "withdrawn with an open door to re-refer.";

struct Slot {
    int day;     // 1 Monday .. 6 Saturday
    int minute;  // London time
    int duration;
    const char* kind;
    const char* ledBy;
    const char* venue; // nullptr: the title says "Title|Venue"
    int everyWeeks;
    int blockWeeks; // how long one title runs before the next
    bool course;    // numbered weeks, "(week 2 of 6)"
    std::span<const char* const> titles;
};

constexpr const char* kVenueLarch = "Larch Centre, Kentish Town";
constexpr const char* kVenueBramley = "Bramley House, Somers Town";
constexpr const char* kVenueChalcot = "Chalcot Rooms, Belsize Park";

constexpr const char* kTitlesCourse[] = {"Managing stress and anxiety", "Building confidence",
                                         "Sleep and wellbeing", "Coping with voices",
                                         "Wellness recovery action planning",
                                         "Eating well on a budget"};
constexpr const char* kTitlesDropIn[] = {"Benefits and housing drop-in surgery"};
constexpr const char* kTitlesTherapy[] = {"Art psychotherapy group", "Mindfulness group",
                                          "Anxiety management group", "Music therapy group"};
constexpr const char* kTitlesVoices[] = {"Hearing Voices peer group"};
constexpr const char* kTitlesLearning[] = {"IT skills taster", "English conversation class",
                                           "Cooking skills taster", "CV and job search workshop",
                                           "Everyday maths"};
constexpr const char* kTitlesMainstream[] = {
    "Supported swim|Local leisure centre pool",
    "Library visit and reading group|Local library",
    "Community garden session|Community garden, Gospel Oak",
    "Museum visit|Meet at the Larch Centre",
    "Climbing wall taster|Local sports centre",
    "Cinema afternoon|Local cinema (concession tickets)"};
constexpr const char* kTitlesRecovery[] = {"Recovery planning group"};
constexpr const char* kTitlesBefriending[] = {"Befriending: walk and coffee"};
constexpr const char* kTitlesLunch[] = {"Friday lunch club"};
constexpr const char* kTitlesPeer[] = {"Men's peer support group", "Women's peer support group"};
constexpr const char* kTitlesSaturday[] = {"Saturday social: games and lunch"};

const Slot kSlots[] = {
    {1, 10 * 60 + 30, 120, "structured", "staff", kVenueLarch, 1, 6, true, kTitlesCourse},
    {1, 14 * 60, 120, "drop_in", "staff", kVenueBramley, 1, 1, false, kTitlesDropIn},
    {2, 11 * 60, 90, "therapeutic", "staff", kVenueChalcot, 1, 8, false, kTitlesTherapy},
    {2, 14 * 60, 90, "peer_led", "peer", kVenueLarch, 1, 1, false, kTitlesVoices},
    {3, 10 * 60, 120, "education_training", "staff", kVenueBramley, 1, 4, false,
     kTitlesLearning},
    {3, 13 * 60 + 30, 120, "mainstream_access", "staff", nullptr, 1, 1, false,
     kTitlesMainstream},
    {4, 10 * 60 + 30, 90, "structured", "staff", kVenueChalcot, 1, 1, false, kTitlesRecovery},
    {4, 13 * 60, 90, "befriending", "volunteer", kVenueLarch, 1, 1, false, kTitlesBefriending},
    {5, 12 * 60, 150, "social_club", "volunteer", kVenueLarch, 1, 1, false, kTitlesLunch},
    {5, 14 * 60 + 30, 90, "peer_led", "peer", kVenueBramley, 1, 1, false, kTitlesPeer},
    {6, 11 * 60, 180, "social_club", "peer", kVenueChalcot, 2, 1, false, kTitlesSaturday},
};
constexpr int kSlotCount = int(sizeof(kSlots) / sizeof(kSlots[0]));

struct ComplaintSeed {
    bool thurrock;
    bool serious;
    const char* summary;
    const char* outcome;
};
constexpr ComplaintSeed kComplaints[] = {
    {true, true,
     "Said a worker talked about their situation within earshot of a neighbour during a home "
     "visit.",
     "Investigated by the service manager; the commissioner's authorised officer was told the "
     "same day. Upheld in part: written apology, and a confidentiality refresher for the team."},
    {false, false, "Unhappy that the Friday lunch club was called off twice without notice.",
     "Upheld. Regulars now get a text message when a session is called off."},
    {true, false, "Felt home visits were moved at short notice too often.",
     "Upheld in part. Visits are now booked a fortnight ahead and only moved with a phone call."},
    {false, true, "Said a volunteer asked to borrow money on the befriending walk.",
     "Volunteer stood down while it was looked into; commissioner's authorised officer told at "
     "once. Not upheld, and the volunteer code of conduct has been reissued to everyone."},
    {false, false, "Asked for a different key worker after a disagreement about the support plan.",
     "Resolved: a new key worker was allocated and a three-way meeting held."},
    {false, false, "The lift at Bramley House was out of order for two weeks.",
     "Upheld. Landlord chased; sessions moved to the ground floor until the repair."}};

struct IncidentSeed {
    bool thurrock;
    bool person;
    bool reported;
    const char* kind;
    const char* summary;
};
constexpr IncidentSeed kIncidents[] = {
    {true, true, true, "safeguarding",
     "Concern that a relative is collecting and keeping the person's benefits. Safeguarding "
     "referral made to adult social care with the person's agreement."},
    {true, true, true, "serious_untoward_incident",
     "Found unwell at home after an overdose during a planned visit; ambulance called by the "
     "key worker. Now recovering; care co-ordinator told and the risk plan reviewed."},
    {false, false, false, "other",
     "Fire alarm went off during the lunch club; building cleared in four minutes and nobody "
     "was hurt."},
    {false, true, true, "safeguarding",
     "Said a new acquaintance has been staying at the flat and pressing them to keep packages "
     "(possible cuckooing). Police and housing told with consent."},
    {false, true, false, "other",
     "Slipped on a wet floor at the centre; first aid given, no lasting injury. Wet-floor signs "
     "now kept by the kitchen."}};

// ---------------------------------------------------------------------------------------------
// The model the records are made from

struct Person {
    QString id;
    QString given;
    QString family;
    QString preferred;
    QDate dateOfBirth;
    const char* gender = nullptr;
    const char* ethnicity = nullptr;
    const char* religion = nullptr;
    const char* orientation = nullptr;
    const char* disability = nullptr;
    QString language;
    bool interpreter = false;
    bool thurrock = false;

    // How notes and plans address the person.
    QString name() const { return preferred.isEmpty() ? given : preferred; }
};

// One referral, and the support period that followed when it was accepted.
struct Episode {
    bool accepted = false;
    QDateTime receivedAt;
    QDateTime firstContactAt; // invalid: no contact yet
    const char* decision = "accepted";
    QString decisionReason;
    bool consent = true;
    QDate decidedOn;
    QDate start;
    QDate end; // invalid while open
    QDate extensionUntil;
    QString extensionWith;
    QString extensionReason;
    const char* endReason = nullptr;
    bool planned = false;
    const char* exit = nullptr;
    QString onward;
    bool accommodationBased = false;
    unsigned special = NoSpecial;
    QDate inHospitalSince; // OpenHospital: the admission
};

struct OutcomeState {
    const char* code;
    bool identified;
    int achieved; // -1 not recorded
};

struct PlannedVisit {
    QDate date;
    int minute;
    int duration;
    const char* kind;
    const char* status;
    int staff;
    QString overCapReason;
    bool booked = false; // the over-cap week: kept as booked, whatever the dice say
};

// A Camden period, as the session registers see it.
struct Member {
    QString personId;
    QDate start;
    QDate end; // invalid while open
};

struct PeriodRef {
    QString personId;
    bool thurrock;
    QDate start;
    QDate lastDay;
};

class Builder {
public:
    explicit Builder(const DemoOptions& options);
    QJsonObject build();

private:
    QString newId(const char* kind);
    QString staffId(int index) const { return m_staffIds.at(index); }
    QString staffName(int index) const { return utf8Text(kStaff[index].name); }

    void addStaff();
    void addPerson(int index);
    Scenario scenarioFor(bool thurrock, int j, Rng& rng) const;
    QVector<Episode> planEpisodes(const Scenario& scenario, bool thurrock, Rng& rng) const;
    Episode acceptedOn(QDate start, Rng& rng) const;
    void close(Episode& e, QDate end, const char* reason, Rng& rng) const;
    QDateTime receivedOn(const QDate& date, Rng& rng) const;
    QDateTime contactAfter(const QDateTime& received, bool late, Rng& rng) const;
    Person makePerson(bool thurrock, const QDate& earliest, Rng& rng);
    void addServiceUser(const Person& p, const char* tenure, Rng& rng);
    QString addReferral(const Person& p, const Episode& e, int j, bool firstEpisode, Rng& rng);
    void addPeriod(const Person& p, const Episode& e, const QString& referralId, int j,
                   Rng& rng);
    QVector<OutcomeState> addOutcomes(const QString& periodId, const Episode& e, bool thurrock,
                                      Rng& rng);
    void addPlan(const QString& periodId, const Person& p, const Episode& e, int keyWorker,
                 const QVector<OutcomeState>& outcomes, Rng& rng);
    QJsonObject needs(const Person& p, Rng& rng) const;
    void addRiskAssessment(const QString& periodId, const Person& p, const QDate& on, int keyWorker,
                           const QDate& nextReview, bool reviewed);
    void addThurrockAppointments(const QString& periodId, const Person& p, const Episode& e,
                                 int keyWorker, Rng& rng);
    void addCamdenAppointments(const QString& periodId, const Episode& e, int keyWorker,
                               Rng& rng);
    void addStars(const QString& periodId, const Episode& e, bool thurrock, Rng& rng);
    void addNotes(const QString& periodId, const Person& p, const Episode& e, bool thurrock,
                  int keyWorker, Rng& rng);
    void addNote(const QString& periodId, const QDate& date, int author, const QString& body,
                 Rng& rng);
    void addHospitalStays(const Person& p, const QVector<Episode>& episodes, Rng& rng);
    void addSessions();
    void addComplaintsAndIncidents();

    QDate lastDayOf(const Episode& e) const { return e.end.isValid() ? e.end : m_asOf; }

    quint32 m_seed;
    QDate m_asOf;
    QDateTime m_now;
    int m_people;
    int m_thurrockCount;
    int m_copies;
    QUuid m_namespace;
    QHash<QByteArray, int> m_counters;
    QVector<QString> m_staffIds;
    QSet<QString> m_usedNames;
    QVector<Member> m_members;
    QVector<QVector<int>> m_regulars; // per timetable slot (and copy): indices into m_members
    QVector<PeriodRef> m_periodRefs;

    QJsonArray m_staff;
    QJsonArray m_serviceUsers;
    QJsonArray m_referrals;
    QJsonArray m_periods;
    QJsonArray m_appointments;
    QJsonArray m_hospitalStays;
    QJsonArray m_stars;
    QJsonArray m_outcomes;
    QJsonArray m_plans;
    QJsonArray m_goals;
    QJsonArray m_reviews;
    QJsonArray m_riskAssessments;
    QJsonArray m_risks;
    QJsonArray m_sessions;
    QJsonArray m_attendance;
    QJsonArray m_withdrawals;
    QJsonArray m_complaints;
    QJsonArray m_incidents;
    QJsonArray m_notes;
};

Builder::Builder(const DemoOptions& options)
    : m_seed(options.seed)
    // A caller that forgot the date still gets a deterministic file rather than today's.
    , m_asOf(options.asOf.isValid() ? options.asOf : QDate(2026, 7, 1))
    , m_people(qMax(0, options.people))
    // A fixed namespace: ids depend only on the seed and the record's place in the demo.
    , m_namespace(QStringLiteral("{8f3b2c71-5d4e-4a96-b0c2-7e19d6a4f3b8}"))
{
    m_now = QDateTime(m_asOf, QTime(9, 0), Qt::UTC);
    m_thurrockCount =
        m_people <= 1 ? m_people : qMax(1, qRound(m_people * 30.0 / 330.0));
    const int camden = m_people - m_thurrockCount;
    // More people means more groups running side by side rather than lunch clubs of hundreds.
    m_copies = qBound(1, qRound(camden / 300.0), 20);
    m_regulars.resize(kSlotCount * m_copies);
}

QString Builder::newId(const char* kind)
{
    const int n = ++m_counters[QByteArray(kind)];
    const QString name =
        QStringLiteral("demo/%1/%2/%3").arg(m_seed).arg(QLatin1String(kind)).arg(n);
    return QUuid::createUuidV5(m_namespace, name).toString(QUuid::WithoutBraces);
}

QJsonObject Builder::build()
{
    addStaff();
    for (int i = 0; i < m_people; ++i)
        addPerson(i);
    addSessions();
    addComplaintsAndIncidents();

    QJsonObject document;
    document.insert(QStringLiteral("format"), QStringLiteral("waymark"));
    document.insert(QStringLiteral("version"), 1);
    document.insert(QStringLiteral("exported_at"), LocalTime::isoDateTimeUtc(m_now));
    document.insert(QStringLiteral("staff"), m_staff);
    document.insert(QStringLiteral("service_users"), m_serviceUsers);
    document.insert(QStringLiteral("referrals"), m_referrals);
    document.insert(QStringLiteral("support_periods"), m_periods);
    document.insert(QStringLiteral("appointments"), m_appointments);
    document.insert(QStringLiteral("hospital_stays"), m_hospitalStays);
    document.insert(QStringLiteral("star_assessments"), m_stars);
    document.insert(QStringLiteral("outcomes"), m_outcomes);
    document.insert(QStringLiteral("support_plans"), m_plans);
    document.insert(QStringLiteral("goals"), m_goals);
    document.insert(QStringLiteral("reviews"), m_reviews);
    document.insert(QStringLiteral("x_risk_assessments"), m_riskAssessments);
    document.insert(QStringLiteral("x_risks"), m_risks);
    document.insert(QStringLiteral("sessions"), m_sessions);
    document.insert(QStringLiteral("attendance"), m_attendance);
    document.insert(QStringLiteral("withdrawal_reviews"), m_withdrawals);
    document.insert(QStringLiteral("complaints"), m_complaints);
    document.insert(QStringLiteral("incidents"), m_incidents);
    document.insert(QStringLiteral("notes"), m_notes);
    return document;
}

void Builder::addStaff()
{
    for (const StaffSeed& s : kStaff) {
        const QString id = newId("staff");
        m_staffIds << id;
        QJsonObject o;
        o.insert(QStringLiteral("id"), id);
        setText(o, "name", utf8Text(s.name));
        setCode(o, "role", s.role);
        setBool(o, "active", s.active);
        m_staff << o;
    }
}

// ---------------------------------------------------------------------------------------------
// A person and their referrals

Scenario Builder::scenarioFor(bool thurrock, int j, Rng& rng) const
{
    if (thurrock && j < int(std::size(kThurrockOpening)))
        return kThurrockOpening[j];
    if (!thurrock && j < int(std::size(kCamdenOpening)))
        return kCamdenOpening[j];
    Scenario s{thurrock ? pickEntry(rng, kThurrockStages).stage
                        : pickEntry(rng, kCamdenStages).stage,
               nullptr, NoSpecial};
    if (s.stage == Stage::Closed || s.stage == Stage::Returning)
        s.endReason = pick(rng, thurrock ? std::span<const Weighted>(kEndThurrock)
                                         : std::span<const Weighted>(kEndCamden));
    if (s.stage == Stage::Returning && same(s.endReason, "died"))
        s.endReason = "moved_away";
    if (!thurrock && s.stage == Stage::Early && rng.percent(3))
        s.special = NoPlan;
    return s;
}

QDateTime Builder::receivedOn(const QDate& date, Rng& rng) const
{
    return londonTime(date, rng.between(9 * 60, 17 * 60 - 1));
}

QDateTime Builder::contactAfter(const QDateTime& received, bool late, Rng& rng) const
{
    const QDateTime local = received.toTimeZone(london());
    if (late) // three or four days on: past the 48 hours whatever the times
        return londonTime(local.date().addDays(rng.between(3, 4)),
                          rng.between(10 * 60, 16 * 60));
    // The same afternoon when it came in early enough, else the next day: well inside 48 hours.
    const int minute = local.time().hour() * 60 + local.time().minute();
    if (minute < 15 * 60 && rng.percent(55))
        return londonTime(local.date(), rng.between(minute + 45, 17 * 60 + 30));
    return londonTime(local.date().addDays(1), rng.between(9 * 60 + 15, 17 * 60 + 30));
}

Episode Builder::acceptedOn(QDate start, Rng& rng) const
{
    Episode e;
    e.accepted = true;
    e.decision = "accepted";
    e.start = weekday(start);
    e.decidedOn = e.start;
    // Received one to three weeks before the start, so even a late first contact (at most four
    // days) comes before the decision.
    e.receivedAt = receivedOn(e.start.addDays(-rng.between(5, 21)), rng);
    e.firstContactAt = contactAfter(e.receivedAt, !rng.percent(88), rng);
    return e;
}

void Builder::close(Episode& e, QDate end, const char* reason, Rng& rng) const
{
    e.end = qMax(weekday(end), e.start);
    e.endReason = reason;
    if (same(reason, "completed") || same(reason, "no_further_service")
        || same(reason, "different_service"))
        e.planned = rng.percent(92);
    else if (same(reason, "moved_away"))
        e.planned = rng.percent(60);
    else if (same(reason, "other"))
        e.planned = rng.percent(50);
    else
        e.planned = false;

    if (same(reason, "different_service"))
        e.onward = utf8Text(pickOne(rng, kOnwardDifferent));
    else if (same(reason, "moved_away") && rng.percent(50))
        e.onward = QStringLiteral("Mental health team in the new area");
    else if (same(reason, "risk_to_staff"))
        e.onward = QStringLiteral("Care co-ordinator to arrange support through the CMHT");
    else if (!same(reason, "died") && rng.percent(20))
        e.onward = utf8Text(pickOne(rng, kOnwardOther));
}

QVector<Episode> Builder::planEpisodes(const Scenario& s, bool thurrock, Rng& rng) const
{
    QVector<Episode> out;
    const QDate twoYearsAgo = m_asOf.addMonths(-24);
    auto ago = [&](int low, int high) { return m_asOf.addDays(-rng.between(low, high)); };
    switch (s.stage) {
    case Stage::PendingDue:
    case Stage::PendingOverdue:
    case Stage::PendingContacted: {
        Episode e;
        e.decision = "pending";
        if (s.stage == Stage::PendingDue) // yesterday afternoon: the 48 hours run out tomorrow
            e.receivedAt = londonTime(m_asOf.addDays(-1), rng.between(13 * 60, 16 * 60));
        else if (s.stage == Stage::PendingOverdue)
            e.receivedAt = londonTime(m_asOf.addDays(-rng.between(3, 5)),
                                      rng.between(9 * 60 + 30, 12 * 60));
        else {
            e.receivedAt = receivedOn(ago(3, 12), rng);
            e.firstContactAt = contactAfter(e.receivedAt, false, rng);
        }
        out << e;
        break;
    }
    case Stage::Signposted:
    case Stage::Declined: {
        Episode e;
        e.receivedAt = receivedOn(weekday(ago(12, 330)), rng);
        e.firstContactAt = contactAfter(e.receivedAt, !rng.percent(90), rng);
        e.decidedOn = qMin(e.receivedAt.date().addDays(rng.between(5, 10)), m_asOf);
        if (s.stage == Stage::Signposted) {
            e.decision = "signposted";
            e.decisionReason = utf8Text(thurrock ? pickOne(rng, kSignpostThurrock) : pickOne(rng, kSignpostCamden));
        } else {
            e.decision = "declined";
            const DeclineReason& d = thurrock ? kDeclineThurrock[rng.below(3)]
                                              : kDeclineCamden[rng.below(3)];
            e.decisionReason = utf8Text(d.text);
            e.consent = d.consent;
        }
        out << e;
        break;
    }
    case Stage::New:
        out << acceptedOn(ago(2, 20), rng);
        break;
    case Stage::Early:
        out << acceptedOn(ago(35, 180), rng);
        break;
    case Stage::Mid:
        out << acceptedOn(thurrock ? ago(180, 600) : ago(180, 720), rng);
        break;
    case Stage::Long:
        out << acceptedOn(ago(730, 2190), rng);
        break;
    case Stage::NearLimit:
        out << acceptedOn(twoYearsAgo.addDays(rng.between(12, 50)), rng);
        break;
    case Stage::PastLimit:
        out << acceptedOn(twoYearsAgo.addDays(-rng.between(3, 20)), rng);
        break;
    case Stage::Extended: {
        Episode e = acceptedOn(twoYearsAgo.addDays(-rng.between(20, 100)), rng);
        e.extensionUntil = e.start.addMonths(24 + rng.between(4, 7));
        e.extensionWith = utf8Text(pickOne(rng, kExtensionWith));
        e.extensionReason = utf8Text(pickOne(rng, kExtensionReasons));
        out << e;
        break;
    }
    case Stage::Closed: {
        const QDate end = ago(7, 540);
        const int length = thurrock ? rng.between(120, 700) : rng.between(120, 1500);
        Episode e = acceptedOn(end.addDays(-length), rng);
        close(e, end, s.endReason ? s.endReason : "completed", rng);
        out << e;
        break;
    }
    case Stage::Returning: {
        const int endedDaysAgo = rng.between(260, 700);
        Episode first = acceptedOn(m_asOf.addDays(-endedDaysAgo - rng.between(150, 600)), rng);
        close(first, m_asOf.addDays(-endedDaysAgo), s.endReason ? s.endReason : "completed",
              rng);
        out << first;
        out << acceptedOn(ago(35, 180), rng);
        break;
    }
    }
    for (Episode& e : out)
        e.special = s.special;
    if ((s.special & OpenHospital) && !out.isEmpty())
        out.last().inHospitalSince = m_asOf.addDays(-rng.between(8, 20));
    return out;
}

Person Builder::makePerson(bool thurrock, const QDate& earliest, Rng& rng)
{
    Person p;
    p.thurrock = thurrock;
    p.gender = pick(rng, kGender);
    p.ethnicity = pick(rng, thurrock ? std::span<const Weighted>(kEthnicityThurrock)
                                     : std::span<const Weighted>(kEthnicityCamden));

    int group = GB;
    const char* e = p.ethnicity;
    const bool half = rng.percent(50);
    if (!e || same(e, "prefer_not_to_say"))
        group = rng.percent(70) ? GB : rng.below(GroupCount);
    else if (same(e, "white_roma"))
        group = EE;
    else if (same(e, "white_other"))
        group = half ? EE : SE;
    else if (same(e, "mixed_white_black_caribbean"))
        group = half ? CB : GB;
    else if (same(e, "mixed_white_black_african"))
        group = half ? WA : GB;
    else if (same(e, "mixed_white_asian"))
        group = half ? SA : GB;
    else if (same(e, "indian"))
        group = IN;
    else if (same(e, "pakistani") || same(e, "bangladeshi"))
        group = SA;
    else if (same(e, "chinese"))
        group = CN;
    else if (same(e, "asian_other"))
        group = half ? IN : CN;
    else if (same(e, "black_african"))
        group = rng.percent(60) ? WA : EA;
    else if (same(e, "black_caribbean"))
        group = CB;
    else if (same(e, "black_other"))
        group = half ? CB : WA;
    else if (same(e, "arab"))
        group = AR;
    else if (same(e, "other_ethnic_group"))
        group = half ? SE : AR;
    const NamePool& pool = namePool(group);

    // Draw again when a name is taken, so that names rarely repeat; a big demo may still
    // repeat a few, as a real caseload does.
    const bool female = same(p.gender, "female") || (!same(p.gender, "male") && rng.percent(50));
    QString given;
    QString shortName;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString entry = utf8Text(pickOne(rng, female ? pool.female : pool.male));
        const qsizetype bar = entry.indexOf(QLatin1Char('|'));
        given = bar < 0 ? entry : entry.left(bar);
        shortName = bar < 0 ? QString() : entry.mid(bar + 1);
        p.family = utf8Text(pickOne(rng, pool.family));
        if (!m_usedNames.contains(given + QLatin1Char(' ') + p.family))
            break;
    }
    p.given = given;
    m_usedNames.insert(given + QLatin1Char(' ') + p.family);
    if (same(p.gender, "non_binary") && rng.percent(60))
        p.preferred = utf8Text(pickOne(rng, kNeutralNames));
    else if (!shortName.isEmpty() && rng.percent(55))
        p.preferred = shortName;

    const AgeBand& band = pickEntry(rng, kAges);
    p.dateOfBirth = m_asOf.addYears(-rng.between(band.low, band.high)).addDays(-rng.below(365));
    if (LocalTime::ageOn(p.dateOfBirth, earliest) < 18) // 18 or over when first referred
        p.dateOfBirth = earliest.addYears(-18).addDays(-rng.between(1, 300));

    p.religion = pick(rng, pool.religion);
    p.orientation = pick(rng, kOrientation);
    p.disability = pick(rng, thurrock ? std::span<const Weighted>(kDisabilityThurrock)
                                      : std::span<const Weighted>(kDisabilityCamden));
    if (!rng.percent(97))
        return p; // first language not recorded
    p.language = utf8Text(pick(rng, pool.language));
    p.interpreter = p.language != QLatin1String("English") && rng.percent(35);
    return p;
}

// A valid NHS number in the 999 range the NHS keeps for testing: modulus 11 over the first
// nine digits with weights 10 down to 2; a check digit of 10 is invalid, so draw again.
QString nhsNumber(Rng& rng)
{
    for (;;) {
        int digits[9] = {9, 9, 9};
        for (int i = 3; i < 9; ++i)
            digits[i] = rng.below(10);
        int sum = 0;
        for (int i = 0; i < 9; ++i)
            sum += digits[i] * (10 - i);
        int check = 11 - sum % 11;
        if (check == 11)
            check = 0;
        if (check == 10)
            continue;
        QString out;
        for (int i = 0; i < 9; ++i) {
            out += QChar(u'0' + digits[i]);
            if (i == 2 || i == 5)
                out += QLatin1Char(' ');
        }
        out += QChar(u'0' + check);
        return out;
    }
}

void Builder::addServiceUser(const Person& p, const char* tenure, Rng& rng)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), p.id);
    setText(o, "given_name", p.given);
    setText(o, "family_name", p.family);
    setText(o, "preferred_name", p.preferred);
    setDate(o, "date_of_birth", p.dateOfBirth);
    setCode(o, "gender", p.gender);
    setCode(o, "ethnicity", p.ethnicity);
    setCode(o, "religion", p.religion);
    setCode(o, "sexual_orientation", p.orientation);
    setCode(o, "disability", p.disability);
    if (!p.language.isEmpty()) {
        setText(o, "first_language", p.language);
        setBool(o, "interpreter_needed", p.interpreter);
    }

    const Place& place = p.thurrock ? kThurrockPlaces[rng.below(int(std::size(kThurrockPlaces)))]
                                    : kCamdenPlaces[rng.below(int(std::size(kCamdenPlaces)))];
    const QString street =
        QStringLiteral("%1 %2").arg(utf8Text(pickOne(rng, kStreetNames)), utf8Text(pickOne(rng, kStreetKinds)));
    // Every postcode ends in ZZ, which no real delivery point uses.
    const QString postcode =
        QStringLiteral("%1 %2ZZ").arg(QLatin1String(place.district)).arg(rng.between(1, 9));
    if (same(tenure, "rough_sleeping")) {
        setText(o, "address",
                QStringLiteral("No fixed abode (meets at the %1 drop-in surgery)").arg(utf8Text(place.area)));
    } else {
        QString address;
        if (rng.percent(45))
            address = QStringLiteral("Flat %1, %2, %3 %4, %5")
                          .arg(rng.between(1, 48))
                          .arg(utf8Text(pickOne(rng, kBlockNames)))
                          .arg(rng.between(1, 120))
                          .arg(street, utf8Text(place.area));
        else
            address = QStringLiteral("%1 %2, %3").arg(rng.between(1, 180)).arg(street, utf8Text(place.area));
        setText(o, "address", address);
        setText(o, "postcode", postcode);
    }
    if (rng.percent(88)) // Ofcom's drama range: 07700 900000 to 900999
        setText(o, "phone", QStringLiteral("07700 900%1").arg(rng.below(1000), 3, 10,
                                                               QLatin1Char('0')));
    if (rng.percent(96))
        setText(o, "nhs_number", nhsNumber(rng));
    const char* gp = pick(rng, kGp);
    setCode(o, "gp_registered", gp);
    if (same(gp, "yes"))
        setText(o, "gp_practice",
                utf8Text(p.thurrock ? pickOne(rng, kThurrockPractices) : pickOne(rng, kCamdenPractices)));
    setCode(o, "cpa", pick(rng, p.thurrock ? std::span<const Weighted>(kCpaThurrock)
                                           : std::span<const Weighted>(kCpaCamden)));
    setCode(o, "tenure", tenure);
    m_serviceUsers << o;
}

QString Builder::addReferral(const Person& p, const Episode& e, int j, bool firstEpisode,
                             Rng& rng)
{
    const char* source;
    if (p.thurrock)
        source = firstEpisode && j < int(std::size(kSourceCycleThurrock))
                     ? kSourceCycleThurrock[j]
                     : pick(rng, kSourceThurrock);
    else
        source = firstEpisode && j < int(std::size(kSourceCycleCamden))
                     ? kSourceCycleCamden[j]
                     : pick(rng, kSourceCamden);

    const QString id = newId("referral");
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("service_user_id"), p.id);
    setCode(o, "contract_id", p.thurrock ? "thurrock-fs" : "camden-day");
    setStamp(o, "received_at", e.receivedAt);
    setCode(o, "source", source);
    for (const Referrers& r : kReferrers) {
        if (same(r.source, source))
            setText(o, "referrer", utf8Text(pickOne(rng, r.who)));
    }
    setBool(o, "consent", e.consent);
    setStamp(o, "first_contact_at", e.firstContactAt);
    setCode(o, "decision", e.decision);
    setText(o, "decision_reason", e.decisionReason);
    setDate(o, "decided_on", e.decidedOn);
    m_referrals << o;
    return id;
}

void Builder::addPerson(int index)
{
    // Each person has a stream of their own, so one person's draws never shift another's.
    Rng rng(m_seed, 0x100000ULL + quint64(index));
    const bool thurrock = index < m_thurrockCount;
    const int j = thurrock ? index : index - m_thurrockCount;
    const Scenario scenario = scenarioFor(thurrock, j, rng);
    QVector<Episode> episodes = planEpisodes(scenario, thurrock, rng);

    // Thurrock supports some people in accommodation-based services (T 1.7), who live in
    // supported housing while they are supported and move on at the end.
    const bool accommodationBased = thurrock && rng.percent(30);
    const char* tenure = accommodationBased
                             ? (rng.percent(50) ? "supported_short_term" : "supported_long_term")
                             : pick(rng, thurrock ? std::span<const Weighted>(kTenureThurrock)
                                                  : std::span<const Weighted>(kTenureCamden));
    const char* current = tenure;
    for (Episode& e : episodes) {
        if (!e.accepted)
            continue;
        e.accommodationBased = accommodationBased;
        if (!e.end.isValid())
            continue;
        const char* r = e.endReason;
        const char* exit = nullptr;
        if (same(r, "completed") || same(r, "no_further_service"))
            exit = pick(rng, accommodationBased && e.planned
                                 ? std::span<const Weighted>(kExitMoveOn)
                                 : std::span<const Weighted>(kExitSettled));
        else if (same(r, "different_service"))
            exit = pick(rng, kExitDifferent);
        else if (same(r, "moved_away"))
            exit = pick(rng, kExitMoved);
        else if (same(r, "disengaged"))
            exit = pick(rng, kExitDisengaged);
        else if (same(r, "other"))
            exit = pick(rng, kExitOther);
        else if (same(r, "risk_to_staff"))
            exit = "same";
        if (same(exit, "same"))
            exit = tenure;
        e.exit = exit;
        if (exit && !same(exit, "unknown"))
            current = exit;
    }

    Person person = makePerson(thurrock, episodes.front().receivedAt.date(), rng);
    person.id = newId("person");
    addServiceUser(person, current, rng);
    for (int k = 0; k < episodes.size(); ++k) {
        const QString referralId = addReferral(person, episodes.at(k), j, k == 0, rng);
        if (episodes.at(k).accepted)
            addPeriod(person, episodes.at(k), referralId, j, rng);
    }
    addHospitalStays(person, episodes, rng);
}

// ---------------------------------------------------------------------------------------------
// A support period and what hangs off it

void Builder::addPeriod(const Person& p, const Episode& e, const QString& referralId, int j,
                        Rng& rng)
{
    const bool thurrock = p.thurrock;
    int keyWorker;
    if (thurrock)
        keyWorker = rng.percent(10) ? ThurrockLead : (j % 2 == 0 ? Maria : Daniel);
    else if (e.end.isValid() && e.end < m_asOf.addDays(-365) && rng.percent(50))
        keyWorker = Owen;
    else
        keyWorker = rng.percent(5) ? CamdenLead : (Priya + rng.below(3));

    const QString id = newId("support_period");
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("service_user_id"), p.id);
    setCode(o, "contract_id", thurrock ? "thurrock-fs" : "camden-day");
    o.insert(QStringLiteral("referral_id"), referralId);
    o.insert(QStringLiteral("key_worker_id"), staffId(keyWorker));
    setDate(o, "start_date", e.start);
    setDate(o, "end_date", e.end);
    setCode(o, "end_reason", e.endReason);
    if (e.end.isValid())
        setBool(o, "planned_departure", e.planned);
    setBool(o, "accommodation_based", e.accommodationBased);
    setCode(o, "exit_accommodation", e.exit);
    setText(o, "onward_referral", e.onward);
    setDate(o, "extension_until", e.extensionUntil);
    setText(o, "extension_agreed_with", e.extensionWith);
    setText(o, "extension_reason", e.extensionReason);
    m_periods << o;

    const QVector<OutcomeState> outcomes = addOutcomes(id, e, thurrock, rng);
    addPlan(id, p, e, keyWorker, outcomes, rng);
    if (thurrock)
        addThurrockAppointments(id, p, e, keyWorker, rng);
    else if (rng.percent(40))
        addCamdenAppointments(id, e, keyWorker, rng);
    addStars(id, e, thurrock, rng);
    addNotes(id, p, e, thurrock, keyWorker, rng);

    m_periodRefs << PeriodRef{p.id, thurrock, e.start, lastDayOf(e)};
    if (!thurrock) {
        // Regulars: most people have a group or two they come to week after week.
        const int member = int(m_members.size());
        m_members << Member{p.id, e.start, e.end};
        static constexpr Weighted kFavourites[] = {{"0", 35}, {"1", 40}, {"2", 20}, {"3", 5}};
        const int count = pick(rng, kFavourites)[0] - '0';
        QVector<int> chosen;
        for (int k = 0; k < count; ++k) {
            const int slot = rng.below(m_regulars.size());
            if (chosen.contains(slot))
                continue;
            chosen << slot;
            m_regulars[slot] << member;
        }
    }
}

QVector<OutcomeState> Builder::addOutcomes(const QString& periodId, const Episode& e,
                                           bool thurrock, Rng& rng)
{
    // How often an identified need is met by the end, by how support ended.
    int chance = 0;
    const char* r = e.endReason;
    if (same(r, "completed"))
        chance = 80;
    else if (same(r, "no_further_service"))
        chance = 75;
    else if (same(r, "different_service") || same(r, "other"))
        chance = 45;
    else if (same(r, "moved_away"))
        chance = 40;
    else
        chance = 20;

    QVector<OutcomeState> out;
    bool any = false;
    for (const OutcomeChance& c : kOutcomes) {
        OutcomeState s{c.code, rng.percent(thurrock ? c.thurrock : c.camden), -1};
        any = any || s.identified;
        out << s;
    }
    if (!any)
        out[8].identified = true; // 3b: mental health is why everyone is here
    for (OutcomeState& s : out) {
        if (s.identified && e.end.isValid())
            s.achieved = rng.percent(chance) ? 1 : 0;
        // Thurrock's outcome return asks about every code; Camden records only the needs found.
        if (!thurrock && !s.identified)
            continue;
        QJsonObject o;
        o.insert(QStringLiteral("support_period_id"), periodId);
        setCode(o, "code", s.code);
        setBool(o, "need_identified", s.identified);
        if (s.achieved >= 0)
            setBool(o, "achieved", s.achieved == 1);
        m_outcomes << o;
    }
    return out;
}

QJsonObject Builder::needs(const Person& p, Rng& rng) const
{
    const QString none = QStringLiteral("none identified");
    QJsonObject n;
    const bool minority = p.ethnicity && !same(p.ethnicity, "white_british")
                          && !same(p.ethnicity, "prefer_not_to_say");
    if (p.interpreter)
        n.insert(QStringLiteral("ethnicity"),
                 QStringLiteral("%1 interpreter for assessments and reviews; letters translated "
                                "on request.")
                     .arg(p.language));
    else if (minority && rng.percent(15))
        n.insert(QStringLiteral("ethnicity"),
                 QStringLiteral("Would like to be linked with a community group from the same "
                                "background."));
    else
        n.insert(QStringLiteral("ethnicity"), none);

    QString religion = none;
    if (same(p.religion, "muslim") && rng.percent(40))
        religion = QStringLiteral("No appointments on Friday lunchtimes (Jummah); halal food at "
                                  "group sessions.");
    else if (same(p.religion, "christian") && rng.percent(20))
        religion = QStringLiteral("Church is an important support; wants help getting back to "
                                  "Sunday services.");
    else if (same(p.religion, "jewish") && rng.percent(40))
        religion = QStringLiteral("No appointments on Saturdays or Jewish holidays.");
    else if ((same(p.religion, "hindu") || same(p.religion, "sikh")) && rng.percent(25))
        religion = QStringLiteral("Vegetarian food at group sessions.");
    n.insert(QStringLiteral("religion"), religion);

    QString culture = none;
    if (same(p.ethnicity, "white_gypsy_traveller"))
        culture = QStringLiteral("Prefers contact by phone rather than letter, and a worker who "
                                 "knows the Traveller community.");
    else if (rng.percent(10))
        culture = QStringLiteral("Family are not aware of the diagnosis; letters go in a plain "
                                 "envelope.");
    n.insert(QStringLiteral("culture"), culture);

    QString gender = none;
    if (same(p.gender, "female") && rng.percent(30))
        gender = QStringLiteral("Prefers a female key worker for home visits.");
    else if (same(p.gender, "male") && rng.percent(10))
        gender = QStringLiteral("Finds it easier to talk side by side on a walk than face to "
                                "face.");
    else if (same(p.gender, "non_binary"))
        gender = QStringLiteral("Uses they/them; chosen name on every letter and record.");
    n.insert(QStringLiteral("gender"), gender);

    const bool lgb = same(p.orientation, "gay_or_lesbian") || same(p.orientation, "bisexual");
    n.insert(QStringLiteral("sexuality"),
             lgb && rng.percent(40)
                 ? QStringLiteral("Would like information about LGBT+ peer support groups.")
                 : none);

    QString disability = none;
    if (same(p.disability, "yes")) {
        static constexpr const char* kDisabilityNeeds[] = {
            ("Learning impairment: easy-read letters, one thing at a time, and a text reminder "
             "the day before visits."),
            "Uses a walking stick: ground-floor venues only.",
            "Hearing impairment: face the person when speaking and check understanding.",
            "Dyslexia: read information through together rather than sending it by post."};
        disability = utf8Text(p.thurrock && rng.percent(50) ? kDisabilityNeeds[0] : pickOne(rng, kDisabilityNeeds));
    }
    n.insert(QStringLiteral("disability"), disability);

    const int age = LocalTime::ageOn(p.dateOfBirth, m_asOf);
    QString ageNeed = none;
    if (age >= 65)
        ageNeed = QStringLiteral("Older adult: linked to age-specific services; bus pass "
                                 "renewal due.");
    else if (age < 25)
        ageNeed = QStringLiteral("Young adult: would like groups with people of a similar age.");
    n.insert(QStringLiteral("age"), ageNeed);
    return n;
}

void Builder::addPlan(const QString& periodId, const Person& p, const Episode& e, int keyWorker,
                      const QVector<OutcomeState>& outcomes, Rng& rng)
{
    if (e.special & NoPlan)
        return; // the Today list asks for one
    const QDate last = lastDayOf(e);
    QDate agreed = e.start.addDays(rng.between(14, 28));
    if (agreed > last) {
        if (e.end.isValid() || !rng.percent(50))
            return; // too early for a plan yet
        agreed = QDate(); // a draft, not yet agreed with the person
    }

    // The assessment of need and risk comes first, in the days before the plan.
    const QDate assessed = agreed.isValid() ? agreed.addDays(-7) : e.start.addDays(7);
    if (assessed <= m_asOf && assessed <= last)
        addRiskAssessment(periodId, p, std::max(assessed, e.start), keyWorker,
                          agreed.isValid() ? agreed.addDays(84) : QDate(), false);

    const QString planId = newId("support_plan");
    QJsonObject plan;
    plan.insert(QStringLiteral("id"), planId);
    plan.insert(QStringLiteral("support_period_id"), periodId);
    setDate(plan, "agreed_on", agreed);
    plan.insert(QStringLiteral("needs"), needs(p, rng));
    if (agreed.isValid())
        setDate(plan, "next_review_on", agreed.addDays(84));
    m_plans << plan;

    // Goals follow the needs identified, one to four of them.
    QVector<const GoalTemplate*> candidates;
    for (const OutcomeState& s : outcomes) {
        if (!s.identified)
            continue;
        QVector<const GoalTemplate*> forCode;
        for (const GoalTemplate& g : kGoals) {
            if (!same(g.outcome, s.code))
                continue;
            if (g.variant == 1 && !e.accommodationBased)
                continue;
            forCode << &g;
        }
        if (e.accommodationBased && same(s.code, "4a"))
            forCode.erase(std::remove_if(forCode.begin(), forCode.end(),
                                         [](const GoalTemplate* g) { return g->variant == 0; }),
                          forCode.end());
        if (!forCode.isEmpty())
            candidates << forCode.at(rng.below(forCode.size()));
    }
    const int wanted = qMin(int(candidates.size()), rng.between(1, 4));
    for (int k = 0; k < wanted; ++k) {
        const int chosen = k + rng.below(candidates.size() - k);
        std::swap(candidates[k], candidates[chosen]);
    }
    const QDate base = agreed.isValid() ? agreed : e.start.addDays(21);
    for (int k = 0; k < wanted; ++k) {
        const GoalTemplate& g = *candidates.at(k);
        int achieved = -1;
        for (const OutcomeState& s : outcomes) {
            if (same(s.code, g.outcome))
                achieved = s.achieved;
        }
        const QDate target = base.addDays(7 * rng.between(8, 26));
        const char* status = "open";
        if (e.end.isValid()) {
            if (achieved == 1)
                status = rng.percent(80) ? "achieved" : "partly_achieved";
            else
                status = pick(rng, std::initializer_list<Weighted>{
                                       {"not_achieved", 60}, {"partly_achieved", 20},
                                       {"withdrawn", 20}});
        } else if (agreed.isValid() && target < m_asOf) {
            status = pick(rng, std::initializer_list<Weighted>{
                                   {"achieved", 40}, {"partly_achieved", 25}, {"open", 35}});
        } else if (agreed.isValid() && rng.percent(8)) {
            status = "achieved";
        }

        QJsonArray tasks;
        for (const char* t : g.tasks)
            tasks << utf8Text(t);
        if (k == 0 && p.interpreter)
            tasks << QStringLiteral("Liaison and advocacy support from same ethnic group");
        QJsonObject o;
        o.insert(QStringLiteral("id"), newId("goal"));
        o.insert(QStringLiteral("support_plan_id"), planId);
        setText(o, "what", withName(g.what, p.name()));
        setText(o, "measure", withName(g.measure, p.name()));
        setText(o, "who", withName(g.who, p.name()));
        setDate(o, "target_date", target);
        setCode(o, "outcome_code", g.outcome);
        setCode(o, "star_area", g.area);
        o.insert(QStringLiteral("tasks"), tasks);
        setCode(o, "status", status);
        m_goals << o;
    }

    if (!agreed.isValid())
        return;
    // Reviews every twelve weeks or so (T 5.1.1); some slip, and those show on the Today list.
    const QDate reviewLimit = e.end.isValid() ? e.end.addDays(-7) : m_asOf.addDays(-1);
    QDate held = agreed.addDays(84 + rng.between(-14, 14));
    QDate lastHeld;
    while (held <= reviewLimit) {
        const QDate next = held.addDays(84);
        QJsonObject o;
        o.insert(QStringLiteral("id"), newId("review"));
        o.insert(QStringLiteral("support_plan_id"), planId);
        setDate(o, "held_on", held);
        setText(o, "attendees", withName(pickOne(rng, kReviewAttendees), p.name()));
        setText(o, "summary", withName(pickOne(rng, kReviewSummaries), p.name()));
        setDate(o, "next_review_on", next);
        m_reviews << o;
        lastHeld = held;
        held = next.addDays(rng.percent(90) ? rng.between(-14, 14) : rng.between(15, 35));
    }
    // The risks are reviewed with the plan; the demo keeps the latest of those reviews.
    if (lastHeld.isValid())
        addRiskAssessment(periodId, p, lastHeld, keyWorker, lastHeld.addDays(84), true);
    if (e.end.isValid() && e.planned && e.end > agreed) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), newId("review"));
        o.insert(QStringLiteral("support_plan_id"), planId);
        setDate(o, "held_on", e.end);
        setText(o, "attendees", QStringLiteral("%1, key worker (%2)")
                                    .arg(p.name(), staffName(keyWorker)));
        setText(o, "summary",
                QStringLiteral("Closing review: goals gone through one by one. %1 knows how to "
                               "come back to the service if things get harder.")
                    .arg(p.name()));
        m_reviews << o;
    }
}

void Builder::addRiskAssessment(const QString& periodId, const Person& p, const QDate& on, int keyWorker,
                                const QDate& nextReview, bool reviewed)
{
    // A stream of its own, so the rest of the demo is the same with or without risks.
    Rng rng(m_seed, 0x300000ULL + quint64(m_riskAssessments.size()));
    const QString id = newId("x_risk_assessment");
    QJsonObject a;
    a.insert(QStringLiteral("id"), id);
    a.insert(QStringLiteral("support_period_id"), periodId);
    setDate(a, "assessed_on", on);
    setText(a, "assessed_by", QStringLiteral("%1 with %2").arg(staffName(keyWorker), p.name()));
    setDate(a, "next_review_on", nextReview);
    m_riskAssessments << a;

    // One risk to the person always; to others and to staff sometimes.
    QVector<const RiskTemplate*> chosen;
    const auto pickTowards = [&](const char* towards) {
        QVector<const RiskTemplate*> of;
        for (const RiskTemplate& r : kRisks)
            if (same(r.towards, towards))
                of << &r;
        chosen << of.at(rng.below(of.size()));
    };
    pickTowards("person");
    if (rng.percent(40))
        pickTowards("others");
    if (rng.percent(45))
        pickTowards("staff");
    for (const RiskTemplate* r : chosen) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), newId("x_risk"));
        o.insert(QStringLiteral("risk_assessment_id"), id);
        setCode(o, "towards", r->towards);
        // Reviewed risks have often eased.
        setCode(o, "level", reviewed && !same(r->level, "low") && rng.percent(50) ? "low" : r->level);
        setText(o, "description", utf8Text(r->description));
        setText(o, "management", withName(r->management, p.name()));
        m_risks << o;
    }
}

void Builder::addThurrockAppointments(const QString& periodId, const Person& p,
                                      const Episode& e, int keyWorker, Rng& rng)
{
    static constexpr Weighted kKinds[] = {{"home_visit", 45}, {"phone", 18}, {"office", 10},
                                          {"drop_in", 14},    {"outreach", 10}, {"video", 3}};
    static constexpr int kDurations[] = {30, 45, 60, 60, 60, 90};
    const QDate to = e.end.isValid() ? e.end : m_asOf.addDays(20);
    const int cover[] = {ThurrockLead, Maria, Daniel};

    QVector<PlannedVisit> list;
    QDate monday = e.start.addDays(1 - e.start.dayOfWeek());
    for (bool first = true; monday <= to; monday = monday.addDays(7), first = false) {
        if ((e.special & OverCap) && monday <= m_asOf && m_asOf < monday.addDays(7)) {
            // A week past the three-hour cap (T 5.1.2), booked knowingly and with the reason.
            list << PlannedVisit{monday, 10 * 60, 90, "home_visit", "planned", keyWorker, {}, true};
            list << PlannedVisit{monday.addDays(2), 13 * 60 + 30, 60, "outreach", "planned", keyWorker, {}, true};
            list << PlannedVisit{monday.addDays(3),
                                 10 * 60 + 30,
                                 60,
                                 "home_visit",
                                 "planned",
                                 keyWorker,
                                 QStringLiteral("Possession hearing this week: extra visit agreed with the team "
                                                "leader to go through the court papers together."),
                                 true};
            continue;
        }
        const int count = first ? 1 : pick(rng, std::initializer_list<Weighted>{
                                                    {"0", 8}, {"1", 70}, {"2", 22}})[0] - '0';
        int days[5] = {1, 2, 3, 4, 5};
        for (int k = 0; k < count; ++k)
            std::swap(days[k], days[k + rng.below(5 - k)]);
        // At most two visits a week: order them by hand (std::sort over a runtime length
        // makes GCC 12 warn about bounds it cannot prove).
        if (count == 2 && days[0] > days[1])
            std::swap(days[0], days[1]);
        for (int k = 0; k < count; ++k) {
            const QDate date = monday.addDays(days[k] - 1);
            if (date < e.start || date > to)
                continue;
            PlannedVisit a;
            a.date = date;
            a.kind = first ? "home_visit" : pick(rng, kKinds);
            a.duration = first ? 90 : (same(a.kind, "phone") ? 30 : kDurations[rng.below(6)]);
            // Starts on the quarter hour, finishing by five.
            a.minute = 9 * 60 + 15 * rng.below((8 * 60 - a.duration) / 15 + 1);
            a.staff = rng.percent(90) ? keyWorker : cover[rng.below(3)];
            a.status = "planned";
            list << a;
        }
    }
    // What happened to the ones already past.
    for (PlannedVisit& a : list) {
        if (a.date >= m_asOf)
            continue;
        if (a.booked) {
            a.status = "attended";
            continue;
        }
        const int roll = rng.below(1000);
        if (roll < 25 && !(e.special & DnaStreak))
            a.status = "dna";
        else if (roll < 75)
            a.status = "cancelled_by_person";
        else if (roll < 105)
            a.status = "cancelled_by_provider";
        else
            a.status = "attended";
    }
    const bool disengaged = same(e.endReason, "disengaged");
    if ((e.special & DnaStreak) || disengaged) {
        int marked = 0;
        for (qsizetype k = list.size() - 1; k >= 0 && marked < 3; --k) {
            if (list.at(k).date >= m_asOf)
                continue;
            list[k].status = "dna";
            ++marked;
        }
    }

    // Three DNAs since the last withdrawal review call for one (T 5.4.1). Usually support
    // carries on; the DNA-streak period is left for the worker to review today.
    int sinceReview = 0;
    QDate lastDna;
    int finalDnas = 0;
    for (int k = 0; k < list.size(); ++k) {
        const PlannedVisit& a = list.at(k);
        if (!same(a.status, "dna"))
            continue;
        ++sinceReview;
        lastDna = a.date;
        if ((e.special & DnaStreak) || disengaged) {
            // The last three are handled below; count how many of them this is.
            int after = 0;
            for (int m = k + 1; m < list.size(); ++m)
                after += same(list.at(m).status, "dna") ? 1 : 0;
            if (after < 3) {
                ++finalDnas;
                continue;
            }
        }
        if (sinceReview < 3)
            continue;
        const QDate held = a.date.addDays(rng.between(2, 6));
        if (held >= m_asOf || (e.end.isValid() && held > e.end))
            continue;
        QJsonObject o;
        o.insert(QStringLiteral("id"), newId("withdrawal_review"));
        o.insert(QStringLiteral("support_period_id"), periodId);
        setDate(o, "held_on", held);
        setCode(o, "decision", "continue");
        setText(o, "decided_by", QStringLiteral("%1 (team leader) with %2")
                                     .arg(staffName(ThurrockLead), staffName(keyWorker)));
        setText(o, "reason", withName(pickOne(rng, kWithdrawalContinue), p.name()));
        m_withdrawals << o;
        sinceReview = 0;
    }
    if (disengaged && finalDnas > 0) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), newId("withdrawal_review"));
        o.insert(QStringLiteral("support_period_id"), periodId);
        setDate(o, "held_on", e.end);
        setCode(o, "decision", "withdraw");
        setText(o, "decided_by", QStringLiteral("%1 (team leader) with %2")
                                     .arg(staffName(ThurrockLead), staffName(keyWorker)));
        setText(o, "reason", utf8Text(kWithdrawalStop));
        m_withdrawals << o;
    }
    if ((e.special & DnaStreak) && lastDna.isValid())
        addNote(periodId, lastDna, keyWorker,
                QStringLiteral("Third missed visit in a row. Card left, texts and a letter sent "
                               "to %1. Withdrawal review to book with the team leader.")
                    .arg(p.name()),
                rng);

    for (const PlannedVisit& a : list) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), newId("appointment"));
        o.insert(QStringLiteral("support_period_id"), periodId);
        o.insert(QStringLiteral("staff_id"), staffId(a.staff));
        setStamp(o, "starts_at", londonTime(a.date, a.minute));
        setInt(o, "duration_minutes", a.duration);
        setCode(o, "kind", a.kind);
        setCode(o, "status", a.status);
        setText(o, "over_cap_reason", a.overCapReason);
        m_appointments << o;
    }
}

void Builder::addCamdenAppointments(const QString& periodId, const Episode& e, int keyWorker,
                                    Rng& rng)
{
    // Day services are mostly groups; some people also see their STR worker one-to-one.
    static constexpr Weighted kKinds[] = {{"office", 35}, {"outreach", 25}, {"phone", 20},
                                          {"video", 5},   {"home_visit", 15}};
    static constexpr int kDurations[] = {30, 45, 60, 60, 90};
    const QDate to = e.end.isValid() ? e.end : m_asOf.addDays(14);
    QDate date = qMax(e.start, m_asOf.addDays(-200)).addDays(rng.between(3, 14));
    for (; date <= to; date = date.addDays(rng.between(18, 40))) {
        const QDate day = weekday(date);
        if (day < e.start)
            continue;
        const char* kind = pick(rng, kKinds);
        const int duration = same(kind, "phone") ? 30 : kDurations[rng.below(5)];
        const char* status = "planned";
        if (day < m_asOf) {
            const int roll = rng.below(100);
            status = roll < 6 ? "dna" : roll < 12 ? "cancelled_by_person"
                                     : roll < 15 ? "cancelled_by_provider"
                                                 : "attended";
        }
        QJsonObject o;
        o.insert(QStringLiteral("id"), newId("appointment"));
        o.insert(QStringLiteral("support_period_id"), periodId);
        o.insert(QStringLiteral("staff_id"), staffId(keyWorker));
        setStamp(o, "starts_at",
                 londonTime(day, 9 * 60 + 15 * rng.below((8 * 60 - duration) / 15 + 1)));
        setInt(o, "duration_minutes", duration);
        setCode(o, "kind", kind);
        setCode(o, "status", status);
        m_appointments << o;
    }
}

void Builder::addStars(const QString& periodId, const Episode& e, bool thurrock, Rng& rng)
{
    // Camden assesses every thirteen weeks (C 14.2); a few Thurrock workers use the star too,
    // twice a year.
    if (thurrock && !rng.percent(30))
        return;
    const int interval = thurrock ? 182 : 91;
    const QDate last = lastDayOf(e);
    int level[kAreaCount];
    const int overall = rng.between(2, 5);
    for (int& l : level)
        l = qBound(1, overall + rng.between(-1, 2), 10);
    // Most people move forward, some stay put, a few go backwards for a while.
    const int trajectory = pick(rng, std::initializer_list<Weighted>{
                                         {"u", 75}, {"s", 18}, {"d", 7}})[0];

    for (QDate d = e.start.addDays(rng.between(5, 21)); d <= last;) {
        QJsonObject scores;
        QJsonObject notes;
        for (int a = 0; a < kAreaCount; ++a) {
            if (rng.percent(3) && a != 0)
                continue; // left unscored this time
            scores.insert(QLatin1String(kAreas[a]), level[a]);
        }
        if (rng.percent(25)) {
            const int a = rng.below(kAreaCount);
            if (scores.contains(QLatin1String(kAreas[a])))
                notes.insert(QLatin1String(kAreas[a]), utf8Text(kAreaNotes[a][rng.below(3)]));
        }
        QJsonObject o;
        o.insert(QStringLiteral("id"), newId("star_assessment"));
        o.insert(QStringLiteral("support_period_id"), periodId);
        o.insert(QStringLiteral("template_id"), QStringLiteral("waymark-wellbeing"));
        setDate(o, "assessed_on", d);
        setCode(o, "completed_by", pick(rng, std::initializer_list<Weighted>{
                                                 {"together", 60}, {"person", 20},
                                                 {"worker", 20}}));
        o.insert(QStringLiteral("scores"), scores);
        if (!notes.isEmpty())
            o.insert(QStringLiteral("notes"), notes);
        m_stars << o;

        for (int& l : level) {
            const int roll = rng.below(100);
            int step;
            if (trajectory == 'u')
                step = roll < 12 ? -1 : roll < 47 ? 0 : roll < 90 ? 1 : 2;
            else if (trajectory == 's')
                step = roll < 20 ? -1 : roll < 80 ? 0 : 1;
            else
                step = roll < 35 ? -1 : roll < 80 ? 0 : 1;
            if (step > 0 && l >= 8 && rng.percent(60))
                step = 0; // the last steps are the slowest
            l = qBound(1, l + step, 10);
        }
        d = d.addDays(interval + (rng.percent(90) ? rng.between(-7, 10) : rng.between(14, 35)));
    }
}

void Builder::addNote(const QString& periodId, const QDate& date, int author,
                      const QString& body, Rng& rng)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), newId("note"));
    o.insert(QStringLiteral("support_period_id"), periodId);
    setStamp(o, "written_at", londonTime(date, rng.between(10 * 60, 18 * 60)));
    o.insert(QStringLiteral("author_id"), staffId(author));
    o.insert(QStringLiteral("text"), body);
    m_notes << o;
}

void Builder::addNotes(const QString& periodId, const Person& p, const Episode& e,
                       bool thurrock, int keyWorker, Rng& rng)
{
    const int lead = thurrock ? ThurrockLead : CamdenLead;
    // Notes are written on the day or after, never ahead of today.
    const QDate last = e.end.isValid() ? e.end : m_asOf.addDays(-1);
    if (last < e.start)
        return;
    addNote(periodId, e.start, keyWorker, withName(kNoteFirst, p.name()), rng);

    const int span = int(e.start.daysTo(last));
    const int count = qBound(1, span / 75, 8);
    for (int k = 1; k <= count; ++k) {
        const QDate d = e.start.addDays(qint64(span) * k / (count + 1) + rng.between(-5, 5));
        if (d <= e.start || d > last)
            continue;
        const char* body = thurrock ? pickOne(rng, kNotesThurrock) : pickOne(rng, kNotesCamden);
        addNote(periodId, d, rng.percent(85) ? keyWorker : lead, withName(body, p.name()), rng);
    }
    if (!e.end.isValid() && thurrock) {
        const QDate due = e.extensionUntil.isValid() ? e.extensionUntil : e.start.addMonths(24);
        if (due > m_asOf && due <= m_asOf.addDays(56))
            addNote(periodId, m_asOf.addDays(-rng.between(1, 6)), keyWorker,
                    withName(kNoteEnding, p.name()), rng);
    }
    if (e.inHospitalSince.isValid())
        addNote(periodId, qMin(e.inHospitalSince.addDays(2), m_asOf.addDays(-1)), keyWorker,
                QStringLiteral("%1 was admitted informally to the acute mental health ward. "
                               "Visited with the care co-ordinator's agreement; home visits "
                               "paused and the flat checked.")
                    .arg(p.name()),
                rng);
    if (e.end.isValid()) {
        for (const ClosingNote& c : kClosingNotes) {
            if (same(c.reason, e.endReason))
                addNote(periodId, e.end, keyWorker, withName(c.text, p.name()), rng);
        }
    }
}

void Builder::addHospitalStays(const Person& p, const QVector<Episode>& episodes, Rng& rng)
{
    auto add = [&](const QDate& admitted, const QDate& discharged, const char* kind,
                   bool planned) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), newId("hospital_stay"));
        o.insert(QStringLiteral("service_user_id"), p.id);
        setDate(o, "admitted_on", admitted);
        setDate(o, "discharged_on", discharged);
        setCode(o, "kind", kind);
        setBool(o, "planned", planned);
        m_hospitalStays << o;
    };

    QDate latest = m_asOf.addDays(-2);
    QDate dischargeLimit = m_asOf.addDays(-1);
    const Episode& current = episodes.last();
    if (current.inHospitalSince.isValid()) {
        add(current.inHospitalSince, QDate(), "mental_health", false); // still in hospital
        latest = current.inHospitalSince.addDays(-60);
        dischargeLimit = current.inHospitalSince.addDays(-7); // no overlapping stays
    } else if (!rng.percent(p.thurrock ? 18 : 12)) {
        return;
    }
    QDate cursor = episodes.first().receivedAt.date().addDays(-365);
    const int stays = rng.percent(75) ? 1 : 2;
    for (int k = 0; k < stays && cursor < latest; ++k) {
        const QDate admitted = cursor.addDays(rng.below(int(cursor.daysTo(latest)) + 1));
        const bool mental = rng.percent(60);
        QDate discharged = admitted.addDays(mental ? rng.between(5, 70) : rng.between(0, 10));
        discharged = qMin(discharged, dischargeLimit);
        add(admitted, discharged, mental ? "mental_health" : "physical",
            rng.percent(mental ? 10 : 40));
        cursor = discharged.addDays(30);
    }
}

// ---------------------------------------------------------------------------------------------
// Group sessions with their registers (Camden), complaints and incidents

// What a walk-in at a drop-in surgery came about, written for the demo.
constexpr const char* kDropInTopics[] = {
    "Letter about a benefit sanction: read it through together, appeal started",
    "Rent arrears letter from the landlord; rang the housing officer",
    "Wanted to talk after a bad week; agreed to come to the Tuesday group",
    "Help filling in a PIP review form",
    "Gas meter out of credit; emergency credit and a food bank voucher",
    "Asked about volunteering; gave the volunteer centre's details",
    "GP appointment booking online; set it up on their phone",
    "Council tax reminder; applied for the reduction",
};

void Builder::addSessions()
{
    if (m_members.isEmpty())
        return;
    Rng rng(m_seed, 7);
    // Its own stream, so that the registers are the same with or without what was discussed.
    Rng talk(m_seed, 13);
    const QDate first = m_asOf.addDays(-364);
    const QDate last = m_asOf.addDays(13); // the next fortnight's timetable, no registers yet
    QDate monday = first.addDays(1 - first.dayOfWeek());
    for (int week = 0; monday <= last; ++week, monday = monday.addDays(7)) {
        for (int copy = 0; copy < m_copies; ++copy) {
            for (int s = 0; s < kSlotCount; ++s) {
                const Slot& slot = kSlots[s];
                if ((week + copy) % slot.everyWeeks != 0)
                    continue;
                const QDate date = monday.addDays(slot.day - 1);
                if (date < first || date > last || isBankHoliday(date))
                    continue;
                if (rng.percent(3))
                    continue; // called off: staff sickness, the building closed

                const int block = week / slot.blockWeeks;
                QString title = utf8Text(slot.titles[size_t(block) % slot.titles.size()]);
                QString venue = slot.venue ? utf8Text(slot.venue) : QString();
                if (const qsizetype bar = title.indexOf(QLatin1Char('|')); bar >= 0) {
                    venue = title.mid(bar + 1);
                    title = title.left(bar);
                }
                if (slot.course)
                    title += QStringLiteral(" (week %1 of %2)")
                                 .arg(week % slot.blockWeeks + 1)
                                 .arg(slot.blockWeeks);
                if (copy > 0)
                    title += QStringLiteral(" (group %1)").arg(copy + 1);

                const QString id = newId("session");
                QJsonObject o;
                o.insert(QStringLiteral("id"), id);
                setCode(o, "contract_id", "camden-day");
                setCode(o, "kind", slot.kind);
                setText(o, "title", title);
                setStamp(o, "starts_at", londonTime(date, slot.minute));
                setInt(o, "duration_minutes", slot.duration);
                setCode(o, "led_by", slot.ledBy);
                setText(o, "venue", venue);
                m_sessions << o;
                if (date >= m_asOf)
                    continue;

                auto openOn = [&](const Member& m) {
                    return m.start <= date && (!m.end.isValid() || date <= m.end);
                };
                QSet<QString> registered;
                auto mark = [&](const Member& m, bool attended) {
                    if (registered.contains(m.personId))
                        return;
                    registered.insert(m.personId);
                    QJsonObject row;
                    row.insert(QStringLiteral("session_id"), id);
                    row.insert(QStringLiteral("service_user_id"), m.personId);
                    setBool(row, "attended", attended);
                    m_attendance << row;
                };
                for (int member : m_regulars.at(copy * kSlotCount + s)) {
                    const Member& m = m_members.at(member);
                    if (!openOn(m))
                        continue;
                    const int roll = rng.below(100);
                    if (roll < 68)
                        mark(m, true);
                    else if (roll < 80)
                        mark(m, false); // expected, did not come
                }
                if (same(slot.kind, "drop_in") || same(slot.kind, "social_club")) {
                    // Drop-ins and clubs also get people who just turn up.
                    const int extra = rng.between(1, 4);
                    for (int tries = 0, added = 0; tries < 30 && added < extra; ++tries) {
                        const Member& m = m_members.at(rng.below(m_members.size()));
                        if (openOn(m) && !registered.contains(m.personId)) {
                            mark(m, true);
                            if (same(slot.kind, "drop_in")) {
                                QJsonObject row = m_attendance.last().toObject();
                                setText(row, "x_discussed",
                                        utf8Text(kDropInTopics[talk.below(std::size(kDropInTopics))]));
                                setInt(row, "x_minutes", 5 * talk.between(2, 9));
                                m_attendance[m_attendance.size() - 1] = row;
                            }
                            ++added;
                        }
                    }
                }
            }
        }
    }
}

void Builder::addComplaintsAndIncidents()
{
    if (m_periodRefs.isEmpty())
        return;
    Rng rng(m_seed, 11);
    // A period of the wanted service, else of any, that has been running at least a month,
    // and a different person each time where there are enough of them.
    QSet<QString> named;
    auto periodFor = [&](bool thurrock) -> const PeriodRef& {
        for (int tries = 0; tries < 50; ++tries) {
            const PeriodRef& r = m_periodRefs.at(rng.below(m_periodRefs.size()));
            if (r.thurrock == thurrock && r.start.daysTo(r.lastDay) >= 30
                && !named.contains(r.personId)) {
                named.insert(r.personId);
                return r;
            }
        }
        return m_periodRefs.at(rng.below(m_periodRefs.size()));
    };
    auto dayWithin = [&](const PeriodRef& r) {
        const QDate from = qMax(r.start.addDays(14), m_asOf.addDays(-330));
        const QDate to = qMin(r.lastDay, m_asOf.addDays(-3));
        if (to < from)
            return qMin(r.lastDay, m_asOf.addDays(-1));
        return from.addDays(rng.below(int(from.daysTo(to)) + 1));
    };

    const int complaints = qMax(2, m_people / 150);
    for (int k = 0; k < complaints; ++k) {
        const ComplaintSeed& c = kComplaints[k % int(std::size(kComplaints))];
        const PeriodRef& r = periodFor(c.thurrock);
        const QDate received = dayWithin(r);
        QJsonObject o;
        o.insert(QStringLiteral("id"), newId("complaint"));
        o.insert(QStringLiteral("service_user_id"), r.personId);
        setDate(o, "received_on", received);
        setText(o, "summary", utf8Text(c.summary));
        setBool(o, "serious", c.serious);
        const QDate closed = received.addDays(rng.between(7, 28));
        if (closed < m_asOf) { // otherwise still being looked into
            setText(o, "outcome", utf8Text(c.outcome));
            setDate(o, "closed_on", closed);
        }
        m_complaints << o;
    }

    const int incidents = qMax(3, m_people / 110);
    for (int k = 0; k < incidents; ++k) {
        const IncidentSeed& seed = kIncidents[k % int(std::size(kIncidents))];
        const PeriodRef& r = periodFor(seed.thurrock);
        const QDate occurred = dayWithin(r);
        QJsonObject o;
        o.insert(QStringLiteral("id"), newId("incident"));
        if (seed.person)
            o.insert(QStringLiteral("service_user_id"), r.personId);
        setDate(o, "occurred_on", occurred);
        setCode(o, "kind", seed.kind);
        setText(o, "summary", utf8Text(seed.summary));
        if (seed.reported) // serious matters reach the commissioner at once (C 12)
            setDate(o, "reported_to_commissioner_on",
                    qMin(occurred.addDays(rng.between(0, 1)), m_asOf));
        m_incidents << o;
    }
}

} // namespace

QJsonObject DemoCaseload::generate(const DemoOptions& options)
{
    return Builder(options).build();
}

} // namespace waymark
