#include "appointmentformat.h"
#include "command.h"
#include "exitcode.h"

#include <QJsonDocument>

namespace ClinicDesk::Cli {

namespace {

const QString kJson = QStringLiteral("json");

// `providers`, `rooms` and `types`: one list of the clinic's set-up each, read the same way.
template<typename Item>
class SetupListCommand final : public Command
{
public:
    using Read = Core::Result<QList<Item>> (Core::ClinicSetupService::*)() const;

    SetupListCommand(CommandSpec spec, Read read)
        : m_spec(std::move(spec))
        , m_read(read)
    {}

    const CommandSpec &spec() const override { return m_spec; }

    int run(const Invocation &invocation) const override
    {
        Console &console = invocation.console();
        auto opened = invocation.openClinic();
        if (!opened)
            return console.fail(opened.error());
        const auto items = (opened.value()->setup().*m_read)();
        if (!items)
            return console.fail(items.error());
        if (invocation.args().isSet(kJson))
            console.printJson(QJsonDocument(AppointmentFormat::json(items.value())));
        else
            console.printLines(AppointmentFormat::table(items.value()));
        if (items->isEmpty())
            console.message(QStringLiteral("None is set up yet."));
        return ExitCode::Done;
    }

private:
    CommandSpec m_spec;
    Read m_read;
};

CommandSpec listSpec(const QString &name, const QString &summary, const QString &description)
{
    return {{name},
            QStringLiteral("[--json]"),
            summary,
            description,
            {{kJson, QString(), QStringLiteral("Print a JSON array instead of lines.")}}};
}

} // namespace

std::unique_ptr<Command> makeProvidersCommand()
{
    return std::make_unique<SetupListCommand<Core::Provider>>(
        listSpec(QStringLiteral("providers"), QStringLiteral("List the providers"),
                 QStringLiteral("Lists the clinic's providers, one a line: number, name with "
                                "credentials, colour, and \u201Cinactive\u201D for those who "
                                "no longer see patients. With --json, an array of objects "
                                "(id, name, credentials, displayName, colour, active).")),
        &Core::ClinicSetupService::providers);
}

std::unique_ptr<Command> makeRoomsCommand()
{
    return std::make_unique<SetupListCommand<Core::Room>>(
        listSpec(QStringLiteral("rooms"), QStringLiteral("List the treatment rooms"),
                 QStringLiteral("Lists the clinic's rooms, one a line: number, name, and "
                                "\u201Cinactive\u201D for rooms no longer in use. With --json, "
                                "an array of objects (id, name, active).")),
        &Core::ClinicSetupService::rooms);
}

std::unique_ptr<Command> makeTypesCommand()
{
    return std::make_unique<SetupListCommand<Core::AppointmentType>>(
        listSpec(QStringLiteral("types"),
                 QStringLiteral("List the types of visit and their usual length"),
                 QStringLiteral("Lists the types of visit, one a line: number, name, usual "
                                "length, colour, \u201CBotox\u201D for a Botox treatment, and "
                                "\u201Cinactive\u201D for types no longer offered. With "
                                "--json, an array of objects (id, name, minutes, colour, "
                                "botox, active).")),
        &Core::ClinicSetupService::appointmentTypes);
}

} // namespace ClinicDesk::Cli
