// A test library that exports the SDK version but no factory.
#include <wardreport/exporter.hpp>

namespace no_factory {
const int sdk_version = WARDREPORT_SDK_VERSION;
}

BOOST_DLL_ALIAS(no_factory::sdk_version, wardreport_plugin_sdk_version)
