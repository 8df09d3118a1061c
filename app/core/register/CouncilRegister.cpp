#include "CouncilRegister.h"

#include "model/CouncilName.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

// Outside any namespace, as Q_INIT_RESOURCE requires: the register is compiled into the
// static core library and would otherwise be dropped by the linker.
static void initRegisterResource()
{
    Q_INIT_RESOURCE(councils_register);
}

namespace inspectdesk {

namespace {
// Spaces dropped too, so a name hyphenated or broken over two lines ("Northampton-shire")
// finds the council.
QString compactKey(const QString &name)
{
    return councilIdentityKey(name).remove(QLatin1Char(' '));
}

QList<int> intList(const QJsonValue &v)
{
    QList<int> out;
    for (const QJsonValue &x : v.toArray())
        out << x.toInt();
    return out;
}

QList<StatisticalNeighbour> neighbourList(const QJsonValue &v)
{
    QList<StatisticalNeighbour> out;
    for (const QJsonValue &x : v.toArray())
        out << StatisticalNeighbour{x[QLatin1String("la_code")].toInt(), x[QLatin1String("closeness")].toString()};
    return out;
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}
} // namespace

bool RegisterCouncil::existedOn(const QDate &date) const
{
    return (!started.isValid() || started <= date) && (!ended.isValid() || date <= ended);
}

bool RegisterCouncil::existedIn(int year) const
{
    return (!started.isValid() || started.year() <= year) && (!ended.isValid() || ended.year() >= year);
}

const CouncilRegister &CouncilRegister::builtIn()
{
    static const CouncilRegister reg = [] {
        initRegisterResource();
        QFile file(QStringLiteral(":/register/councils.json"));
        QString error;
        CouncilRegister r;
        if (!file.open(QIODevice::ReadOnly))
            error = file.errorString();
        else
            r = fromJson(file.readAll(), &error);
        // The build checks the file, so this only happens to a broken build.
        if (!error.isEmpty())
            qCritical("council register: %s", qPrintable(error));
        return r;
    }();
    return reg;
}

CouncilRegister CouncilRegister::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonArray list = doc.object().value(QLatin1String("councils")).toArray();
    if (doc.isNull() || list.isEmpty()) {
        *error = doc.isNull() ? parseError.errorString() : QStringLiteral("no councils in the register");
        return {};
    }
    CouncilRegister r;
    for (const QJsonValue &v : list) {
        RegisterCouncil c;
        c.laCode = v[QLatin1String("la_code")].toInt();
        c.onsCode = v[QLatin1String("ons_code")].toString();
        c.formerOnsCodes = stringList(v[QLatin1String("former_ons_codes")]);
        c.officialName = v[QLatin1String("official_name")].toString();
        c.shortName = v[QLatin1String("short_name")].toString();
        c.nameForms = stringList(v[QLatin1String("name_forms")]);
        c.region = v[QLatin1String("region")].toString();
        c.councilType = v[QLatin1String("council_type")].toString();
        c.population0to25 = v[QLatin1String("population_0_25")].toInt();
        c.started = QDate::fromString(v[QLatin1String("started")].toString(), Qt::ISODate);
        c.ended = QDate::fromString(v[QLatin1String("ended")].toString(), Qt::ISODate);
        c.predecessors = intList(v[QLatin1String("predecessors")]);
        c.successors = intList(v[QLatin1String("successors")]);
        c.neighbours2021 = neighbourList(v[QLatin1String("neighbours_2021")]);
        c.neighbours2025 = neighbourList(v[QLatin1String("neighbours_2025")]);
        if (c.laCode <= 0 || c.shortName.isEmpty() || c.region.isEmpty()) {
            *error = QStringLiteral("council without LA code, short name or region: %1")
                         .arg(QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
            return {};
        }
        r.mCouncils << c;
    }
    std::sort(r.mCouncils.begin(), r.mCouncils.end(), [](const RegisterCouncil &a, const RegisterCouncil &b) {
        return a.shortName.localeAwareCompare(b.shortName) < 0;
    });
    for (qsizetype i = 0; i < r.mCouncils.size(); ++i) {
        const RegisterCouncil &c = r.mCouncils[i];
        r.mIndexByCode.insert(c.laCode, i);
        for (const QString &form : c.nameForms + QStringList{c.shortName, c.officialName}) {
            QList<int> &codes = r.mCodesByKey[compactKey(form)];
            if (!codes.contains(c.laCode))
                codes << c.laCode;
            r.mFormKeys.append({councilIdentityKey(form), c.laCode});
        }
    }
    return r;
}

const RegisterCouncil *CouncilRegister::byCode(int laCode) const
{
    const auto it = mIndexByCode.find(laCode);
    return it == mIndexByCode.end() ? nullptr : &mCouncils[*it];
}

QList<const RegisterCouncil *> CouncilRegister::councils() const
{
    QList<const RegisterCouncil *> out;
    for (const RegisterCouncil &c : mCouncils)
        out << &c;
    return out;
}

QStringList CouncilRegister::regions() const
{
    QSet<QString> seen;
    for (const RegisterCouncil &c : mCouncils)
        seen.insert(c.region);
    QStringList out(seen.begin(), seen.end());
    out.sort();
    return out;
}

QList<int> CouncilRegister::inRegion(const QString &region, const QDate &date) const
{
    QList<int> out;
    for (const RegisterCouncil &c : mCouncils)
        if (c.region.compare(region, Qt::CaseInsensitive) == 0 && (!date.isValid() || c.existedOn(date)))
            out << c.laCode;
    return out;
}

int CouncilRegister::neighbourModelYear(int year)
{
    return year >= 2025 ? 2025 : 2021;
}

QList<StatisticalNeighbour> CouncilRegister::neighbourEntries(int laCode, int year) const
{
    const RegisterCouncil *c = byCode(laCode);
    if (!c || !c->existedIn(year))
        return {};
    return neighbourModelYear(year) == 2025 ? c->neighbours2025 : c->neighbours2021;
}

QList<int> CouncilRegister::statisticalNeighbours(int laCode, int year) const
{
    QList<int> out;
    for (const StatisticalNeighbour &n : neighbourEntries(laCode, year))
        out << n.laCode;
    return out;
}

QList<int> CouncilRegister::existing(const QList<int> &codes, const QDate &date) const
{
    if (!date.isValid())
        return codes;
    QList<int> live;
    for (int code : codes)
        if (byCode(code)->existedOn(date))
            live << code;
    // A report may be published a while after the council it is about was replaced.
    if (live.isEmpty())
        for (int code : codes)
            if (const RegisterCouncil *c = byCode(code);
                c->ended.isValid() && c->ended < date && c->ended.addYears(1) >= date)
                live << code;
    return live;
}

CouncilResolution CouncilRegister::resolve(const QString &printedName, const QDate &date) const
{
    const QString key = compactKey(printedName);
    if (key.isEmpty())
        return {};
    const QList<int> named = mCodesByKey.value(key);
    if (!named.isEmpty()) {
        const QList<int> live = existing(named, date);
        if (live.size() == 1)
            return {live.first(), {}, false, false};
        return {0, named, named.size() > 1, false};
    }
    // The end of a longer name, word for word: a name whose first line was lost.
    const QString tail = QLatin1Char(' ') + councilIdentityKey(printedName);
    QList<int> ending;
    for (const auto &[formKey, code] : mFormKeys)
        if (formKey.endsWith(tail) && !ending.contains(code))
            ending << code;
    const QList<int> live = existing(ending, date);
    if (live.size() == 1)
        return {live.first(), {}, false, true};
    if (!ending.isEmpty())
        return {0, ending, ending.size() > 1, false};
    return {0, nearestCodes(printedName, 5), false, false};
}

QList<int> CouncilRegister::nearestCodes(const QString &typed, int n) const
{
    const QString key = councilIdentityKey(typed);
    if (key.isEmpty() || n <= 0)
        return {};
    const QString padded = QLatin1Char(' ') + key + QLatin1Char(' ');
    const int allowed = std::max(1, int(key.size()) / 4);
    QList<std::pair<int, qsizetype>> scored; // (score, index); lower is nearer
    for (qsizetype i = 0; i < mCouncils.size(); ++i) {
        int best = -1;
        for (const QString &form : mCouncils[i].nameForms) {
            const QString formKey = councilIdentityKey(form);
            int score = -1;
            if (formKey == key)
                score = 0;
            else if ((QLatin1Char(' ') + formKey + QLatin1Char(' ')).contains(padded))
                score = 1; // "Thames" in "Richmond upon Thames"
            else if (const int d = editDistance(key, formKey); d <= allowed)
                score = 1 + d;
            if (score >= 0 && (best < 0 || score < best))
                best = score;
        }
        if (best >= 0)
            scored.append({best, i});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<int> out;
    for (const auto &[score, index] : scored)
        if (out.size() < n)
            out << mCouncils[index].laCode;
    return out;
}

QStringList CouncilRegister::nearestNames(const QString &typed, int n) const
{
    QStringList out;
    for (int code : nearestCodes(typed, n))
        out << byCode(code)->shortName;
    return out;
}

} // namespace inspectdesk
