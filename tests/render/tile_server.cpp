#include "tile_server.h"

#include "gis/gdal_handles.h"
#include "gis/utf8_path.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTcpServer>
#include <QTcpSocket>

#include <gdal.h>

#include <cmath>
#include <vector>

namespace pearlzone::test {

namespace {
constexpr double kPi = 3.14159265358979323846;

// Tile coordinates (fractional) of a lon/lat at zoom, as XYZ servers number them.
QPointF tileAt(gis::LonLat p, int zoom)
{
    const double n = std::pow(2.0, zoom);
    const double lat = p.lat * kPi / 180.0;
    return {(p.lon + 180.0) / 360.0 * n, (1.0 - std::log(std::tan(lat) + 1.0 / std::cos(lat)) / kPi) / 2.0 * n};
}
}  // namespace

TileServer::TileServer(std::filesystem::path root) : root_(std::move(root))
{
    start();
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 10000) {  // bounded: the server binds in microseconds
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (ready_)
                break;
        }
        QThread::msleep(5);
    }
}

TileServer::~TileServer() { stop(); }

void TileServer::stop()
{
    quit();
    wait(10000);
}

QString TileServer::urlTemplate() const
{
    return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(port_);
}

QStringList TileServer::requests() const
{
    std::lock_guard<std::mutex> lock(mutex_);
    return requests_;
}

void TileServer::run()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                if (!socket->canReadLine())
                    return;
                const QList<QByteArray> request = socket->readLine().split(' ');
                const QString path = request.size() >= 2 ? QString::fromLatin1(request[1]) : QString();
                {
                    std::lock_guard<std::mutex> lock(mutex_);
                    requests_ << path;
                }
                QFile file(QString::fromStdString(gis::pathToUtf8(root_)) + path);
                const bool found = !path.contains(QStringLiteral("..")) && file.open(QIODevice::ReadOnly);
                const QByteArray body = found ? file.readAll() : QByteArray();
                socket->write(found ? "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n" : "HTTP/1.1 404 Not Found\r\n");
                socket->write("Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n");
                socket->write(body);
                socket->disconnectFromHost();
            });
        }
    });
    {
        std::lock_guard<std::mutex> lock(mutex_);
        port_ = server.serverPort();
        ready_ = true;
    }
    exec();
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void bypassProxyForLocalhost()
{
    qputenv("no_proxy", "127.0.0.1,localhost");
    qputenv("NO_PROXY", "127.0.0.1,localhost");
}

void writeTileTree(const std::filesystem::path& root, int minZoom, int maxZoom, gis::LonLat southWest, gis::LonLat northEast,
                   const QColor& fill, std::optional<gis::LonLat> marker)
{
    for (int zoom = minZoom; zoom <= maxZoom; ++zoom) {
        const QPointF first = tileAt({southWest.lon, northEast.lat}, zoom);
        const QPointF last = tileAt({northEast.lon, southWest.lat}, zoom);
        for (int x = static_cast<int>(first.x()); x <= static_cast<int>(last.x()); ++x) {
            for (int y = static_cast<int>(first.y()); y <= static_cast<int>(last.y()); ++y) {
                QImage tile(256, 256, QImage::Format_RGB32);
                tile.fill(fill);
                if (marker) {
                    const QPointF at = (tileAt(*marker, zoom) - QPointF(x, y)) * 256.0;
                    QPainter painter(&tile);
                    painter.fillRect(QRectF(at - QPointF(2.5, 2.5), QSizeF(5, 5)), Qt::black);
                }
                const QString folder = QString::fromStdString(gis::pathToUtf8(root)) + QStringLiteral("/%1/%2").arg(zoom).arg(x);
                QDir().mkpath(folder);
                tile.save(folder + QStringLiteral("/%1.png").arg(y));
            }
        }
    }
}

