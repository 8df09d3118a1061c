#include "readers/ReportReader.h"

namespace inspectdesk {

// Each reader lives in its own file; listing the factories here (rather than static
// self-registration) keeps them from being dropped by the linker in a static library.
std::unique_ptr<ReportReader> makeApaReader();
std::unique_ptr<ReportReader> makeJarReader();
std::unique_ptr<ReportReader> makeCsAssessmentReader();
std::unique_ptr<ReportReader> makeSafeguardingLacReader();
std::unique_ptr<ReportReader> makeSifReader();
std::unique_ptr<ReportReader> makeIlacsReader();
std::unique_ptr<ReportReader> makeUngradedLetterReader();

const std::vector<std::unique_ptr<ReportReader>> &ReaderRegistry::readers()
{
    static const std::vector<std::unique_ptr<ReportReader>> list = [] {
        std::vector<std::unique_ptr<ReportReader>> v;
        v.push_back(makeApaReader());
        v.push_back(makeJarReader());
        v.push_back(makeCsAssessmentReader());
        v.push_back(makeSafeguardingLacReader());
        v.push_back(makeSifReader());
        v.push_back(makeIlacsReader());
        v.push_back(makeUngradedLetterReader());
        return v;
    }();
    return list;
}

const ReportReader *ReaderRegistry::best(const ReportSource &source, double threshold, double *score)
{
    const ReportReader *best = nullptr;
    double bestScore = 0;
    for (const auto &r : readers()) {
        const double sc = r->recognise(source);
        if (sc > bestScore) {
            bestScore = sc;
            best = r.get();
        }
    }
    if (score)
        *score = bestScore;
    return bestScore >= threshold ? best : nullptr;
}

} // namespace inspectdesk
