#include "tests/reliability/CaseloadWriter.h"

#include "core/domain/Clock.h"
#include "core/interchange/Importer.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ReferralService.h"
#include "core/storage/Database.h"
#include "core/storage/KeyRing.h"
#include "core/storage/ReferralRepository.h"
#include "tests/reliability/ImportBatch.h"

#include <unistd.h>

#include <cerrno>

namespace waymark::reliability {

namespace {

// One write(2) per line: a line is in the pipe whole or not at all, even if the process is
// killed straight after, and nothing waits in a stdio buffer that a SIGKILL would throw away.
void say(const QString& line) {
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n =
            ::write(STDOUT_FILENO, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        written += n;
    }
}

Result<QByteArray> signIn(const CaseloadWriter::Options& options) {
    if (!KeyRing::existsFor(options.databasePath))
        return QByteArray();
    Result<KeyRing> ring = KeyRing::load(options.databasePath);
    if (!ring)
        return ring.error();
    KeyRing keys = ring.value();
    return keys.signIn(options.databasePath, options.user, options.passphrase,
                       QDateTime::currentDateTimeUtc());
}

} // namespace

CaseloadWriter::CaseloadWriter(Options options)
    : m_options(std::move(options)) {}

Status CaseloadWriter::run() {
    Result<QByteArray> key = signIn(m_options);
    if (!key)
        return key.error();
    Database::Options open;
    open.key = key.value();
    open.busyTimeoutMs = m_options.busyTimeoutMs;
    Result<std::unique_ptr<Database>> opened = Database::open(m_options.databasePath, open);
    if (!opened)
        return opened.error();
    Database& database = *opened.value();
    say(QStringLiteral("ready"));

    SystemClock clock;
    ChangeNotifier notifier;
    const QString actor =
        m_options.user.isEmpty() ? QStringLiteral("reliability-writer") : m_options.user;
    for (int n = 0; n < m_options.count; ++n) {
        if (m_options.mode == Mode::Imports) {
            const ImportBatch batch(QStringLiteral("%1-b%2").arg(m_options.prefix).arg(n),
                                    m_options.batchPeople);
            say(QStringLiteral("begin import %1").arg(batch.name()));
            Importer importer(database, clock);
            Result<ImportSummary> summary = importer.importJson(batch.json(), batch.name(), actor);
            if (!summary)
                return summary.error();
            say(QStringLiteral("ack import %1 %2").arg(batch.name()).arg(summary->total()));
            continue;
        }
        ServiceUser person;
        person.givenName = QStringLiteral("Reliability");
        person.familyName = QStringLiteral("Writer %1").arg(n);
        person.dateOfBirth = QDate(1979, 1 + n % 12, 1 + n % 28);
        person.postcode = QStringLiteral("RM17 6SL");
        Referral referral;
        referral.contractId = QStringLiteral("thurrock-fs");
        referral.receivedAt = clock.now().addSecs(-3600);
        referral.source = QStringLiteral("self");
        referral.consent = true;
        ReferralService referrals(ServiceContext{database, clock, notifier, actor});
        Result<QString> id = referrals.record(person, referral);
        if (!id) {
            Error error = id.error();
            for (const FieldProblem& problem : referrals.problems())
                error.details << problem.message;
            return error;
        }
        Result<std::optional<Referral>> stored = ReferralRepository(database).find(id.value());
        const QString personId =
            stored && stored->has_value() ? (*stored)->serviceUserId : QString();
        say(QStringLiteral("ack referral %1 %2").arg(id.value(), personId));
    }
    say(QStringLiteral("done"));
    return {};
}

} // namespace waymark::reliability
