// A test plugin built for another SDK version: TEST_SDK_MAJOR.TEST_SDK_MINOR, as if its
// version.hpp had said so; or, without them, for this SDK's version but against a changed copy
// of the headers (tests/plugins/CMakeLists.txt). The engine must refuse it before calling anything.
#include <wardreport/plugin.hpp>

#include <cstdlib>

#if defined(TEST_SDK_MAJOR)
#undef WARDREPORT_SDK_VERSION_MAJOR
#undef WARDREPORT_SDK_VERSION_MINOR
#define WARDREPORT_SDK_VERSION_MAJOR TEST_SDK_MAJOR
#define WARDREPORT_SDK_VERSION_MINOR TEST_SDK_MINOR
#endif

namespace {

class OtherSdk final : public wardreport::Exporter {
public:
    // Never called by a correct engine: abort makes a wrong call impossible to miss.
    wardreport::PluginInfo info() const override { std::abort(); }
    void write(const wardreport::doc::Document&, const std::string&,
               const std::filesystem::path&) override {
        std::abort();
    }
};

}  // namespace

WARDREPORT_PLUGIN(OtherSdk)
