#include "app/basemap_menu.h"

#include "app/basemap_settings.h"
#include "app/map_canvas.h"
#include "gis/error.h"

#include <QActionGroup>
#include <QEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

// The main window adds it to its View menu and puts basemap() into the PDFs' page settings
// (MainWindow::mapPdfDefaults), which the export controller and the PDF dialog pass on.

namespace pearlzone::app {

namespace {
const char* const kSourceSetting = "basemap/source";
const char* const kOpacitySetting = "basemap/opacity";
constexpr double kOpacities[] = {0.35, 0.6, 0.85};
}  // namespace

BasemapMenu::BasemapMenu(MapCanvas* canvas, QStatusBar* statusBar, QWidget* parent)
    : QMenu(parent), canvas_(canvas), statusBar_(statusBar), loader_(new BasemapLoader(this))
{
    sources_ = new QActionGroup(this);
    auto item = [this](auto slot) {
        QAction* action = addAction(QString());
        action->setCheckable(true);
        sources_->addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    none_ = item([this] { choose(QStringLiteral("none")); });
    osm_ = item([this] { choose(QStringLiteral("osm")); });
    tiandituVector_ = item([this] { choose(QStringLiteral("tianditu-vec")); });
    tiandituImagery_ = item([this] { choose(QStringLiteral("tianditu-img")); });
    url_ = item([this] { chooseUrl(); });
    file_ = item([this] { chooseFile(); });
    addSeparator();
    opacityMenu_ = addMenu(QString());
    opacities_ = new QActionGroup(this);
    for (const double opacity : kOpacities) {
        QAction* action = opacityMenu_->addAction(QStringLiteral("%1%").arg(std::lround(opacity * 100)));
        action->setCheckable(true);
        action->setData(opacity);
        opacities_->addAction(action);
        connect(action, &QAction::triggered, this, [this, opacity] { setOpacity(opacity); });
    }
    key_ = addAction(QString());
    connect(key_, &QAction::triggered, this, [this] {
        if (askTiandituKey() && source_.startsWith(QStringLiteral("tianditu")))
            choose(source_);
    });

    connect(canvas_, &MapCanvas::viewChanged, this, [this] { loader_->request(screenView()); });
    connect(loader_, &BasemapLoader::imageReady, this, [this](std::shared_ptr<const render::BasemapImage> image) {
        render::RenderSettings settings = canvas_->renderSettings();
        settings.basemap = std::move(image);
        canvas_->setRenderSettings(settings);
    });
    connect(loader_, &BasemapLoader::problem, this, [this](gis::BasemapStatus status, const QString& reason) {
        statusBar_->showMessage(status == gis::BasemapStatus::FromCacheOnly
                                    ? tr("Basemap: the tile server cannot be reached (%1); showing cached tiles").arg(reason)
                                    : tr("Basemap: no tiles could be had (%1); the map is shown without it").arg(reason),
                                15000);
    });
    connect(loader_, &BasemapLoader::recovered, this,
            [this] { statusBar_->showMessage(tr("Basemap: tiles are arriving again"), 5000); });

    QSettings settings;
    opacity_ = settings.value(QLatin1String(kOpacitySetting), render::kDefaultBasemapOpacity).toDouble();
    for (QAction* action : opacities_->actions())
        action->setChecked(std::abs(action->data().toDouble() - opacity_) < 1e-6);
    retranslate();
    // Last session's basemap, quietly: a file since moved or a missing key leaves none.
    QString ignored;
    if (!apply(settings.value(QLatin1String(kSourceSetting), QStringLiteral("none")).toString(), &ignored))
        apply(QStringLiteral("none"), &ignored);
}

bool BasemapMenu::choose(const QString& source)
{
    gis::BasemapSpec spec;
    try {
        spec = gis::parseBasemapSpec(source.toStdString());
    } catch (const gis::Error& error) {
        QMessageBox::warning(parentWidget(), tr("Basemap"), tr("This basemap cannot be used: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
    if (spec.needsTiandituKey && tiandituKey().isEmpty() && !askTiandituKey())
        return false;
    QString error;
    if (apply(source, &error))
        return true;
    QMessageBox::warning(parentWidget(), tr("Basemap"), tr("This basemap cannot be used: %1").arg(error));
    return false;
}

bool BasemapMenu::apply(const QString& source, QString* error)
{
    gis::BasemapSpec spec;
    std::shared_ptr<const render::Basemap> basemap;
    try {
        spec = gis::parseBasemapSpec(source.toStdString());
        if (spec.kind != gis::BasemapKind::None) {
            gis::BasemapOptions options;
            options.cacheDirectory = defaultTileCacheFolder().toStdString();
            options.tiandituKey = tiandituKey().toStdString();
            basemap = std::make_shared<render::Basemap>(std::make_shared<gis::BasemapSource>(spec, options), opacity_);
        }
    } catch (const gis::Error& failure) {
        *error = QString::fromUtf8(failure.what());
        return false;
    }
    source_ = source;
    QSettings().setValue(QLatin1String(kSourceSetting), source);
    QAction* checked = spec.kind == gis::BasemapKind::None            ? none_
                       : spec.kind == gis::BasemapKind::OpenStreetMap   ? osm_
                       : spec.kind == gis::BasemapKind::TiandituVector  ? tiandituVector_
                       : spec.kind == gis::BasemapKind::TiandituImagery ? tiandituImagery_
                       : spec.kind == gis::BasemapKind::TileFile        ? file_
                                                                        : url_;
    checked->setChecked(true);
    loader_->setBasemap(std::move(basemap));
    loader_->request(screenView());
    return true;
}

render::MapView BasemapMenu::screenView() const
{
    // The canvas's view in device pixels, so that a high-density screen gets sharp tiles.
    const render::MapView view = canvas_->view();
    const double ratio = canvas_->devicePixelRatioF();
    return render::MapView(view.pixelSize() * ratio, view.centre(), view.metresPerPixel() / ratio);
}

void BasemapMenu::chooseUrl()
{
    bool ok = false;
    const QString url = QInputDialog::getText(
        parentWidget(), tr("Tile server"),
        tr("URL template with {z}, {x} and {y}, e.g. https://tiles.example.gov.cn/{z}/{x}/{y}.png\n"
           "(write gcj02: before it for GCJ-02 tiles such as AMap's),\n"
           "or a WMTS service's capabilities URL, e.g. wmts:https://maps.example.gov.cn/wmts/WMTSCapabilities.xml,layer=img"),
        QLineEdit::Normal, source_.startsWith(QStringLiteral("http")) || source_.startsWith(QStringLiteral("wmts:")) ? source_ : QString(), &ok);
    QString ignored;
    if (!ok || url.trimmed().isEmpty() || !choose(url.trimmed()))
        apply(source_, &ignored);  // the check mark back on what is shown
}

void BasemapMenu::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(parentWidget(), tr("Basemap tile file"), QString(),
                                                      tr("Tile files (*.mbtiles *.gpkg)"));
    QString ignored;
    if (path.isEmpty() || !choose(path))
        apply(source_, &ignored);
}

bool BasemapMenu::askTiandituKey()
{
    bool ok = false;
    const QString key = QInputDialog::getText(parentWidget(), tr("天地图 key"),
                                              tr("Your 天地图 (www.tianditu.gov.cn) key for web services:"), QLineEdit::Normal,
                                              tiandituKey(), &ok);
    if (!ok || key.trimmed().isEmpty())
        return false;
    saveTiandituKey(key);
    return true;
}

void BasemapMenu::setOpacity(double opacity)
{
    opacity_ = opacity;
    QSettings().setValue(QLatin1String(kOpacitySetting), opacity);
    QString ignored;
    apply(source_, &ignored);
}

void BasemapMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void BasemapMenu::retranslate()
{
    setTitle(tr("&Basemap"));
    none_->setText(tr("None"));
    osm_->setText(tr("OpenStreetMap"));
    tiandituVector_->setText(tr("天地图 streets"));
    tiandituImagery_->setText(tr("天地图 imagery"));
    url_->setText(tr("Tile server URL…"));
    file_->setText(tr("Tile file (MBTiles, GeoPackage)…"));
    opacityMenu_->setTitle(tr("Strength"));
    key_->setText(tr("天地图 key…"));
}

}  // namespace pearlzone::app
