#pragma once
// The translators the app installs for its widgets' tr() (ours and Qt's own dialogs), in
// step with the language core::Wording speaks. Built into pearlzone_i18n with the compiled
// translation, which the CLI links too so that its PDFs speak Chinese.

#include "core/check_result.h"

#include <QTranslator>

namespace pearlzone::app {

class AppTranslators {
public:
    void install(core::Language language);

private:
    QTranslator ours_;
    QTranslator qt_;
};

}  // namespace pearlzone::app
