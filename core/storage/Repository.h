#pragma once

#include "core/domain/Result.h"
#include "core/storage/Database.h"
#include "core/storage/SqlRow.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

namespace waymark {

// What every repository shares: running a read with bound values and turning its rows into
// domain values, with failures reported in a user's words.
class Repository {
public:
    explicit Repository(Database& database)
        : m_database(database)
    {
    }

protected:
    // Runs a read and hands each of its rows to `visit`, for a read that gathers its rows itself.
    template <typename Visit> Status forEachRow(const QString& sql, const QVariantList& binds, Visit visit) const
    {
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(sql);
        return runEach(q, binds, visit);
    }

    // Runs a read once for every few hundred of `ids` (within SQLite's 999 values a statement),
    // its "%1" replaced by their places ("?, ?, ..."), followed by the values `after`. The ids are
    // read in their order: sorted, an index is read from one end to the other, not all over.
    // Every full few hundred run the one statement again (made once: SQLite takes as long to
    // make a statement of five hundred places as to read a few hundred rows with it).
    template <typename Visit>
    Status forEachRowIn(const QString& sql, const QStringList& ids, const QVariantList& after, Visit visit) const
    {
        constexpr qsizetype PerStatement = 500;
        const auto marks = [](qsizetype count) {
            return QStringLiteral("?, ").repeated(count - 1) + QStringLiteral("?");
        };
        QSqlQuery full(m_database.connection());
        full.setForwardOnly(true);
        if (ids.size() >= PerStatement)
            full.prepare(sql.arg(marks(PerStatement)));
        for (qsizetype at = 0; at < ids.size(); at += PerStatement) {
            const QStringList some = ids.mid(at, PerStatement);
            QVariantList binds(some.begin(), some.end());
            binds += after;
            Status read;
            if (some.size() == PerStatement)
                read = runEach(full, binds, visit);
            else
                read = forEachRow(sql.arg(marks(some.size())), binds, visit);
            if (!read)
                return read;
        }
        return {};
    }

    template <typename T, typename Map>
    Result<QVector<T>> fetch(const QString& sql, const QVariantList& binds, Map map) const
    {
        QVector<T> out;
        if (Status read = forEachRow(sql, binds, [&out, &map](const SqlRow& row) { out << map(row); }); !read)
            return read.error();
        return out;
    }

    // The one row a key names, or nothing when there is none.
    template <typename T, typename Map>
    Result<std::optional<T>> fetchOne(const QString& sql, const QVariantList& binds, Map map) const
    {
        Result<QVector<T>> rows = fetch<T>(sql, binds, map);
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            return std::optional<T>();
        return std::optional<T>(rows->first());
    }

    Database& m_database;

private:
    // Runs a prepared read (again) with `binds` and hands each of its rows to `visit`.
    template <typename Visit> Status runEach(QSqlQuery& q, const QVariantList& binds, Visit& visit) const
    {
        for (qsizetype i = 0; i < binds.size(); ++i)
            q.bindValue(int(i), binds.at(i));
        if (!q.exec())
            return Error{m_database.describe(QObject::tr("Reading the records failed"), q.lastError().text()), {}};
        const SqlRow row(q, SqlRow::Streamed::Yes); // learns the columns' places once for every row
        while (q.next())
            visit(row);
        // A row that cannot be read (a damaged page) must not look like the end of the rows.
        if (q.lastError().isValid())
            return Error{m_database.describe(QObject::tr("Reading the records failed"), q.lastError().text()), {}};
        return {};
    }
};

} // namespace waymark