void writeWmtsCapabilities(const std::filesystem::path& root, quint16 port, int maxZoom, gis::LonLat southWest,
                           gis::LonLat northEast)
{
    // OGC 07-057r7 annex E.4: the scale denominator of level 0 in GoogleMapsCompatible.
    const double levelZeroScale = 559082264.0287178;
    QString matrices;
    for (int zoom = 0; zoom <= maxZoom; ++zoom) {
        matrices += QStringLiteral("<TileMatrix><ows:Identifier>%1</ows:Identifier><ScaleDenominator>%2</ScaleDenominator>"
                                   "<TopLeftCorner>-20037508.3427892 20037508.3427892</TopLeftCorner><TileWidth>256</TileWidth>"
                                   "<TileHeight>256</TileHeight><MatrixWidth>%3</MatrixWidth><MatrixHeight>%3</MatrixHeight></TileMatrix>")
                        .arg(zoom)
                        .arg(levelZeroScale / std::pow(2.0, zoom), 0, 'f', 10)
                        .arg(1 << zoom);
    }
    const QString document =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                       "<Capabilities xmlns=\"http://www.opengis.net/wmts/1.0\" xmlns:ows=\"http://www.opengis.net/ows/1.1\" "
                       "xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.0.0\"><Contents><Layer>"
                       "<ows:Title>底图</ows:Title><ows:WGS84BoundingBox><ows:LowerCorner>%1 %2</ows:LowerCorner>"
                       "<ows:UpperCorner>%3 %4</ows:UpperCorner></ows:WGS84BoundingBox><ows:Identifier>底图</ows:Identifier>"
                       "<Style isDefault=\"true\"><ows:Identifier>default</ows:Identifier></Style><Format>image/png</Format>"
                       "<TileMatrixSetLink><TileMatrixSet>GoogleMapsCompatible</TileMatrixSet></TileMatrixSetLink>"
                       "<ResourceURL format=\"image/png\" resourceType=\"tile\" "
                       "template=\"http://127.0.0.1:%5/{TileMatrix}/{TileCol}/{TileRow}.png\"/></Layer>"
                       "<TileMatrixSet><ows:Identifier>GoogleMapsCompatible</ows:Identifier>"
                       "<ows:SupportedCRS>urn:ogc:def:crs:EPSG::3857</ows:SupportedCRS>%6</TileMatrixSet></Contents></Capabilities>")
            .arg(southWest.lon)
            .arg(southWest.lat)
            .arg(northEast.lon)
            .arg(northEast.lat)
            .arg(port)
            .arg(matrices);
    QFile file(QString::fromStdString(gis::pathToUtf8(root / "WMTSCapabilities.xml")));
    if (file.open(QIODevice::WriteOnly))
        file.write(document.toUtf8());
}

bool writeTwoColourMbtiles(const std::string& path)
{
    gis::ensureGdalRegistered();
    const auto mercatorX = [](double lon) { return lon * 20037508.342789244 / 180.0; };
    const auto mercatorY = [](double lat) { return std::log(std::tan((90.0 + lat) * kPi / 360.0)) * 6378137.0; };
    const int size = 512;
    GDALDatasetH memory = GDALCreate(GDALGetDriverByName("MEM"), "", size, size, 3, GDT_Byte, nullptr);
    double transform[6] = {mercatorX(113.30), (mercatorX(113.40) - mercatorX(113.30)) / size, 0,
                           mercatorY(23.15),  0, -(mercatorY(23.15) - mercatorY(23.05)) / size};
    GDALSetGeoTransform(memory, transform);
    GDALSetSpatialRef(memory, gis::spatialReferenceFrom("EPSG:3857").get());
    const std::uint8_t west[3] = {200, 40, 40};
    const std::uint8_t east[3] = {40, 40, 200};
    std::vector<std::uint8_t> row(size);
    bool written = true;
    for (int band = 1; band <= 3; ++band) {
        for (int x = 0; x < size; ++x)
            row[static_cast<std::size_t>(x)] = x < size / 2 ? west[band - 1] : east[band - 1];
        for (int y = 0; y < size; ++y)
            written = written && GDALRasterIO(GDALGetRasterBand(memory, band), GF_Write, 0, y, size, 1, row.data(), size, 1,
                                              GDT_Byte, 0, 0) == CE_None;
    }
    GDALDatasetH file = GDALCreateCopy(GDALGetDriverByName("MBTiles"), path.c_str(), memory, FALSE, nullptr, nullptr, nullptr);
    GDALClose(memory);
    if (!file)
        return false;
    GDALClose(file);
    return written;
}

}  // namespace pearlzone::test
