#pragma once
// Every edit of drawn parcels is an undoable command acting on the document.

#include "app/drawn_parcels_document.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace pearlzone::app {

class AddDrawnParcel : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(pearlzone::app::AddDrawnParcel)
public:
    AddDrawnParcel(DrawnParcelsDocument* document, DrawnParcel parcel);
    void redo() override;
    void undo() override;

private:
    DrawnParcelsDocument* document_;
    DrawnParcel parcel_;
    std::size_t index_;
};

class RemoveDrawnParcel : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(pearlzone::app::RemoveDrawnParcel)
public:
    RemoveDrawnParcel(DrawnParcelsDocument* document, std::size_t index);
    void redo() override;
    void undo() override;

private:
    DrawnParcelsDocument* document_;
    std::size_t index_;
    DrawnParcel parcel_;
};

class ChangeDrawnIndustry : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(pearlzone::app::ChangeDrawnIndustry)
public:
    ChangeDrawnIndustry(DrawnParcelsDocument* document, std::size_t index, QString after);
    void redo() override;
    void undo() override;

private:
    DrawnParcelsDocument* document_;
    std::size_t index_;
    QString before_;
    QString after_;
};

class ChangeDrawnOutline : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(pearlzone::app::ChangeDrawnOutline)
public:
    ChangeDrawnOutline(DrawnParcelsDocument* document, std::size_t index, std::vector<unsigned char> after);
    void redo() override;
    void undo() override;

private:
    DrawnParcelsDocument* document_;
    std::size_t index_;
    std::vector<unsigned char> before_;
    std::vector<unsigned char> after_;
};

}  // namespace pearlzone::app
