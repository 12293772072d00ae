#pragma once

#include "result.h"

namespace ClinicDesk::Cli {

// What clinicdesk-cli's exit status tells a script. The numbers are part of the contract: scripts
// and scheduled jobs test for them, so an existing number never changes meaning.
namespace ExitCode {
constexpr int Done = 0;
constexpr int Usage = 1;        // unknown command or option, missing argument
constexpr int InvalidInput = 2; // a value breaks a rule; the message names the option
constexpr int Conflict = 3;     // a booking stands in the way
constexpr int Refused = 4;      // a rule refuses it unless overridden (retreatment too early)
constexpr int Storage = 5;      // the database could not do it
} // namespace ExitCode

// The exit status for a domain error.
inline int exitCodeFor(const Core::Error &error)
{
    switch (error.kind) {
    case Core::Error::Kind::Invalid:
    case Core::Error::Kind::NotFound: return ExitCode::InvalidInput;
    case Core::Error::Kind::Conflict: return ExitCode::Conflict;
    case Core::Error::Kind::Refused: return ExitCode::Refused;
    case Core::Error::Kind::Storage: break;
    }
    return ExitCode::Storage;
}

} // namespace ClinicDesk::Cli
