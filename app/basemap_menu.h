#pragma once
// View → Basemap: none, OpenStreetMap, 天地图 vector or imagery, a tile URL template, or a
// local MBTiles / GeoPackage file, and how strongly it shows. It owns the BasemapLoader that
// fetches for the canvas off the GUI thread, hands finished images to the canvas, and says
// once in the status bar when a source cannot be reached. The choice persists in settings.

#include "app/basemap_loader.h"

#include <QMenu>

#include <memory>

class QActionGroup;
class QStatusBar;

namespace pearlzone::app {

class MapCanvas;

class BasemapMenu : public QMenu {
    Q_OBJECT
public:
    BasemapMenu(MapCanvas* canvas, QStatusBar* statusBar, QWidget* parent);

    // The current basemap for PDF export (null: none).
    std::shared_ptr<const render::Basemap> basemap() const { return loader_->basemap(); }
    BasemapLoader* loader() const { return loader_; }

    // Chooses a source by its --basemap text ("none", "osm", a URL template, a file); false
    // with a dialog when it cannot be used. What the menu's items call.
    bool choose(const QString& source);
    QString source() const { return source_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    // Makes source the basemap; false with why (no dialog) when it cannot be used.
    bool apply(const QString& source, QString* error);
    void retranslate();
    render::MapView screenView() const;
    void chooseUrl();
    void chooseFile();
    bool askTiandituKey();
    void setOpacity(double opacity);

    MapCanvas* canvas_;
    QStatusBar* statusBar_;
    BasemapLoader* loader_;
    QString source_ = QStringLiteral("none");
    double opacity_ = render::kDefaultBasemapOpacity;
    QActionGroup* sources_;
    QActionGroup* opacities_;
    QAction* none_;
    QAction* osm_;
    QAction* tiandituVector_;
    QAction* tiandituImagery_;
    QAction* url_;
    QAction* file_;
    QAction* key_;
    QMenu* opacityMenu_;
};

}  // namespace pearlzone::app
