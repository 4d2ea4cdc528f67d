// The message of a caught exception, whatever was thrown: plugins may throw anything, and its
// text must be copied out before their library can be unloaded.
#pragma once

#include <exception>
#include <string>

namespace wardreport {

inline std::string exception_text(std::exception_ptr e) {
    try {
        std::rethrow_exception(e);
    } catch (const std::exception& ex) {
        return ex.what();
    } catch (...) {
        return "an exception that is not a std::exception";
    }
}

}  // namespace wardreport
