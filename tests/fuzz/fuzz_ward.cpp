// Fuzz target: the ward loader on any bytes. It must report, never throw, crash, hang or blow up
// memory, and return a model exactly when it reported no error.
#include "support.hpp"

#include <cstddef>
#include <cstdint>

using namespace wardreport;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    Diagnostics diags;
    const auto ward = load::load_text(text, "fuzz.yaml", diags);
    fuzz::require(ward.has_value() == !diags.has_errors(), "a model returned with errors, or none without");
    fuzz::require_sound(diags, "fuzz.yaml", text);
    return 0;
}
