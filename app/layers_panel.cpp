#include "app/layers_panel.h"

#include "core/report_run.h"
#include "core/wording.h"
#include "render/map_style.h"

#include <QInputDialog>
#include <QMenu>
#include <QPainter>

namespace pearlzone::app {

namespace {

constexpr int kKeyRole = Qt::UserRole + 10;
const QString kWater = QStringLiteral("water");
const QString kZones = QStringLiteral("zones");
const QString kSubareas = QStringLiteral("subareas");
const QString kLabels = QStringLiteral("labels");
const QString kDrawn = QStringLiteral("drawn");

// A parcel layer's key: its source, so that a re-checked layer keeps its visibility.
QString keyOf(const CheckedLayer& layer) { return layer.drawn ? kDrawn : QStringLiteral("layer:") + layer.source; }
QString keyOf(const render::ConstraintLayer& layer) { return QStringLiteral("constraint:") + layer.source() + layer.label(); }

QIcon constraintSwatch(const render::ConstraintClass& style)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    render::paintConstraintSwatch(painter, QRectF(2, 2, 12, 12), style, 0.6);
    return QIcon(pixmap);
}

QIcon swatch(const QColor& fill, const QColor& outline, bool dashed = false)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QPen(outline, 1.5, dashed ? Qt::DashLine : Qt::SolidLine));
    painter.setBrush(fill);
    painter.drawRect(2, 2, 12, 12);
    return QIcon(pixmap);
}

}  // namespace

LayersPanel::LayersPanel(QWidget* parent) : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item) {
        const QString key = item->data(0, kKeyRole).toString();
        if (key.isEmpty())
            return;
        hidden_[key] = item->checkState(0) != Qt::Checked;
        emit visibilityChanged();
    });
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        while (item && item->parent())
            item = item->parent();
        const QString key = item ? item->data(0, kKeyRole).toString() : QString();
        std::shared_ptr<const CheckedLayer> chosen;
        if (key == kDrawn)
            chosen = drawn_;
        for (const auto& layer : layers_)
            if (keyOf(*layer) == key)
                chosen = layer;
        if (chosen && chosen != current_) {
            current_ = chosen;
            emit currentLayerChanged(current_);
        }
    });
    connect(this, &QTreeWidget::customContextMenuRequested, this, &LayersPanel::showContextMenu);
}

void LayersPanel::addOrReplace(std::shared_ptr<const CheckedLayer> layer)
{
    const bool wasCurrent = current_ && !current_->drawn && current_->source == layer->source;
    bool replaced = false;
    for (auto& existing : layers_) {
        if (existing->source == layer->source) {
            existing = layer;
            replaced = true;
        }
    }
    if (!replaced)
        layers_.push_back(layer);
    if (wasCurrent || !replaced)
        current_ = layer;
    rebuild();
    emit layersChanged();
    emit currentLayerChanged(current_);
}

void LayersPanel::remove(std::size_t index)
{
    if (index >= layers_.size())
        return;
    const bool wasCurrent = current_ == layers_[index];
    layers_.erase(layers_.begin() + static_cast<std::ptrdiff_t>(index));
    if (wasCurrent)
        current_ = layers_.empty() ? drawn_ : layers_.back();
    rebuild();
    emit layersChanged();
    if (wasCurrent)
        emit currentLayerChanged(current_);
}

void LayersPanel::rename(std::size_t index, const QString& name)
{
    if (index >= layers_.size() || name.trimmed().isEmpty())
        return;
    auto renamed = std::make_shared<CheckedLayer>(*layers_[index]);
    renamed->name = name.trimmed();
    const bool wasCurrent = current_ == layers_[index];
    layers_[index] = renamed;
    if (wasCurrent)
        current_ = renamed;
    rebuild();
    emit layersChanged();
    if (wasCurrent)
        emit currentLayerChanged(current_);
}

void LayersPanel::move(std::size_t index, int step)
{
    const long target = static_cast<long>(index) + step;
    if (index >= layers_.size() || target < 0 || target >= static_cast<long>(layers_.size()))
        return;
    std::swap(layers_[index], layers_[static_cast<std::size_t>(target)]);
    rebuild();
    emit layersChanged();
}

void LayersPanel::clearLayers()
{
    layers_.clear();
    current_ = drawn_;
    rebuild();
    emit layersChanged();
    emit currentLayerChanged(current_);
}

void LayersPanel::setDrawnLayer(std::shared_ptr<const CheckedLayer> drawn)
{
    const bool wasCurrent = !current_ || current_ == drawn_;
    drawn_ = std::move(drawn);
    if (wasCurrent)
        current_ = drawn_;
    rebuild();
    if (wasCurrent)
        emit currentLayerChanged(current_);
}

void LayersPanel::setConstraintLayers(std::vector<std::shared_ptr<const render::ConstraintLayer>> layers)
{
    constraints_ = std::move(layers);
    rebuild();
    emit layersChanged();
}

std::shared_ptr<const CheckedLayer> LayersPanel::latest(const CheckedLayer& shown) const
{
    if (shown.drawn)
        return drawn_;
    for (const auto& layer : layers_)
        if (layer->source == shown.source)
            return layer;
    return nullptr;
}

std::shared_ptr<const CheckedLayer> LayersPanel::currentLayer() const { return current_; }

void LayersPanel::setCurrentLayer(const std::shared_ptr<const CheckedLayer>& layer)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = topLevelItem(i);
        if (layer && item->data(0, kKeyRole).toString() == keyOf(*layer))
            setCurrentItem(item);
    }
}

void LayersPanel::setContext(const render::MapScene& base, core::Language language)
{
    zones_ = base.zones;
    language_ = language;
    rebuild();
}

