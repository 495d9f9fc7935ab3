#include "app/translations.h"

#include "core/wording.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace pearlzone::app {

void AppTranslators::install(core::Language language)
{
    QCoreApplication::removeTranslator(&ours_);
    QCoreApplication::removeTranslator(&qt_);
    if (language != core::Language::Chinese)
        return;
    if (core::Wording::loadChinese(ours_))
        QCoreApplication::installTranslator(&ours_);
    if (qt_.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt_);
}

}  // namespace pearlzone::app
