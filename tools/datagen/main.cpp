// pearlzone-datagen: makes the bundled data that is computed rather than typed: the zone and
// river layers, and deterministic parcel sets for the samples, tests and benchmarks.
//   pearlzone-datagen zones OUTDIR
#include "gis/error.h"
#include "tools/datagen/zones_writer.h"

#include <cstring>
#include <iostream>

int main(int argc, char* argv[])
{
    try {
        if (argc == 3 && std::strcmp(argv[1], "zones") == 0) {
            pearlzone::datagen::writeZoneData(argv[2], std::cout);
            return 0;
        }
        std::cerr << "usage: pearlzone-datagen zones OUTDIR\n";
        return 1;
    } catch (const pearlzone::gis::Error& error) {
        std::cerr << "pearlzone-datagen: " << error.what() << "\n";
        return 2;
    }
}
