#include "democlinic.h"

#include <QRandomGenerator>

namespace ClinicDesk::Core {

namespace {

struct FirstName {
    const char16_t *name;
    Sex sex;
};

const FirstName kFirstNames[] = {
    {u"Ann", Sex::Female},      {u"Zoë", Sex::Female},       {u"José", Sex::Male},
    {u"Maria", Sex::Female},    {u"James", Sex::Male},       {u"Linda", Sex::Female},
    {u"Robert", Sex::Male},     {u"Patricia", Sex::Female},  {u"Michael", Sex::Male},
    {u"Jennifer", Sex::Female}, {u"David", Sex::Male},       {u"Elizabeth", Sex::Female},
    {u"William", Sex::Male},    {u"Barbara", Sex::Female},   {u"Richard", Sex::Male},
    {u"Susan", Sex::Female},    {u"Thomas", Sex::Male},      {u"Jessica", Sex::Female},
    {u"Daniel", Sex::Male},     {u"Sarah", Sex::Female},     {u"Matthew", Sex::Male},
    {u"Karen", Sex::Female},    {u"Anthony", Sex::Male},     {u"Nancy", Sex::Female},
    {u"Mark", Sex::Male},       {u"Lisa", Sex::Female},      {u"Steven", Sex::Male},
    {u"Emily", Sex::Female},    {u"Andrew", Sex::Male},      {u"Michelle", Sex::Female},
    {u"Joshua", Sex::Male},     {u"Amanda", Sex::Female},    {u"Kevin", Sex::Male},
    {u"Melissa", Sex::Female},  {u"Brian", Sex::Male},       {u"Stephanie", Sex::Female},
    {u"Renée", Sex::Female},    {u"Chloé", Sex::Female},     {u"Anaïs", Sex::Female},
    {u"Seán", Sex::Male},       {u"Mary-Kate", Sex::Female}, {u"Jean-Luc", Sex::Male},
    {u"Nguyet", Sex::Female},   {u"Hiroshi", Sex::Male},     {u"Priya", Sex::Female},
    {u"Mohammed", Sex::Male},   {u"Aisha", Sex::Female},     {u"Carlos", Sex::Male},
    {u"Lucía", Sex::Female},    {u"Björn", Sex::Male},       {u"Ingrid", Sex::Female},
    {u"Tomás", Sex::Male},      {u"Siobhan", Sex::Female},   {u"Dmitri", Sex::Male},
    {u"Olga", Sex::Female},     {u"Kwame", Sex::Male},       {u"Fatima", Sex::Female},
    {u"Wei", Sex::Male},        {u"Mei", Sex::Female},       {u"Alex", Sex::Other},
    {u"Jordan", Sex::Other},    {u"Taylor", Sex::Female},    {u"Chris", Sex::Male},
    {u"Rachel", Sex::Female},   {u"Nathan", Sex::Male},      {u"Hannah", Sex::Female},
    {u"Samuel", Sex::Male},     {u"Grace", Sex::Female},     {u"Benjamin", Sex::Male},
    {u"Olivia", Sex::Female},   {u"Ethan", Sex::Male},       {u"Sophia", Sex::Female},
};

const char16_t *const kLastNames[] = {
    u"Lee",       u"O'Brien",   u"Núñez",     u"Smith-Jones", u"García",    u"Nguyen",
    u"Smith",     u"Johnson",   u"Williams",  u"Brown",       u"Jones",     u"Miller",
    u"Davis",     u"Rodríguez", u"Martínez",  u"Hernández",   u"López",     u"González",
    u"Wilson",    u"Anderson",  u"Thomas",    u"Taylor",      u"Moore",     u"Jackson",
    u"Martin",    u"Thompson",  u"White",     u"Harris",      u"Sánchez",   u"Clark",
    u"Ramírez",   u"Lewis",     u"Robinson",  u"Walker",      u"Young",     u"Allen",
    u"King",      u"Wright",    u"Scott",     u"Torres",      u"Hill",      u"Flores",
    u"Green",     u"Adams",     u"Nelson",    u"Baker",       u"Hall",      u"Rivera",
    u"Campbell",  u"Mitchell",  u"Carter",    u"Roberts",     u"Müller",    u"Schröder",
    u"D'Angelo",  u"MacDonald", u"McCarthy",  u"O'Neil",      u"Van der Berg", u"De la Cruz",
    u"Kowalski",  u"Nowak",     u"Ivanov",    u"Petrov",      u"Kim",       u"Park",
    u"Chen",      u"Wang",      u"Tanaka",    u"Sato",        u"Patel",     u"Shah",
    u"Singh",     u"Khan",      u"Okafor",    u"Mensah",      u"Haddad",    u"Cohen",
    u"Levi",      u"Björk",     u"Lindqvist", u"Fournier",    u"Lefèvre",   u"Rossi",
    u"Bianchi",   u"Russo",     u"Ferreira",  u"Gonçalves",   u"Fiks",      u"Ostrowski",
    u"Price",     u"Bennett",   u"Wood",      u"Barnes",      u"Ross",      u"Henderson",
    u"Coleman",   u"Jenkins",   u"Perry",     u"Powell",      u"Long",      u"Patterson",
    u"Hughes",    u"Washington",u"Butler",    u"Simmons",     u"Foster",    u"Bryant",
};

struct Town {
    const char16_t *city;
    const char16_t *zip;
};

const Town kTowns[] = {
    {u"Portland", u"97205"},  {u"Portland", u"97214"},    {u"Portland", u"97232"},
    {u"Beaverton", u"97005"}, {u"Hillsboro", u"97124"},   {u"Aloha", u"97078"},
    {u"Tigard", u"97223"},    {u"Lake Oswego", u"97034"}, {u"Gresham", u"97030"},
};

const char16_t *const kStreets[] = {
    u"SE Hawthorne Blvd", u"NW 23rd Ave", u"SW Broadway", u"NE Alberta St", u"SE Division St",
    u"SW Canyon Rd",      u"NE Sandy Blvd", u"SW Macadam Ave", u"N Williams Ave", u"SE Belmont St",
};

template<typename T, std::size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(int(N))];
}

