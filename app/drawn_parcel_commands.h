#pragma once
// Every edit of drawn parcels is an undoable command acting on the document.

#include "app/drawn_parcels_document.h"

#include <QCoreApplication>
#include <QUndoCommand>

class QUndoStack;

namespace pearlzone::app {

// A drawn-parcel edit whose text (Edit → Undo …) follows the interface language.
class DrawnParcelCommand : public QUndoCommand {
public:
    virtual void retranslate() = 0;
};

// Re-words every drawn-parcel command on the stack after a language switch.
void retranslateCommands(QUndoStack& stack);

class AddDrawnParcel : public DrawnParcelCommand {
    Q_DECLARE_TR_FUNCTIONS(pearlzone::app::AddDrawnParcel)
public:
    AddDrawnParcel(DrawnParcelsDocument* document, DrawnParcel parcel);
    void redo() override;
    void undo() override;
    void retranslate() override;

private:
    DrawnParcelsDocument* document_;
    DrawnParcel parcel_;
    std::size_t index_;
};

class RemoveDrawnParcel : public DrawnParcelCommand {
    Q_DECLARE_TR_FUNCTIONS(pearlzone::app::RemoveDrawnParcel)
public:
    RemoveDrawnParcel(DrawnParcelsDocument* document, std::size_t index);
    void redo() override;
    void undo() override;
    void retranslate() override;

private:
    DrawnParcelsDocument* document_;
    std::size_t index_;
    DrawnParcel parcel_;
};

class ChangeDrawnIndustry : public DrawnParcelCommand {
    Q_DECLARE_TR_FUNCTIONS(pearlzone::app::ChangeDrawnIndustry)
public:
    ChangeDrawnIndustry(DrawnParcelsDocument* document, std::size_t index, QString after);
    void redo() override;
    void undo() override;
    void retranslate() override;

private:
    DrawnParcelsDocument* document_;
    std::size_t index_;
    QString id_;
    QString before_;
    QString after_;
};

class ChangeDrawnOutline : public DrawnParcelCommand {
    Q_DECLARE_TR_FUNCTIONS(pearlzone::app::ChangeDrawnOutline)
public:
    ChangeDrawnOutline(DrawnParcelsDocument* document, std::size_t index, std::vector<unsigned char> after);
    void redo() override;
    void undo() override;
    void retranslate() override;

private:
    DrawnParcelsDocument* document_;
    std::size_t index_;
    QString id_;
    std::vector<unsigned char> before_;
    std::vector<unsigned char> after_;
};

}  // namespace pearlzone::app
