#pragma once

#include "model/ExtractedReport.h"
#include "pdf/DocumentText.h"
#include "pdf/FlatText.h"

#include <memory>
#include <vector>

namespace inspectdesk {

// A document as readers see it: the geometric text and its flattened, position-mapped form,
// built once per document and shared by recognition and reading.
struct ReportSource
{
    explicit ReportSource(DocumentText d) : doc(std::move(d)), flat(doc) {}
    DocumentText doc;
    FlatText flat;
};

// One reader per kind of report. A new inspection framework is one new reader file plus
// one line in ReaderRegistry.cpp.
class ReportReader
{
public:
    virtual ~ReportReader() = default;
    virtual ReportKind kind() const = 0;
    // 0..1: how sure the reader is that the document is its kind, from content only.
    virtual double recognise(const ReportSource &source) const = 0;
    virtual ExtractedReport read(const ReportSource &source) const = 0;
};

class ReaderRegistry
{
public:
    static const std::vector<std::unique_ptr<ReportReader>> &readers();
    // The reader with the highest recognition score, or nullptr when none reaches `threshold`.
    static const ReportReader *best(const ReportSource &source, double threshold = 0.4, double *score = nullptr);
};

} // namespace inspectdesk
