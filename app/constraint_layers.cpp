#include "app/constraint_layers.h"

#include "core/check_errors.h"
#include "core/check_result.h"
#include "gis/error.h"

#include <QFileInfo>
#include <QSettings>

namespace pearlzone::app {

namespace {

const QString kSettingsKey = QStringLiteral("constraintLayers");

QString ruleCode(const std::optional<core::ConstraintRule>& rule)
{
    return rule ? QString::fromLatin1(core::toString(*rule)) : QString();
}

}  // namespace

ConstraintLayers::ConstraintLayers(QObject* parent) : QObject(parent) {}

ConstraintLayerEntry ConstraintLayers::load(core::ConstraintLayerOptions options)
{
    ConstraintLayerEntry entry;
    entry.options = std::move(options);
    try {
        entry.loaded = std::make_shared<const core::ConstraintSet>(core::ConstraintSet::load({entry.options}));
    } catch (const std::exception& error) {  // InputError, gis::Error: a message, never a crash
        entry.error = tr("“%1” cannot be used as a constraint layer:\n%2\n\nA constraint layer holds polygons in a "
                         "known coordinate system, with the fields name (名称), kind (类型) and rule (规则: "
                         "prohibited 禁止 or restricted 限制) where it has them.")
                          .arg(QFileInfo(QString::fromStdString(entry.options.source)).fileName(), QString::fromUtf8(error.what()));
    }
    return entry;
}

void ConstraintLayers::restore()
{
    entries_.clear();
    QSettings settings;
    const int count = settings.beginReadArray(kSettingsKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        core::ConstraintLayerOptions options;
        options.source = settings.value(QStringLiteral("source")).toString().toStdString();
        options.layer = settings.value(QStringLiteral("layer")).toString().toStdString();
        const QString rule = settings.value(QStringLiteral("rule")).toString();
        if (!rule.isEmpty())
            options.rule = core::parseConstraintRule(rule.toStdString());
        if (!options.source.empty())
            entries_.push_back(load(std::move(options)));
    }
    settings.endArray();
    combine();
}

std::optional<QString> ConstraintLayers::add(const QString& source, const QString& layer)
{
    core::ConstraintLayerOptions options;
    options.source = source.toStdString();
    options.layer = layer.toStdString();
    ConstraintLayerEntry entry = load(options);
    if (!entry.loaded)
        return entry.error;
    bool replaced = false;
    for (auto& existing : entries_) {
        if (existing.options.source == options.source && existing.options.layer == options.layer) {
            existing = std::move(entry);
            replaced = true;
            break;
        }
    }
    if (!replaced)
        entries_.push_back(std::move(entry));
    save();
    combine();
    return std::nullopt;
}

void ConstraintLayers::remove(std::size_t index)
{
    if (index >= entries_.size())
        return;
    entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(index));
    save();
    combine();
}

std::optional<QString> ConstraintLayers::setRule(std::size_t index, std::optional<core::ConstraintRule> rule)
{
    if (index >= entries_.size())
        return std::nullopt;
    core::ConstraintLayerOptions options = entries_[index].options;
    options.rule = rule;
    ConstraintLayerEntry entry = load(options);
    if (!entry.loaded)
        return entry.error;  // e.g. back to the rule field, which holds a word that is no rule
    entries_[index] = std::move(entry);
    save();
    combine();
    return std::nullopt;
}

// A settings array (source, layer, rule per layer): plain text in the settings file.
void ConstraintLayers::save() const
{
    QSettings settings;
    settings.remove(kSettingsKey);
    settings.beginWriteArray(kSettingsKey, static_cast<int>(entries_.size()));
    for (int i = 0; i < static_cast<int>(entries_.size()); ++i) {
        const auto& options = entries_[static_cast<std::size_t>(i)].options;
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("source"), QString::fromStdString(options.source));
        settings.setValue(QStringLiteral("layer"), QString::fromStdString(options.layer));
        settings.setValue(QStringLiteral("rule"), ruleCode(options.rule));
    }
    settings.endArray();
}

void ConstraintLayers::combine()
{
    std::vector<const core::ConstraintSet*> usable;
    for (const auto& entry : entries_) {
        if (entry.loaded)
            usable.push_back(entry.loaded.get());
    }
    set_ = usable.empty() ? nullptr : std::make_shared<const core::ConstraintSet>(core::ConstraintSet::combine(usable));
    mapLayers_ = set_ ? render::constraintLayersOf(*set_) : std::vector<std::shared_ptr<const render::ConstraintLayer>>{};
    emit changed();
}

}  // namespace pearlzone::app
