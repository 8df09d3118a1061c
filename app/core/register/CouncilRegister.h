#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace inspectdesk {

// One of a council's ten statistical neighbours in a DfE model, most similar first.
struct StatisticalNeighbour
{
    int laCode = 0;
    QString closeness; // "Extremely close", "Very close", "Close", "Somewhat close", "Not close"
};

// A council of England since 2005, keyed by its DfE LA code (808 Stockton-on-Tees), the code
// every DfE and Ofsted data set joins on. Built from resources/register (scripts/build-register).
struct RegisterCouncil
{
    int laCode = 0;
    QString onsCode; // the latest; earlier ones in formerOnsCodes
    QStringList formerOnsCodes;
    QString officialName; // "Bristol, City of"
    QString shortName;    // "Bristol": what lists, charts and the command line show; unique
    QStringList nameForms;
    QString region;          // "North East", ..., "London"
    QString councilType;     // "Unitary Authority", "Metropolitan District", "London Borough", "County"
    int population0to25 = 0; // 0 = not known
    QDate started;           // invalid = before 2005
    QDate ended;             // invalid = still in existence
    QList<int> predecessors; // councils it took over from, on started
    QList<int> successors;   // councils that took over, the day after ended
    QList<StatisticalNeighbour> neighbours2021;
    QList<StatisticalNeighbour> neighbours2025;

    bool existedOn(const QDate &date) const;
    bool existedIn(int year) const;
    bool isCurrent() const { return !ended.isValid(); }
};

// What a printed council name comes to: one council, or none with the councils it might be.
// An ambiguous or unknown name is never guessed.
struct CouncilResolution
{
    int laCode = 0;         // 0 = unresolved
    QList<int> candidates;  // when unresolved: the councils it might be, likeliest first
    bool ambiguous = false; // unresolved because the name fits several councils, not none
    bool partial = false;   // resolved from the end of a name cut short ("Dagenham"): worth a look
    bool isResolved() const { return laCode > 0; }
};

// The register of councils: lookup by code and by any name a report prints, regions,
// statistical neighbours and history. builtIn() is the one compiled into the program.
class CouncilRegister
{
public:
    static const CouncilRegister &builtIn();
    // Reads the JSON written by scripts/build-register; empty register and *error on failure.
    static CouncilRegister fromJson(const QByteArray &json, QString *error);

    bool isEmpty() const { return mCouncils.isEmpty(); }
    const RegisterCouncil *byCode(int laCode) const;
    QList<const RegisterCouncil *> councils() const; // ordered by short name
    QStringList regions() const;                     // sorted
    // Councils of a region that existed on the date (any date when invalid), by short name.
    QList<int> inRegion(const QString &region, const QDate &date = QDate()) const;

    // The DfE model in force in a year: 2025 from 2025 on, else 2021 (the earliest model in the
    // sources; it also holds the councils replaced in 2019 and 2021).
    static int neighbourModelYear(int year);
    // The council's neighbours in that model, in order; empty when the council did not exist
    // in the year or the model has no row for it.
    QList<StatisticalNeighbour> neighbourEntries(int laCode, int year) const;
    QList<int> statisticalNeighbours(int laCode, int year) const;

    // The council a report printing this name is about, on that date (the report's
    // publication or assessment date; invalid = unknown, then the name alone must decide).
    // A name no council has is read as the end of a name cut short ("Dagenham") only when it
    // ends the name of exactly one council ("Thames Council" ends two: unresolved).
    CouncilResolution resolve(const QString &printedName, const QDate &date = QDate()) const;
    // Short names of the councils nearest to what was typed ("Hackny" -> Hackney), best first.
    QStringList nearestNames(const QString &typed, int n) const;

private:
    QList<int> nearestCodes(const QString &typed, int n) const;

    QList<int> existing(const QList<int> &codes, const QDate &date) const;

    QList<RegisterCouncil> mCouncils;         // by short name
    QHash<int, qsizetype> mIndexByCode;       // LA code -> index in mCouncils
    QHash<QString, QList<int>> mCodesByKey;   // compact identity key of every name form -> codes
    QList<std::pair<QString, int>> mFormKeys; // identity key of every name form, LA code
};

} // namespace inspectdesk
