#include "command.h"

namespace ClinicDesk::Cli {

Invocation::Invocation(Console &console, Arguments arguments, QString databasePath)
    : m_console(console)
    , m_arguments(std::move(arguments))
    , m_databasePath(std::move(databasePath))
{
}

Core::Result<std::unique_ptr<App::AppContext>> Invocation::openClinic(Db::Database::OpenMode mode,
                                                                      bool migrate) const
{
    App::AppContext::Options options;
    options.databasePath = m_databasePath;
    options.mode = mode;
    options.migrate = migrate;
    return App::AppContext::open(options);
}

} // namespace ClinicDesk::Cli
