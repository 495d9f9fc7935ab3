// Runs the real pearlzone-cli binary and checks its exit codes and output (SPEC section 5).
#include "core/version.h"

#include "pearlzone_catch.h"

#include <QProcess>
#include <QString>
#include <QStringList>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(PEARLZONE_CLI), arguments);
    process.waitForFinished(30000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

}  // namespace

TEST_CASE("pearlzone-cli reports its version and usage", "[app][cli]")
{
    const Run version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QStringLiteral("Pearlzone ") + QString::fromLatin1(pearlzone::kVersion));

    const Run help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("pearlzone-cli check PARCELS")));
}

TEST_CASE("pearlzone-cli exits 1 on bad usage", "[app][cli]")
{
    CHECK(runCli({}).exitCode == 1);
    const Run unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")));
}
