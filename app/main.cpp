// ClinicDesk desktop application: open the database, bring it up to date, show the main window.
#include "appcontext.h"
#include "mainwindow.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

using namespace ClinicDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    App::AppContext::setApplicationIdentity();
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.clinicdesk.ClinicDesk"));
    Ui::Theme::apply(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Front-desk scheduler for injection clinics"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("The database file to open."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the main window to FILE and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption searchOption(
        QStringLiteral("search"), QStringLiteral("Start with TEXT in the patient search."),
        QStringLiteral("TEXT"));
    const QCommandLineOption boardOption(QStringLiteral("board"),
                                         QStringLiteral("Start on the retreatment board."));
    const QCommandLineOption reportsOption(QStringLiteral("reports"),
                                           QStringLiteral("Start on the Reports screen."));
    parser.addOptions({dbOption, screenshotOption, searchOption, boardOption, reportsOption});
    parser.process(app);

    App::AppContext::Options options;
    options.databasePath = App::AppContext::resolveDatabasePath(parser.value(dbOption));
    options.mode = Db::Database::OpenMode::CreateIfMissing;
    auto context = App::AppContext::open(options);
    if (!context) {
        QMessageBox::critical(nullptr, QStringLiteral("ClinicDesk cannot open the database"),
                              context.error().message);
        return 5;
    }

    Ui::MainWindow::Services services;
    services.patients = &context.value()->patients();
    services.setup = &context.value()->setup();
    services.clock = &context.value()->clock();
    services.maintenance = &context.value()->database();
    services.appointments = &context.value()->appointments();
    services.scheduleSetup = &context.value()->scheduleSetup();
    services.treatments = &context.value()->treatments();
    services.retreatment = &context.value()->retreatment();
    services.authorizations = &context.value()->authorizations();
    services.outcomes = &context.value()->outcomes();
    services.waitlist = &context.value()->waitlist();
    services.reports = &context.value()->reports();
    services.databasePath = context.value()->database().path();
    services.user = App::AppContext::currentUser();
    Ui::MainWindow window(services);
    window.resize(1366, 768);
    window.show();
    if (parser.isSet(searchOption))
        window.searchPatients(parser.value(searchOption));
    else if (parser.isSet(boardOption))
        window.showBoard();
    else if (parser.isSet(reportsOption))
        window.showReports();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(300, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
