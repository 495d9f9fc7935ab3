#pragma once
// A throwaway HTTP tile server on 127.0.0.1 for the basemap tests: serves the files under a
// folder (an XYZ tile tree) from its own thread, records the paths asked for, and stops when
// told or destroyed. Also writes such tile trees, painted with Qt so the tests' expectations do
// not come from the GDAL code under test.

#include "gis/chinese_web_crs.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <QThread>

#include <filesystem>
#include <mutex>
#include <optional>
#include <string>

namespace pearlzone::test {

class TileServer : public QThread {
public:
    explicit TileServer(std::filesystem::path root);
    ~TileServer() override;
    TileServer(const TileServer&) = delete;
    TileServer& operator=(const TileServer&) = delete;

    quint16 port() const { return port_; }
    QString urlTemplate() const;  // http://127.0.0.1:PORT/{z}/{x}/{y}.png
    QStringList requests() const;
    void stop();

protected:
    void run() override;

private:
    std::filesystem::path root_;
    quint16 port_ = 0;
    mutable std::mutex mutex_;
    QStringList requests_;
    bool ready_ = false;
};

// A port on 127.0.0.1 where nothing listens (it was free a moment ago).
quint16 closedPort();

// Makes GDAL's HTTP client (curl) talk to 127.0.0.1 directly even if a proxy is configured.
void bypassProxyForLocalhost();

// Writes tiles for levels minZoom..maxZoom over the lon/lat box: fill colour, with a black
// 5 x 5 pixel square centred on marker (in the tiles' own coordinates) when given.
void writeTileTree(const std::filesystem::path& root, int minZoom, int maxZoom, gis::LonLat southWest,
                   gis::LonLat northEast, const QColor& fill, std::optional<gis::LonLat> marker = std::nullopt);

// A WMTS capabilities document (RESTful, GoogleMapsCompatible tile matrices "0".."maxZoom")
// at root/WMTSCapabilities.xml for one layer "底图" whose tiles are the tree at root served on
// port: http://127.0.0.1:port/{TileMatrix}/{TileCol}/{TileRow}.png, over the lon/lat box.
void writeWmtsCapabilities(const std::filesystem::path& root, quint16 port, int maxZoom, gis::LonLat southWest,
                           gis::LonLat northEast);

// An MBTiles file (GDAL's MBTiles driver) in web Mercator over lon 113.30..113.40, lat
// 23.05..23.15: red (200, 40, 40) west of 113.35, blue (40, 40, 200) east of it.
bool writeTwoColourMbtiles(const std::string& path);

}  // namespace pearlzone::test
