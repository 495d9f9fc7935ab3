#include "app/about_dialogs.h"

#include "core/version.h"

#include <QMessageBox>

namespace pearlzone::app {

namespace {
class AboutTexts {
    Q_DECLARE_TR_FUNCTIONS(pearlzone::app::AboutDialogs)
};
}  // namespace

void showAbout(QWidget* parent)
{
    QMessageBox::about(parent, AboutTexts::tr("About Pearlzone"),
                       AboutTexts::tr("<h3>Pearlzone %1</h3><p>Checks candidate parcels against the Guangzhou AI and Digital Economy "
                                      "Pilot Zone and its industry guideline.</p><p>Built on Qt, GDAL, GEOS and PROJ.</p>")
                           .arg(QString::fromLatin1(kVersion)));
}

void showDataSources(QWidget* parent)
{
    QMessageBox::information(
        parent, AboutTexts::tr("Data sources and disclaimer"),
        AboutTexts::tr("The zone boundaries bundled with Pearlzone are approximations digitised from public descriptions "
                       "(areas of the 2020 master plan, street boundaries, the roads that bound the Finance City, river centre "
                       "lines). They are not official boundaries and must not be used as such. Load official boundaries with "
                       "the same fields (zone_id, subarea_id, name_zh, name_en) to check against them.\n\n"
                       "Designated industries and targets follow 《广州人工智能与数字经济试验区产业导则》 as reported in the press; "
                       "each designation quotes the sentence it rests on."));
}

}  // namespace pearlzone::app
