// Wording for what GDAL, GEOS and PROJ said: their reasons (already cleaned by
// gis::plainLibraryText) as sentences a planner can act on, in the chosen language.
#include "core/wording.h"

#include <QRegularExpression>

namespace pearlzone::core {

namespace {

constexpr const char* kContext = "pearlzone::core::Wording";

// A phrase the libraries use (matched case-insensitively anywhere in the reason) and our
// sentence for it; %1, where present, is the first number in the reason (a line, a type).
const char* const kLibraryReasons[][2] = {
    {"Unknown WKB type", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "the shape is stored in a form that cannot be read (type %1)")},
    {"Invalid number of points in LinearRing", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "a ring of the outline has too few corners")},
    {"do not form a closed linestring", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "a ring of the outline is not closed")},
    {"non-noded intersection", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "the outline's lines cross in a way that cannot be measured")},
    {"error at line", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "the file is damaged near line %1")},
    {"database is locked", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "another program holds the file locked; close it there and try again")},
    {"not a database", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "the file is damaged or not the kind its name says")},
    {"malformed", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "the file is damaged or not the kind its name says")},
    {"not recognized as", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "its contents are not in a format Pearlzone reads")},
    {"No such file or directory", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "the file does not exist")},
    {"Permission denied", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "you have no permission to read it")},
    {"corrupt", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "the file is damaged")},
    {"truncated", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "the file is incomplete (cut short)")},
    {"JSON parsing error", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "the file's text is not valid JSON")},
    {"Failed to read", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "the file is damaged or incomplete")},
    {"Failed to parse", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "the file's text cannot be read as its format says")},
    {"Unable to open", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "the file cannot be opened")},
    {"Failed to open", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "the file cannot be opened")},
};

}  // namespace

QString Wording::libraryReason(const std::string& reason) const
{
    const QString text = QString::fromStdString(reason);
    for (const auto& known : kLibraryReasons) {
        if (!text.contains(QLatin1String(known[0]), Qt::CaseInsensitive))
            continue;
        QString sentence = translate(kContext, known[1]);
        if (sentence.contains(QLatin1String("%1"))) {
            static const QRegularExpression number(QStringLiteral("\\d+"));
            const auto match = number.match(text, text.indexOf(QLatin1String(known[0]), 0, Qt::CaseInsensitive));
            sentence = sentence.arg(match.hasMatch() ? match.captured(0) : QStringLiteral("?"));
        }
        return sentence;
    }
    return text;
}

QString Wording::errorMessage(const gis::Error& error) const
{
    QString message = QString::fromUtf8(error.what());
    if (!error.reason().empty())
        message.replace(QString::fromStdString(error.reason()), libraryReason(error.reason()));
    return message;
}

}  // namespace pearlzone::core
