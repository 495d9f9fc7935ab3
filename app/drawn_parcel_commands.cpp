#include "app/drawn_parcel_commands.h"

namespace pearlzone::app {

AddDrawnParcel::AddDrawnParcel(MainWindow* window, DrawnParcel parcel)
    : window_(window), parcel_(std::move(parcel)), index_(window->drawnParcels().size())
{
    setText(QObject::tr("Draw parcel %1").arg(parcel_.id));
}

void AddDrawnParcel::redo() { window_->insertDrawnParcel(index_, parcel_); }
void AddDrawnParcel::undo() { parcel_ = window_->takeDrawnParcel(index_); }

RemoveDrawnParcel::RemoveDrawnParcel(MainWindow* window, std::size_t index) : window_(window), index_(index)
{
    setText(QObject::tr("Delete parcel %1").arg(window->drawnParcels().at(index).id));
}

void RemoveDrawnParcel::redo() { parcel_ = window_->takeDrawnParcel(index_); }
void RemoveDrawnParcel::undo() { window_->insertDrawnParcel(index_, parcel_); }

ChangeDrawnIndustry::ChangeDrawnIndustry(MainWindow* window, std::size_t index, QString before, QString after)
    : window_(window), index_(index), before_(std::move(before)), after_(std::move(after))
{
    setText(QObject::tr("Change industry"));
}

void ChangeDrawnIndustry::redo() { window_->setDrawnIndustry(index_, after_); }
void ChangeDrawnIndustry::undo() { window_->setDrawnIndustry(index_, before_); }

ChangeDrawnOutline::ChangeDrawnOutline(MainWindow* window, std::size_t index, std::vector<unsigned char> before,
                                       std::vector<unsigned char> after)
    : window_(window), index_(index), before_(std::move(before)), after_(std::move(after))
{
    setText(QObject::tr("Redraw outline"));
}

void ChangeDrawnOutline::redo() { window_->setDrawnOutline(index_, after_); }
void ChangeDrawnOutline::undo() { window_->setDrawnOutline(index_, before_); }

}  // namespace pearlzone::app
