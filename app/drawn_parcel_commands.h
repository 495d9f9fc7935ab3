#pragma once
// Every edit of drawn parcels is an undoable command.

#include "app/main_window.h"

#include <QUndoCommand>

namespace pearlzone::app {

class AddDrawnParcel : public QUndoCommand {
public:
    AddDrawnParcel(MainWindow* window, DrawnParcel parcel);
    void redo() override;
    void undo() override;

private:
    MainWindow* window_;
    DrawnParcel parcel_;
    std::size_t index_;
};

class RemoveDrawnParcel : public QUndoCommand {
public:
    RemoveDrawnParcel(MainWindow* window, std::size_t index);
    void redo() override;
    void undo() override;

private:
    MainWindow* window_;
    std::size_t index_;
    DrawnParcel parcel_;
};

class ChangeDrawnIndustry : public QUndoCommand {
public:
    ChangeDrawnIndustry(MainWindow* window, std::size_t index, QString before, QString after);
    void redo() override;
    void undo() override;

private:
    MainWindow* window_;
    std::size_t index_;
    QString before_;
    QString after_;
};

class ChangeDrawnOutline : public QUndoCommand {
public:
    ChangeDrawnOutline(MainWindow* window, std::size_t index, std::vector<unsigned char> before,
                       std::vector<unsigned char> after);
    void redo() override;
    void undo() override;

private:
    MainWindow* window_;
    std::size_t index_;
    std::vector<unsigned char> before_;
    std::vector<unsigned char> after_;
};

}  // namespace pearlzone::app
