// A test plugin describing itself wrongly: a format name users could not type.
#include <wardreport/plugin.hpp>

namespace {

class BadInfo final : public wardreport::Exporter {
public:
    wardreport::PluginInfo info() const override {
        return {"bad-info", "0.0.1", "test plugin: an invalid format name", {{"PDF!", "pdf", "application/pdf"}}};
    }
    void write(const wardreport::doc::Document&, const std::string&,
               const std::filesystem::path&) override {}
};

}  // namespace

WARDREPORT_PLUGIN(BadInfo)
