#pragma once

#include "patient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace ClinicDesk::Cli {

// How patients look on the command line: aligned lines a person reads, or JSON a script reads.
// JSON keeps values as stored (phones as ten digits, dates ISO); text shows them as the front
// desk writes them ((503) 405-8718, 03/14/1975).
namespace PatientFormat {

// One line per patient: MRN, "Last, First", date of birth, phone, payer (and "inactive").
QStringList table(const QList<Core::Patient> &patients);
// "Label:  value" lines of the whole record, leaving out what is empty.
QStringList record(const Core::Patient &patient);

// mrn, firstName, lastName, preferredName, dateOfBirth, sex, mobilePhone, homePhone, email,
// payer, active.
QJsonObject summaryJson(const Core::Patient &patient);
QJsonArray summaryJson(const QList<Core::Patient> &patients);
// The summary and every other field of the record.
QJsonObject recordJson(const Core::Patient &patient);

} // namespace PatientFormat
} // namespace ClinicDesk::Cli
