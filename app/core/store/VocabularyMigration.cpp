#include "VocabularyMigration.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace inspectdesk {

bool vocabularyKeyFor(const QString &kind, int assessmentYear, const QString &area, QString *section, QString *key)
{
    const QString old = *key;
    if (kind == QLatin1String("sif") && section->isEmpty()) {
        if (old == QLatin1String("children_in_care"))
            *key = QStringLiteral("children_looked_after_and_achieving_permanence");
        else if (old == QLatin1String("adoption"))
            *key = QStringLiteral("adoption_performance");
        else if (old == QLatin1String("leadership_and_management"))
            *key = QStringLiteral("leadership_management_and_governance");
        else if (old == QLatin1String("lscb")) {
            *section = QStringLiteral("lscb");
            *key = QStringLiteral("lscb_effectiveness");
        }
    } else if (kind == QLatin1String("ilacs") && section->isEmpty() && old == QLatin1String("children_in_care")) {
        // Version 2 stored the 2018-22 combined judgement and the 2023+ one under one key.
        // The label printed decides; without one, the year the framework changed.
        const bool combined = area.contains(QLatin1String("care leavers"), Qt::CaseInsensitive) ||
                              (area.trimmed().isEmpty() && assessmentYear > 0 && assessmentYear < 2023);
        if (combined)
            *key = QStringLiteral("children_in_care_and_care_leavers");
    }
    return *key != old;
}

namespace {

const char *const kChangedBy = "InspectDesk migration";

bool renameKeys(QSqlDatabase &db, QString *error)
{
    QSqlQuery rows(db);
    if (!rows.exec(QStringLiteral("SELECT j.id, j.report_id, j.section, j.judgement_key, j.area, r.kind,"
                                  " r.assessment_year FROM judgements j JOIN reports r ON r.id = j.report_id"
                                  " ORDER BY j.id")))
        return *error = rows.lastError().text(), false;
    struct Change
    {
        qint64 id, reportId;
        QString oldSection, oldKey, section, key;
    };
    QList<Change> changes;
    while (rows.next()) {
        QString section = rows.value(2).toString(), key = rows.value(3).toString();
        if (vocabularyKeyFor(rows.value(5).toString(), rows.value(6).toInt(), rows.value(4).toString(), &section, &key))
            changes.append({rows.value(0).toLongLong(), rows.value(1).toLongLong(), rows.value(2).toString(),
                            rows.value(3).toString(), section, key});
    }
    rows.finish();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(db);
    auto run = [&](const QString &sql, const QVariantList &values) {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            *error = q.lastError().text();
        return error->isEmpty();
    };
    const QString history = QStringLiteral("INSERT INTO history (report_id, judgement_id, field, old_value,"
                                           " new_value, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const QString by = QString::fromLatin1(kChangedBy);
    for (const Change &c : std::as_const(changes)) {
        if (!run(QStringLiteral("UPDATE judgements SET section = ?, judgement_key = ?, revision = revision + 1"
                                " WHERE id = ?"),
                 {c.section, c.key, c.id}) ||
            !run(history, {c.reportId, c.id, QStringLiteral("key"), c.oldKey, c.key, by, now}))
            return false;
        if (c.section != c.oldSection &&
            !run(history, {c.reportId, c.id, QStringLiteral("section"), c.oldSection, c.section, by, now}))
            return false;
    }
    return true;
}

} // namespace

MigrationStep vocabularyMigration()
{
    MigrationStep step;
    step.sql = {QStringLiteral("ALTER TABLE reports ADD COLUMN inspection_start VARCHAR(10)"),
                QStringLiteral("ALTER TABLE reports ADD COLUMN inspection_end VARCHAR(10)"),
                QStringLiteral("ALTER TABLE reports ADD COLUMN lead_inspector VARCHAR(200)"),
                QStringLiteral("ALTER TABLE reports ADD COLUMN inspection_type VARCHAR(20)")};
    step.code = renameKeys;
    return step;
}

} // namespace inspectdesk
