#pragma once
// Every pearlzone-cli command and option, described once (command_help.cpp): the parsers are
// built from the table, and `COMMAND --help` and the usage lines are printed from it.

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace pearlzone::cli {

// The options of a command, for its QCommandLineParser.
QList<QCommandLineOption> commandOptions(const QString& command);

// "pearlzone-cli check PARCELS [--layer NAME] ...", wrapped; empty for an unknown command.
QString commandSynopsis(const QString& command);

// The whole help of a command, in the manner of GDAL's utilities: synopsis, purpose,
// arguments, each option with its default, examples. Empty for an unknown command.
QString commandHelp(const QString& command);

// The program's own usage: each command's synopsis and what it does.
QString programUsage();

// Whether the arguments after the command ask for help (--help or -h anywhere wins).
bool asksForHelp(const QStringList& arguments);

}  // namespace pearlzone::cli
