// The one exception a plugin throws when it cannot write. Apart from exporter.hpp so that a
// writer's inner files need neither the interface nor Boost.DLL to report a problem.
#pragma once

#include <stdexcept>

namespace wardreport {

// The message says what and where, e.g. "U+1F600 '😀' in table 'dan-so', row 3: the font has no
// glyph for it". The engine prints it after the plugin and format.
class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace wardreport
