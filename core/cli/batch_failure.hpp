// How a ward's job that a worker could not finish names its cause. The worker's failure reaches
// the engine as one text (isolate::Outcome::Kind::Failed); the engine reports it on the file it
// is about: the ward's input when reading or building the ward failed, the ward's folder when
// the folder cannot be made. (A failure while writing one output is that output's, answered as
// a part: the job goes on with the next.) The cause travels, not the file: a file name may hold
// bytes JSON cannot carry, and the engine knows both files.
#pragma once

#include <string>

namespace wardreport::cli::batch {

struct JobFailure {
    enum class Cause { Input, Folder };
    Cause cause = Cause::Input;
    std::string message;  // why, as the manifest's and stderr's message
};

// The worker's failure text for `f`.
std::string failure_text(const JobFailure& f);

// The failure in a worker's failure text. Any other text (thrown before the job knew what it was
// doing: a job the engine packed wrong) is the input's: the job as a whole is about it.
JobFailure read_failure(const std::string& text);

}  // namespace wardreport::cli::batch
