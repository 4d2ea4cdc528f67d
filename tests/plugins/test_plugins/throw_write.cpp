// A test plugin that writes part of its file, then fails: the engine must leave no output.
#include <wardreport/plugin.hpp>

#include <fstream>

namespace {

class ThrowWrite final : public wardreport::Exporter {
public:
    wardreport::PluginInfo info() const override {
        return {"throwing", "0.0.1", "test plugin: fails half way through writing",
                {{"failing", "fail", "application/octet-stream"}}};
    }
    void write(const wardreport::doc::Document&, const std::string&,
               const std::filesystem::path& out) override {
        std::ofstream(out, std::ios::binary) << "half of a file";
        throw wardreport::ExportError("the disk is full (on purpose)");
    }
};

}  // namespace

WARDREPORT_PLUGIN(ThrowWrite)
