#include "testsupport.h"

#include <QApplication>
#include <QLocale>
#include <QStyleFactory>

namespace ClinicDesk::Test {

void fixEnvironment()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qputenv("CLINICDESK_TODAY", fixedToday().toString(Qt::ISODate).toUtf8());
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

TempClinic::TempClinic()
{
    fixEnvironment();
    App::AppContext::Options options;
    options.databasePath = path();
    options.mode = Db::Database::OpenMode::CreateIfMissing;
    auto opened = App::AppContext::open(options);
    if (opened)
        m_context = std::move(opened.value());
    else
        m_error = opened.error().message;
}

TempClinic::~TempClinic() = default;

QString TempClinic::path() const
{
    return m_dir.filePath(QStringLiteral("clinic.sqlite"));
}

Core::Patient TempClinic::draft(const QString &first, const QString &last, QDate dob,
                                const QString &mobile)
{
    Core::Patient p;
    p.firstName = first;
    p.lastName = last;
    p.dateOfBirth = dob;
    p.mobilePhone = mobile;
    return p;
}

Core::Patient TempClinic::add(const QString &first, const QString &last, QDate dob,
                              const QString &mobile)
{
    auto created = patients().create(draft(first, last, dob, mobile));
    return created ? created.value() : Core::Patient{};
}

} // namespace ClinicDesk::Test
