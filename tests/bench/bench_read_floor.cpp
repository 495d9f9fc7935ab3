// The floor for the batch check: read every feature's geometry of a layer with GDAL and
// nothing else (as WKB, which is what the check starts from).
//   bench_read_floor FILE
#include <gdal.h>
#include <ogr_api.h>

#include <chrono>
#include <cstdio>
#include <vector>

int main(int argc, char* argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_read_floor FILE\n");
        return 1;
    }
    GDALAllRegister();
    const auto start = std::chrono::steady_clock::now();
    GDALDatasetH dataset = GDALOpenEx(argv[1], GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!dataset) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 2;
    }
    OGRLayerH layer = GDALDatasetGetLayer(dataset, 0);
    std::vector<unsigned char> wkb;
    long long features = 0;
    long long bytes = 0;
    while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
        if (OGRGeometryH geometry = OGR_F_GetGeometryRef(feature)) {
            wkb.resize(static_cast<std::size_t>(OGR_G_WkbSize(geometry)));
            OGR_G_ExportToIsoWkb(geometry, wkbNDR, wkb.data());
            bytes += static_cast<long long>(wkb.size());
        }
        OGR_F_Destroy(feature);
        ++features;
    }
    GDALClose(dataset);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%lld features, %lld WKB bytes, %.3f s\n", features, bytes, seconds);
    return 0;
}
