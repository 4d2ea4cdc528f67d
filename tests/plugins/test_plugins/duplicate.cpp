// A test plugin claiming the format of fake_text.cpp ("fake-text") and one of its own.
#include <wardreport/plugin.hpp>

#include <fstream>

namespace {

class Duplicate final : public wardreport::Exporter {
public:
    wardreport::PluginInfo info() const override {
        return {"duplicate", "0.0.1", "test plugin: claims another plugin's format",
                {{"fake-text", "txt", "text/plain"}, {"dup-only", "dup", "text/plain"}}};
    }
    void write(const wardreport::doc::Document& document, const std::string& format,
               const std::filesystem::path& out) override {
        std::ofstream(out, std::ios::binary) << "duplicate " << format << ' ' << document.report << '\n';
    }
};

}  // namespace

WARDREPORT_PLUGIN(Duplicate)
