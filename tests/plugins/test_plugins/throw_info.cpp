// A test plugin whose info() throws.
#include <wardreport/plugin.hpp>

namespace {

class ThrowInfo final : public wardreport::Exporter {
public:
    wardreport::PluginInfo info() const override { throw std::runtime_error("info exploded on purpose"); }
    void write(const wardreport::doc::Document&, const std::string&,
               const std::filesystem::path&) override {}
};

}  // namespace

WARDREPORT_PLUGIN(ThrowInfo)
