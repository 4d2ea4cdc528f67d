// A test library that exports the SDK version but no factory.
#include <wardreport/plugin.hpp>

namespace no_factory {
const int sdk_version = WARDREPORT_SDK_VERSION;
const std::uint64_t sdk_layout = wardreport::abi::kFingerprint;
}

BOOST_DLL_ALIAS(no_factory::sdk_version, wardreport_plugin_sdk_version)
BOOST_DLL_ALIAS(no_factory::sdk_layout, wardreport_plugin_sdk_layout)
