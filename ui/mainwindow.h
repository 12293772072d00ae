#pragma once
#include <QMainWindow>
#include "clinicsetupservice.h"
#include "maintenance.h"
#include "patientservice.h"
namespace ClinicDesk::Ui {
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Services {
        Core::PatientService *patients = nullptr;
        Core::ClinicSetupService *setup = nullptr;
        const Core::Clock *clock = nullptr;
        Core::Maintenance *maintenance = nullptr;
        QString databasePath;
        QString user;
    };
    explicit MainWindow(const Services &services, QWidget *parent = nullptr) : QMainWindow(parent) { Q_UNUSED(services); }
    void searchPatients(const QString &) {}
};
}
