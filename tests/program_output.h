#pragma once
// What a program (pdftotext, pdfinfo, pdftohtml…) writes to standard output, for tests that
// read PDFs through poppler's tools. Waits up to two minutes; "" when it cannot start.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace pearlzone::test {

inline QString programOutput(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(120000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

}  // namespace pearlzone::test
