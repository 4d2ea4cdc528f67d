#include "batch_failure.hpp"

#include <nlohmann/json.hpp>

namespace wardreport::cli::batch {

std::string failure_text(const JobFailure& f) {
    return nlohmann::json{{"cause", f.cause == JobFailure::Cause::Folder ? "folder" : "input"}, {"message", f.message}}
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

JobFailure read_failure(const std::string& text) {
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object() || j.size() != 2 || !j.contains("cause") || !j.contains("message") || !j["message"].is_string())
        return {JobFailure::Cause::Input, text};
    if (j["cause"] == "folder") return {JobFailure::Cause::Folder, j["message"].get<std::string>()};
    if (j["cause"] == "input") return {JobFailure::Cause::Input, j["message"].get<std::string>()};
    return {JobFailure::Cause::Input, text};
}

}  // namespace wardreport::cli::batch