QString emailFor(const QString &first, const QString &last, int n)
{
    auto ascii = [](const QString &name) {
        QString out;
        for (QChar c : name.normalized(QString::NormalizationForm_KD))
            if (c.isLetter() && c.unicode() < 128)
                out += c.toLower();
        return out;
    };
    return QStringLiteral("%1.%2%3@example.com").arg(ascii(first), ascii(last)).arg(n);
}

QString phone(QRandomGenerator &rng)
{
    const char *area = rng.bounded(3) == 0 ? "971" : "503";
    return QStringLiteral("%1%2%3")
        .arg(QLatin1String(area))
        .arg(rng.bounded(200, 1000))
        .arg(rng.bounded(0, 10000), 4, 10, QLatin1Char('0'));
}

} // namespace

QList<Provider> DemoClinic::providers()
{
    return {
        {0, QStringLiteral("Vladimir Fiks"), QStringLiteral("MD"), QStringLiteral("#3b6ea5"), true},
        {0, QStringLiteral("Maria Alvarez"), QStringLiteral("DO"), QStringLiteral("#8a5a9e"), true},
        {0, QStringLiteral("Priya Natarajan"), QStringLiteral("MD"), QStringLiteral("#2e8b57"),
         true},
        {0, QStringLiteral("Daniel O'Connor"), QStringLiteral("PA-C"), QStringLiteral("#b5651d"),
         true},
        {0, QStringLiteral("Sarah Kim"), QStringLiteral("NP"), QStringLiteral("#c0392b"), true},
    };
}

QList<Room> DemoClinic::rooms()
{
    return {
        {0, QStringLiteral("Procedure 1"), true},
        {0, QStringLiteral("Procedure 2"), true},
        {0, QStringLiteral("Exam 3"), true},
        {0, QStringLiteral("Exam 4"), true},
    };
}

