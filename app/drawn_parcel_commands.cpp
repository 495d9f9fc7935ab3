#include "app/drawn_parcel_commands.h"

#include <QUndoStack>

namespace pearlzone::app {

void retranslateCommands(QUndoStack& stack)
{
    for (int i = 0; i < stack.count(); ++i) {
        // The stack hands out const commands; their text is ours to change.
        if (auto* command = dynamic_cast<const DrawnParcelCommand*>(stack.command(i)))
            const_cast<DrawnParcelCommand*>(command)->retranslate();
    }
}

AddDrawnParcel::AddDrawnParcel(DrawnParcelsDocument* document, DrawnParcel parcel)
    : document_(document), parcel_(std::move(parcel)), index_(document->size())
{
    retranslate();
}

void AddDrawnParcel::retranslate() { setText(tr("Draw parcel %1").arg(parcel_.id)); }

void AddDrawnParcel::redo() { document_->insert(index_, parcel_); }
void AddDrawnParcel::undo() { parcel_ = document_->take(index_); }

RemoveDrawnParcel::RemoveDrawnParcel(DrawnParcelsDocument* document, std::size_t index)
    : document_(document), index_(index), parcel_(document->at(index))
{
    retranslate();
}

void RemoveDrawnParcel::retranslate() { setText(tr("Delete parcel %1").arg(parcel_.id)); }

void RemoveDrawnParcel::redo() { parcel_ = document_->take(index_); }
void RemoveDrawnParcel::undo() { document_->insert(index_, parcel_); }

ChangeDrawnIndustry::ChangeDrawnIndustry(DrawnParcelsDocument* document, std::size_t index, QString after)
    : document_(document), index_(index), id_(document->at(index).id), before_(document->at(index).industry), after_(std::move(after))
{
    retranslate();
}

void ChangeDrawnIndustry::retranslate() { setText(tr("Change industry of %1").arg(id_)); }

void ChangeDrawnIndustry::redo() { document_->setIndustry(index_, after_); }
void ChangeDrawnIndustry::undo() { document_->setIndustry(index_, before_); }

ChangeDrawnOutline::ChangeDrawnOutline(DrawnParcelsDocument* document, std::size_t index, std::vector<unsigned char> after)
    : document_(document), index_(index), id_(document->at(index).id), before_(document->at(index).wkb), after_(std::move(after))
{
    retranslate();
}

void ChangeDrawnOutline::retranslate() { setText(tr("Redraw outline of %1").arg(id_)); }

void ChangeDrawnOutline::redo() { document_->setOutline(index_, after_); }
void ChangeDrawnOutline::undo() { document_->setOutline(index_, before_); }

}  // namespace pearlzone::app
