#include "demovocabulary.h"

#include <array>

using namespace Qt::StringLiterals;

namespace ParcelDesk::Demo {

namespace {

constexpr City deCities[] = {
    {u"Berlin", 10115, 14199, "Europe/Berlin"},
    {u"Hamburg", 20095, 22769, "Europe/Berlin"},
    {u"München", 80331, 81929, "Europe/Berlin"},
    {u"Köln", 50667, 51149, "Europe/Berlin"},
    {u"Frankfurt am Main", 60306, 60599, "Europe/Berlin"},
    {u"Stuttgart", 70173, 70629, "Europe/Berlin"},
    {u"Leipzig", 4103, 4357, "Europe/Berlin"},
    {u"Düsseldorf", 40210, 40629, "Europe/Berlin"},
    {u"Dortmund", 44135, 44388, "Europe/Berlin"},
    {u"Bremen", 28195, 28779, "Europe/Berlin"},
    {u"Hannover", 30159, 30669, "Europe/Berlin"},
    {u"Nürnberg", 90402, 90491, "Europe/Berlin"},
    {u"Dresden", 1067, 1328, "Europe/Berlin"},
    {u"Freiburg im Breisgau", 79098, 79117, "Europe/Berlin"},
};
constexpr City atCities[] = {
    {u"Wien", 1010, 1230, "Europe/Vienna"},
    {u"Graz", 8010, 8063, "Europe/Vienna"},
    {u"Linz", 4020, 4040, "Europe/Vienna"},
    {u"Salzburg", 5020, 5026, "Europe/Vienna"},
    {u"Innsbruck", 6020, 6080, "Europe/Vienna"},
};
constexpr City nlCities[] = {
    {u"Amsterdam", 1011, 1109, "Europe/Amsterdam"},
    {u"Rotterdam", 3011, 3089, "Europe/Amsterdam"},
    {u"Den Haag", 2491, 2599, "Europe/Amsterdam"},
    {u"Utrecht", 3511, 3585, "Europe/Amsterdam"},
    {u"Eindhoven", 5611, 5658, "Europe/Amsterdam"},
};
constexpr City frCities[] = {
    {u"Paris", 75001, 75020, "Europe/Paris"},
    {u"Lyon", 69001, 69009, "Europe/Paris"},
    {u"Marseille", 13001, 13016, "Europe/Paris"},
    {u"Toulouse", 31000, 31500, "Europe/Paris"},
    {u"Lille", 59000, 59800, "Europe/Paris"},
    {u"Nantes", 44000, 44300, "Europe/Paris"},
};
constexpr City plCities[] = {
    {u"Warszawa", 1, 4999, "Europe/Warsaw"},
    {u"Kraków", 30001, 31999, "Europe/Warsaw"},
    {u"Wrocław", 50001, 54999, "Europe/Warsaw"},
    {u"Poznań", 60001, 61999, "Europe/Warsaw"},
    {u"Gdańsk", 80001, 80999, "Europe/Warsaw"},
};
constexpr City usCities[] = {
    {u"New York, NY", 10001, 10282, "America/New_York"},
    {u"Boston, MA", 2108, 2137, "America/New_York"},
    {u"Atlanta, GA", 30301, 30399, "America/New_York"},
    {u"Chicago, IL", 60601, 60661, "America/Chicago"},
    {u"Houston, TX", 77001, 77099, "America/Chicago"},
    {u"Denver, CO", 80201, 80299, "America/Denver"},
    {u"Los Angeles, CA", 90001, 90089, "America/Los_Angeles"},
    {u"Seattle, WA", 98101, 98199, "America/Los_Angeles"},
};

constexpr const char16_t *deFirst[] = {
    u"Anna",
    u"Lukas",
    u"Marie",
    u"Leon",
    u"Sophie",
    u"Paul",
    u"Emma",
    u"Felix",
    u"Mia",
    u"Jonas",
    u"Hannah",
    u"Elias",
    u"Lena",
    u"Noah",
    u"Laura",
    u"Finn",
    u"Lea",
    u"Ben",
    u"Clara",
    u"Maximilian",
    u"Katharina",
    u"Jürgen",
    u"Ursula",
    u"Stefan",
    u"Sabine",
    u"Thomas",
    u"Petra",
    u"Andreas",
    u"Monika",
    u"Michael",
    u"Jörg",
    u"Gülay",
};
constexpr const char16_t *deLast[] = {
    u"Müller",
    u"Schmidt",
    u"Schneider",
    u"Fischer",
    u"Weber",
    u"Meyer",
    u"Wagner",
    u"Becker",
    u"Schulz",
    u"Hoffmann",
    u"Schäfer",
    u"Koch",
    u"Bauer",
    u"Richter",
    u"Klein",
    u"Wolf",
    u"Schröder",
    u"Neumann",
    u"Schwarz",
    u"Zimmermann",
    u"Braun",
    u"Krüger",
    u"Hofmann",
    u"Hartmann",
    u"Lange",
    u"Schmitt",
    u"Werner",
    u"Krause",
    u"Gruber",
    u"Huber",
    u"Yılmaz",
    u"Öztürk",
};
constexpr const char16_t *enFirst[] = {
    u"James",
    u"Mary",
    u"Robert",
    u"Patricia",
    u"John",
    u"Jennifer",
    u"Michael",
    u"Linda",
    u"David",
    u"Elizabeth",
    u"William",
    u"Barbara",
    u"Richard",
    u"Susan",
    u"Joseph",
    u"Jessica",
    u"Thomas",
    u"Sarah",
    u"Christopher",
    u"Karen",
    u"Daniel",
    u"Emily",
    u"Matthew",
    u"Olivia",
    u"Anthony",
    u"Ashley",
    u"Carlos",
    u"Mei",
};
constexpr const char16_t *enLast[] = {
    u"Smith",
    u"Johnson",
    u"Williams",
    u"Brown",
    u"Jones",
    u"Garcia",
    u"Miller",
    u"Davis",
    u"Rodriguez",
    u"Martinez",
    u"Hernandez",
    u"Lopez",
    u"Wilson",
    u"Anderson",
    u"Taylor",
    u"Thomas",
    u"Moore",
    u"Jackson",
    u"Martin",
    u"Lee",
    u"Thompson",
    u"White",
    u"Harris",
    u"Clark",
    u"Lewis",
    u"Walker",
    u"Nguyen",
    u"Chen",
};
constexpr const char16_t *nlFirst[] = {u"Daan", u"Sanne", u"Bram", u"Femke", u"Jeroen", u"Lotte",
    u"Thijs", u"Eva", u"Ruben", u"Anouk"};
constexpr const char16_t *nlLast[] = {u"de Jong", u"Jansen", u"de Vries", u"van den Berg",
    u"van Dijk", u"Bakker", u"Visser", u"Smit", u"Meijer", u"de Boer"};
constexpr const char16_t *frFirst[] = {u"Camille", u"Lucas", u"Chloé", u"Hugo", u"Léa", u"Louis",
    u"Manon", u"Gabriel", u"Inès", u"Jules"};
constexpr const char16_t *frLast[] = {u"Martin", u"Bernard", u"Dubois", u"Thomas", u"Robert",
    u"Richard", u"Petit", u"Durand", u"Leroy", u"Moreau"};
constexpr const char16_t *plFirst[] = {u"Jakub", u"Zuzanna", u"Kacper", u"Julia", u"Szymon",
    u"Maja", u"Antoni", u"Zofia", u"Filip", u"Hanna"};
constexpr const char16_t *plLast[] = {u"Nowak", u"Kowalski", u"Wiśniewski", u"Wójcik", u"Kowalczyk",
    u"Kamiński", u"Lewandowski", u"Zieliński", u"Szymański", u"Woźniak"};

constexpr std::array<Country, CountryCount> countries = {{
    {u"DE", u"de", u"+49", deCities, deFirst, deLast},
    {u"AT", u"de", u"+43", atCities, deFirst, deLast},
    {u"NL", u"en", u"+31", nlCities, nlFirst, nlLast},
    {u"FR", u"en", u"+33", frCities, frFirst, frLast},
    {u"PL", u"en", u"+48", plCities, plFirst, plLast},
    {u"US", u"en", u"+1", usCities, enFirst, enLast},
}};

constexpr std::array<Carrier, CarrierCount> carriers = {{
    {u"dhl", u"Paket", u"00340434", 12},
    {u"ups", u"UPS Standard", u"1Z", 16},
    {u"fedex", u"FedEx International Priority", u"", 12},
    {u"usps", u"USPS Ground Advantage", u"9400", 18},
    {u"dpd", u"DPD Classic", u"0", 13},
    {u"gls", u"GLS BusinessParcel", u"", 11},
}};

struct StepRow
{
    SubStatus sub;
    Relevance relevance;
    std::array<const char16_t *, CarrierCount> codes; // dhl, ups, fedex, usps, dpd, gls
    const char16_t *english;
    const char16_t *german;
};

using R = Relevance;
constexpr std::array<StepRow, size_t(Step::StepCount)> steps = {{
    {SubStatus::LabelCreated, R::Milestone,
        {u"pre-transit", u"MP", u"OC", u"GX", u"ACCEPTED", u"PREADVICE"},
        u"Shipment information received",
        u"Die Auftragsdaten zu dieser Sendung wurden vom Absender elektronisch an DHL "
        u"übermittelt."},
    {SubStatus::AcceptanceScan, R::Milestone,
        {u"transit", u"OR", u"PU", u"03", u"PICKUP", u"INPICKUP"}, u"Picked up by the carrier",
        u"Die Sendung wurde vom Absender in der Filiale eingeliefert."},
    {SubStatus::DepartureScan, R::Noise,
        {u"transit", u"DP", u"DP", u"10", u"HUB_SCAN", u"INTRANSIT"},
        u"Departed from origin facility", u"Die Sendung wurde im Start-Paketzentrum bearbeitet."},
    {SubStatus::ArrivalScan, R::Noise,
        {u"transit", u"AR", u"AR", u"10", u"HUB_SCAN", u"INWAREHOUSE"}, u"Arrived at sort facility",
        u"Die Sendung ist im Paketzentrum eingetroffen."},
    {SubStatus::DepartureScan, R::Noise,
        {u"transit", u"DP", u"DP", u"L1", u"HUB_SCAN", u"INTRANSIT"}, u"Departed sort facility",
        u"Die Sendung wurde im Paketzentrum bearbeitet und weitergeleitet."},
    {SubStatus::ArrivedInDestinationCountry, R::Milestone,
        {u"transit", u"AR", u"AR", u"A1", u"HUB_SCAN", u"INTRANSIT"},
        u"Arrived in the destination country", u"Die Sendung ist im Zielland eingetroffen."},
    {SubStatus::CustomsClearance, R::Noise,
        {u"transit", u"IP", u"CC", u"IC", u"CUSTOMS", u"INTRANSIT"}, u"Handed over to customs",
        u"Die Sendung wurde der Zollabfertigung übergeben."},
    {SubStatus::CustomsCleared, R::Noise,
        {u"transit", u"IP", u"CC", u"IR", u"CUSTOMS", u"INTRANSIT"}, u"Customs clearance completed",
        u"Die Zollabfertigung ist abgeschlossen."},
    {SubStatus::ArrivalScan, R::Noise,
        {u"transit", u"AR", u"AR", u"07", u"AT_DELIVERY_DEPOT", u"INWAREHOUSE"},
        u"Arrived at delivery depot", u"Die Sendung ist im Zustellstützpunkt eingetroffen."},
    {SubStatus::OutForDelivery, R::Milestone,
        {u"transit", u"OT", u"OD", u"OF", u"OUT_FOR_DELIVERY", u"INDELIVERY"}, u"Out for delivery",
        u"Die Sendung wurde in das Zustellfahrzeug geladen."},
    {SubStatus::Delivered, R::Milestone,
        {u"delivered", u"KB", u"DL", u"01", u"DELIVERED", u"DELIVERED"}, u"Delivered",
        u"Die Sendung wurde erfolgreich zugestellt."},
    {SubStatus::DeliveredToNeighbour, R::Milestone,
        {u"delivered", u"KM", u"DL", u"01", u"DELIVERED", u"DELIVERED"},
        u"Delivered to a neighbour", u"Die Sendung wurde an einen Nachbarn zugestellt."},
    {SubStatus::DeliveredToLocker, R::Milestone,
        {u"delivered", u"2W", u"DL", u"01", u"DELIVERED_PARCELSHOP", u"DELIVEREDPS"},
        u"Delivered to a parcel locker", u"Die Sendung wurde in die Packstation eingelegt."},
    {SubStatus::Signed, R::Milestone,
        {u"delivered", u"KB", u"DL", u"01", u"DELIVERED", u"DELIVERED"},
        u"Delivered, signed for by the recipient",
        u"Die Sendung wurde zugestellt. Empfang quittiert."},
    {SubStatus::RecipientNotAvailable, R::Milestone,
        {u"failure", u"48", u"DE", u"02", u"NOT_DELIVERED", u"NOTDELIVERED"},
        u"Delivery attempted, recipient not available",
        u"Der Empfänger wurde nicht angetroffen. Die Sendung wird erneut zugestellt."},
    {SubStatus::AvailableForPickup, R::Milestone,
        {u"transit", u"ZP", u"HL", u"08", u"PARCELSHOP", u"INPARCELSHOP"},
        u"Ready for pickup at a pickup point",
        u"Die Sendung liegt in der Filiale zur Abholung bereit."},
    {SubStatus::PickedUp, R::Milestone,
        {u"delivered", u"KB", u"DL", u"01", u"PICKED_UP", u"DELIVEREDPS"},
        u"Picked up by the recipient", u"Die Sendung wurde in der Filiale abgeholt."},
    {SubStatus::Damaged, R::Milestone, {u"failure", u"X3", u"DE", u"54", u"DAMAGED", u"DAMAGED"},
        u"Shipment damaged in transit", u"Die Sendung wurde beschädigt."},
    {SubStatus::AddressIssue, R::Milestone,
        {u"failure", u"X1", u"DE", u"04", u"NOT_DELIVERED", u"NOTDELIVERED"},
        u"Address incorrect or incomplete",
        u"Die Anschrift des Empfängers war unvollständig oder fehlerhaft."},
    {SubStatus::CustomsDelay, R::Milestone,
        {u"transit", u"X6", u"SE", u"IH", u"CUSTOMS", u"INTRANSIT"}, u"Held by customs",
        u"Die Sendung wird vom Zoll zurückgehalten."},
    {SubStatus::ExternalDelay, R::Milestone,
        {u"transit", u"X9", u"SE", u"31", u"DELAYED", u"INTRANSIT"},
        u"Delayed by circumstances beyond the carrier's control",
        u"Die Sendung verzögert sich aufgrund äußerer Umstände."},
    {SubStatus::ProblemResolved, R::Milestone,
        {u"transit", u"XR", u"AR", u"10", u"HUB_SCAN", u"INTRANSIT"},
        u"Problem resolved, shipment continues",
        u"Das Problem wurde behoben, die Sendung wird weitergeleitet."},
    {SubStatus::ReturnToSender, R::Milestone,
        {u"failure", u"RS", u"RS", u"21", u"RETURN", u"INTRANSIT"}, u"Returning to sender",
        u"Die Sendung wird an den Absender zurückgesandt."},
    {SubStatus::ReturnedToSender, R::Milestone,
        {u"delivered", u"RD", u"RS", u"21", u"RETURNED", u"DELIVERED"}, u"Returned to sender",
        u"Die Sendung wurde an den Absender zurückgegeben."},
}};

constexpr Hub deHubs[] = {{u"Bochum", DE}, {u"Hamburg-Allermöhe", DE}, {u"Leipzig/Radefeld", DE},
    {u"Aschheim", DE}, {u"Obertshausen", DE}, {u"Börnicke", DE}};
constexpr Hub atHubs[] = {{u"Wien-Inzersdorf", AT}, {u"Wels", AT}};
constexpr Hub nlHubs[] = {{u"Nieuwegein", NL}, {u"Amsterdam-Schiphol", NL}};
constexpr Hub frHubs[] = {{u"Roissy-Charles-de-Gaulle", FR}, {u"Lyon-Corbas", FR}};
constexpr Hub plHubs[] = {{u"Stryków", PL}, {u"Warszawa-Okęcie", PL}};
constexpr Hub usHubs[] = {{u"Louisville, KY", US}, {u"Memphis, TN", US}, {u"Indianapolis, IN", US},
    {u"Jersey City, NJ", US}, {u"Ontario, CA", US}};

} // namespace

const Country &country(int index)
{
    return countries[size_t(index)];
}

const Carrier &carrier(int index)
{
    return carriers[size_t(index)];
}

QString formatPostcode(int countryIndex, int number, quint64 entropy)
{
    switch (countryIndex) {
    case AT:
        return QString::number(number).rightJustified(4, u'0');
    case NL: {
        const QChar a(u'A' + int(entropy % 26));
        const QChar b(u'A' + int((entropy / 26) % 26));
        return QString::number(number).rightJustified(4, u'0') + u' ' + a + b;
    }
    case PL: {
        const QString digits = QString::number(number).rightJustified(5, u'0');
        return digits.left(2) + u'-' + digits.mid(2);
    }
    default:
        return QString::number(number).rightJustified(5, u'0');
    }
}

QString asciiFold(QStringView name)
{
    QString out;
    out.reserve(name.size() + 4);
    for (QChar c : name) {
        switch (c.unicode()) {
        case u'ä':
            out += u"ae"_s;
            break;
        case u'ö':
            out += u"oe"_s;
            break;
        case u'ü':
            out += u"ue"_s;
            break;
        case u'ß':
            out += u"ss"_s;
            break;
        case u'ı':
            out += u'i';
            break;
        case u'ł':
            out += u'l';
            break;
        case u' ':
            break;
        default: {
            const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
            const QChar base = decomposed.isEmpty() ? c : decomposed.front();
            if (base.unicode() < 128 && base.isLetterOrNumber())
                out += base.toLower();
        }
        }
    }
    return out;
}

StepText stepText(int carrierIndex, Step step, bool german)
{
    const StepRow &row = steps[size_t(step)];
    return {
        row.sub, row.relevance, row.codes[size_t(carrierIndex)], german ? row.german : row.english};
}

std::span<const Hub> hubs(int countryIndex)
{
    switch (countryIndex) {
    case DE:
        return deHubs;
    case AT:
        return atHubs;
    case NL:
        return nlHubs;
    case FR:
        return frHubs;
    case PL:
        return plHubs;
    default:
        return usHubs;
    }
}

} // namespace ParcelDesk::Demo