QStringList DemoClinic::payers()
{
    return {QStringLiteral("Providence Health Plan"), QStringLiteral("Regence BlueCross BlueShield"),
            QStringLiteral("Moda Health"),            QStringLiteral("Kaiser Permanente"),
            QStringLiteral("Aetna"),                  QStringLiteral("UnitedHealthcare"),
            QStringLiteral("Medicare"),               QStringLiteral("Oregon Health Plan"),
            QStringLiteral("Self-pay")};
}

QList<QPair<QString, int>> DemoClinic::payerMinimumDays()
{
    return {{QStringLiteral("Moda Health"), 70}};
}

QList<Patient> DemoClinic::patients(const Options &options)
{
    QRandomGenerator rng(options.seed);
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const QStringList payerList = payers();
    QList<Patient> list;
    list.reserve(options.patients);
    for (int i = 0; i < options.patients; ++i) {
        Patient p;
        const FirstName &first = pick(rng, kFirstNames);
        p.firstName = QString::fromUtf16(first.name);
        p.sex = first.sex;
        p.lastName = QString::fromUtf16(pick(rng, kLastNames));
        if (rng.bounded(5) == 0)
            p.middleName = QString::fromUtf16(pick(rng, kFirstNames).name);
        if (p.firstName == u"Robert" && rng.bounded(2) == 0)
            p.preferredName = QStringLiteral("Bob");
        if (p.firstName == u"Elizabeth" && rng.bounded(2) == 0)
            p.preferredName = QStringLiteral("Liz");
        // Chronic migraine is most common in adults 25-60; the demo spans 18-85.
        const int ageDays = rng.bounded(18 * 365 + 5, 85 * 365);
        p.dateOfBirth = today.addDays(-ageDays);
        p.mobilePhone = phone(rng);
        if (rng.bounded(4) == 0)
            p.homePhone = phone(rng);
        if (rng.bounded(3) != 0)
            p.email = emailFor(p.firstName, p.lastName, i);
        const Town &town = pick(rng, kTowns);
        p.address.line1 = QStringLiteral("%1 %2").arg(rng.bounded(100, 9999))
                              .arg(QString::fromUtf16(pick(rng, kStreets)));
        p.address.city = QString::fromUtf16(town.city);
        p.address.state = QStringLiteral("OR");
        p.address.postalCode = QString::fromUtf16(town.zip);
        p.preferredContact = rng.bounded(3) == 0 ? ContactMethod::Text : ContactMethod::Phone;
        p.voicemailConsent = rng.bounded(5) != 0;
        p.textConsent = p.preferredContact == ContactMethod::Text || rng.bounded(2) == 0;
        if (rng.bounded(2) == 0) {
            p.emergencyContact.name = QString::fromUtf16(pick(rng, kFirstNames).name)
                                      + u' ' + p.lastName;
            p.emergencyContact.relationship = rng.bounded(2) ? QStringLiteral("Spouse")
                                                             : QStringLiteral("Sibling");
            p.emergencyContact.phone = phone(rng);
        }
        p.insurance.payer = payerList.at(rng.bounded(int(payerList.size())));
        if (p.insurance.payer != u"Self-pay") {
            p.insurance.memberId = QStringLiteral("%1%2")
                                       .arg(QChar(u'A' + rng.bounded(26)))
                                       .arg(rng.bounded(10000000, 99999999));
            p.insurance.groupNumber = QString::number(rng.bounded(1000, 99999));
        }
        if (rng.bounded(3) == 0)
            p.referringPhysician = QStringLiteral("Dr. ")
                                   + QString::fromUtf16(pick(rng, kLastNames));
        p.active = rng.bounded(40) != 0;
        const int registeredDaysAgo = rng.bounded(0, std::max(1, options.years * 365));
        p.createdAt = today.addDays(-registeredDaysAgo).startOfDay().addSecs(
            8 * 3600 + rng.bounded(9 * 3600));
        p.updatedAt = p.createdAt;
        list.append(std::move(p));
    }
    return list;
}

} // namespace ClinicDesk::Core
