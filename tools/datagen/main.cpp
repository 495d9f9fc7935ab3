// pearlzone-datagen: makes the bundled data that is computed rather than typed: the zone and
// river layers, and deterministic parcel sets for the samples, tests and benchmarks.
//   pearlzone-datagen zones OUTDIR
//   pearlzone-datagen parcels OUT [--count N] [--seed S] [--crs CRS] [--plain] [--data DATADIR]
#include "core/pilot_zone_data.h"
#include "gis/error.h"
#include "gis/utf8_path.h"
#include "tools/datagen/parcel_generator.h"
#include "tools/datagen/zones_writer.h"

#include <cstring>
#include <iostream>
#include <string>

namespace {

int makeParcels(int argc, char* argv[])
{
    pearlzone::datagen::ParcelGeneratorOptions options;
    std::string out = argv[2];
    std::string dataDir = PEARLZONE_SOURCE_DATA_DIR;
    for (int i = 3; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--count" && hasValue)
            options.count = std::stoll(argv[++i]);
        else if (arg == "--seed" && hasValue)
            options.seed = std::stoull(argv[++i]);
        else if (arg == "--crs" && hasValue)
            options.crs = argv[++i];
        else if (arg == "--data" && hasValue)
            dataDir = argv[++i];
        else if (arg == "--plain")
            options.planarOnly = true;
        else
            throw pearlzone::gis::Error("unknown argument '" + arg + "'");
    }
    const auto data = pearlzone::core::PilotZoneData::load(pearlzone::gis::pathFromUtf8(dataDir));
    pearlzone::datagen::writeParcels(out, data->zones, data->catalogue, options,
                                     [](std::int64_t n) { std::cerr << n << " parcels\r" << std::flush; },
                                     options.planarOnly ? nullptr : &data->designations);
    return 0;
}

}  // namespace

int main(int argc, char* argv[])
{
    try {
        if (argc == 3 && std::strcmp(argv[1], "zones") == 0) {
            pearlzone::datagen::writeZoneData(argv[2], std::cout);
            return 0;
        }
        if (argc >= 3 && std::strcmp(argv[1], "parcels") == 0)
            return makeParcels(argc, argv);
        std::cerr << "usage: pearlzone-datagen zones OUTDIR\n"
                     "       pearlzone-datagen parcels OUT [--count N] [--seed S] [--crs CRS] [--plain] [--data DIR]\n";
        return 1;
    } catch (const pearlzone::gis::Error& error) {
        std::cerr << "pearlzone-datagen: " << error.what() << "\n";
        return 2;
    }
}