bool LayersPanel::visible(const QString& key) const
{
    const auto it = hidden_.find(key);
    return it == hidden_.end() || !it->second;
}

void LayersPanel::applyTo(render::RenderSettings& settings) const
{
    settings.language = language_;
    settings.showWater = visible(kWater);
    settings.showZones = visible(kZones);
    settings.showSubareas = visible(kSubareas);
    settings.showLabels = visible(kLabels);
    settings.parcelLayerVisible.clear();
    for (const auto& layer : layers_)
        settings.parcelLayerVisible.push_back(visible(keyOf(*layer)));
    settings.parcelLayerVisible.push_back(visible(kDrawn));
    settings.constraintLayerVisible.clear();
    for (const auto& layer : constraints_)
        settings.constraintLayerVisible.push_back(visible(keyOf(*layer)));
}

std::size_t LayersPanel::sceneIndexOf(const std::shared_ptr<const CheckedLayer>& layer) const
{
    for (std::size_t i = 0; i < layers_.size(); ++i)
        if (layers_[i] == layer)
            return i;
    return layers_.size();  // the drawn parcels, drawn last
}

void LayersPanel::rebuild()
{
    const core::Wording words(language_);
    blockSignals(true);
    clear();
    QTreeWidgetItem* currentItem = nullptr;
    auto add = [&](const QString& text, const QString& key, const QIcon& icon) {
        auto* item = new QTreeWidgetItem(this, {text});
        item->setData(0, kKeyRole, key);
        item->setIcon(0, icon);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, visible(key) ? Qt::Checked : Qt::Unchecked);
        return item;
    };
    auto legend = [&](QTreeWidgetItem* item) {
        for (core::Verdict v : {core::Verdict::Pass, core::Verdict::Review, core::Verdict::Fail, core::Verdict::Error}) {
            auto* child = new QTreeWidgetItem(item, {words.verdict(v)});
            child->setIcon(0, swatch(render::verdictColour(v), render::verdictColour(v).darker(140)));
        }
    };
    QTreeWidgetItem* drawnItem = add(tr("Drawn parcels (%L1)").arg(drawn_ ? drawn_->size() : 0), kDrawn,
                                     swatch(QColor(0x2e, 0x9e, 0x44, 150), QColor(0x20, 0x70, 0x30)));
    if (current_ && current_ == drawn_)
        currentItem = drawnItem;
    for (std::size_t i = layers_.size(); i-- > 0;) {
        const auto& layer = layers_[i];
        QTreeWidgetItem* item = add(layer->name, keyOf(*layer), swatch(Qt::white, Qt::darkGray));
        item->setToolTip(0, QString::fromStdString(core::withoutPassword(layer->source.toStdString())));  // a connection's password never shown
        legend(item);
        item->setExpanded(layer == current_);
        if (layer == current_)
            currentItem = item;
    }
    for (std::size_t i = constraints_.size(); i-- > 0;) {
        const auto& layer = *constraints_[i];
        QTreeWidgetItem* item = add(layer.label(), keyOf(layer), layer.classes().empty() ? QIcon() : constraintSwatch(layer.classes().front()));
        item->setToolTip(0, layer.source());
        for (const auto& style : layer.classes()) {
            const QString rule = words.constraintRule(style.rule);
            auto* child = new QTreeWidgetItem(item, {style.kind.isEmpty() ? rule : style.kind + QStringLiteral(" · ") + rule});
            child->setIcon(0, constraintSwatch(style));
        }
        item->setExpanded(true);
    }
    add(tr("Labels"), kLabels, QIcon());
    add(tr("Sub-areas"), kSubareas, swatch(Qt::transparent, Qt::darkGray, true));
    QTreeWidgetItem* zones = add(tr("Zones"), kZones, swatch(QColor(0x3b, 0x6f, 0xb6, 60), QColor(0x3b, 0x6f, 0xb6)));
    for (const auto& zone : zones_) {
        QColor fill = zone.colour;
        fill.setAlpha(60);
        auto* child = new QTreeWidgetItem(zones, {words.chinese() ? zone.nameZh : zone.nameEn});
        child->setIcon(0, swatch(fill, zone.colour));
    }
    zones->setExpanded(true);
    add(tr("Pearl River"), kWater, swatch(render::waterColour(), render::waterOutline()));
    if (currentItem)
        setCurrentItem(currentItem);
    blockSignals(false);
}

void LayersPanel::showContextMenu(const QPoint& at)
{
    QTreeWidgetItem* item = itemAt(at);
    while (item && item->parent())
        item = item->parent();
    const QString key = item ? item->data(0, kKeyRole).toString() : QString();
    std::size_t index = layers_.size();
    for (std::size_t i = 0; i < layers_.size(); ++i)
        if (keyOf(*layers_[i]) == key)
            index = i;
    if (index == layers_.size())
        return;  // only checked parcel layers are moved, renamed and removed
    QMenu menu(this);
    // The panel lists the top layer first: "up" draws it later, over the others.
    QAction* up = menu.addAction(tr("Move up (draw on top)"));
    QAction* down = menu.addAction(tr("Move down"));
    QAction* renameAction = menu.addAction(tr("Rename…"));
    QAction* removeAction = menu.addAction(tr("Remove"));
    up->setEnabled(index + 1 < layers_.size());
    down->setEnabled(index > 0);
    const QAction* chosen = menu.exec(viewport()->mapToGlobal(at));
    if (chosen == up)
        move(index, +1);
    else if (chosen == down)
        move(index, -1);
    else if (chosen == removeAction)
        remove(index);
    else if (chosen == renameAction) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename layer"), tr("Name:"), QLineEdit::Normal, layers_[index]->name, &ok);
        if (ok)
            rename(index, name);
    }
}

}  // namespace pearlzone::app
